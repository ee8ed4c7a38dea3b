// Relay global IDs: base64 of "<TypeName>:<databaseId>", as Pothos encodes them by default. Inputs
// also accept the bare database id (a decimal string), which is what REST users of Proxbox know.
export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, "utf8").toString("base64");
}

/**
 * A malformed ID decodes to a typename no type has rather than throwing: an ID that names nothing
 * is null for that ID alone (node, nodes), where an error would null the whole answer.
 */
export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalId, "base64").toString("utf8");
  const separator = decoded.indexOf(":");
  if (separator <= 0 || Buffer.from(decoded, "utf8").toString("base64") !== globalId) return { typename: "", id: "" };
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

/** What an input ID that names nothing decodes to: no row has it (ids start at 1). */
export const NO_ID = 0;

/** The database id an input ID names as an object of `typename`, or NO_ID. */
export function referenceOf(input: string, typename: string): number {
  return databaseIdOf(input, [typename]) ?? NO_ID;
}

/** A reference input as the data layer takes it: absent stays absent, null clears. */
export function optionalReference(input: string | null | undefined, typename: string): number | null | undefined {
  return input === undefined || input === null ? input : referenceOf(input, typename);
}
