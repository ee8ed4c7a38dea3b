// Relay global IDs: base64 of "<TypeName>:<databaseId>", as Pothos encodes them by default. Inputs
// also accept the bare database id (a decimal string), which is what REST users of Proxbox know.
import { GraphQLError } from "graphql";

export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, "utf8").toString("base64");
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalId, "base64").toString("utf8");
  const separator = decoded.indexOf(":");
  if (separator <= 0 || Buffer.from(decoded, "utf8").toString("base64") !== globalId) {
    throw new GraphQLError("The ID is not a valid global ID.", { extensions: { code: "BAD_USER_INPUT" } });
  }
  return { typename: decoded.slice(0, separator), id: decoded.slice(separator + 1) };
}

const DATABASE_ID = /^[1-9][0-9]{0,9}$/;

function toDatabaseId(text: string): number | null {
  if (!DATABASE_ID.test(text)) return null;
  const id = Number(text);
  return id <= 2147483647 ? id : null;
}

/**
 * The database id an input ID names, if it names an object of one of `typenames`; otherwise null
 * (a malformed ID, another type's ID, or an id out of range all name nothing).
 */
export function databaseIdOf(input: string, typenames: readonly string[]): number | null {
  const bare = toDatabaseId(input);
  if (bare !== null) return bare;
  const decoded = Buffer.from(input, "base64").toString("utf8");
  const separator = decoded.indexOf(":");
  if (separator <= 0 || Buffer.from(decoded, "utf8").toString("base64") !== input) return null;
  if (!typenames.includes(decoded.slice(0, separator))) return null;
  return toDatabaseId(decoded.slice(separator + 1));
}
