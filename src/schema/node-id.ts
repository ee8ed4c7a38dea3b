// Reading the database id out of a Relay node lookup.
import { databaseIdOf } from "./global-id.js";

/** A node's `findUnique`: an id that names no row becomes one that matches none (id 0). */
export function nodeWhere(id: string): { id: number } {
  return { id: databaseIdOf(id, []) ?? 0 };
}
