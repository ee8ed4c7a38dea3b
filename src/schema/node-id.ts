// Reading the database id out of a Relay node lookup.
import { type GraphQLSchema, isObjectType } from "graphql";
import { databaseIdOf } from "../domain/global-id.js";

/** A node's `findUnique`: an id that names no row becomes one that matches none (id 0). */
export function nodeWhere(id: string): { id: number } {
  return { id: databaseIdOf(id, []) ?? 0 };
}

/**
 * Whether a decoded global ID names an object type that is a Node. Others (an interface such as
 * EndpointBase, Query, a Prisma model name, a malformed ID) name nothing, and are null.
 */
export function namesNode(schema: GraphQLSchema, id: { typename: string }): boolean {
  const type = schema.getType(id.typename);
  return isObjectType(type) && type.getInterfaces().some((node) => node.name === "Node");
}
