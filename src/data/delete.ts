// Deleting one object, shared by the delete mutations and the command line.
import { constraintViolation } from "../db/errors.js";
import type { UserError } from "../domain/user-errors.js";
import { encodeGlobalId, NO_ID } from "../domain/global-id.js";

export interface DeleteResult {
  deletedId: string | null;
  userErrors: UserError[];
}

/**
 * Deletes one object by its database id (NO_ID names none), unless others still refer to it. The referrer count is
 * checked first for a clear message; the foreign key stays the final word when a referrer appears
 * between the check and the delete.
 */
export async function deleteUnlessReferenced(options: {
  id: number;
  /** GraphQL type, for the deleted object's global ID. */
  typename: string;
  /** "IP address", "token", … */
  label: string;
  exists: (id: number) => Promise<boolean>;
  /** How many objects refer to it, and what they are called in the message. */
  referrers?: { count: (id: number) => Promise<number>; noun: string };
  /** Deletes it; returns how many rows went, or why it must stay (found under lock). */
  remove: (id: number) => Promise<number | { refused: string }>;
}): Promise<DeleteResult> {
  const { id, label, referrers } = options;
  const notFound = (): DeleteResult => ({
    deletedId: null,
    userErrors: [{ field: ["id"], code: "NOT_FOUND", message: `No ${label} has this ID.` }],
  });
  const inUse = (count: number): DeleteResult => ({
    deletedId: null,
    userErrors: [
      {
        field: ["id"],
        code: "IN_USE",
        message: `The ${label} is used by ${count} ${referrers?.noun ?? "object"}${count === 1 ? "" : "s"}; unlink ${count === 1 ? "it" : "them"} first.`,
      },
    ],
  });
  if (id === NO_ID || !(await options.exists(id))) return notFound();
  const count = referrers ? await referrers.count(id) : 0;
  if (count > 0) return inUse(count);
  try {
    const removed = await options.remove(id);
    if (typeof removed === "object") return { deletedId: null, userErrors: [{ field: ["id"], code: "IN_USE", message: removed.refused }] };
    if (removed === 0) return notFound();
  } catch (error) {
    if (constraintViolation(error) === "foreign_key") return inUse(1);
    throw error;
  }
  return { deletedId: encodeGlobalId(options.typename, id), userErrors: [] };
}
