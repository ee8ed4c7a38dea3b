// Inputs and payloads shared by several mutations.
import { builder } from "../builder.js";
import type { DeleteResult } from "../data/delete.js";
import type { UserError } from "../domain/user-errors.js";
import { UserErrorRef } from "./user-error.js";

export const IdInput = builder.inputType("IdInput", {
  description: "Names one object by its global ID (or its bare database id).",
  fields: (t) => ({ id: t.id({ required: true, description: "Global ID of the object." }) }),
});

export const DeletePayload = builder.objectRef<DeleteResult>("DeletePayload").implement({
  description: "The outcome of a delete mutation.",
  fields: (t) => ({
    deletedId: t.exposeID("deletedId", { nullable: true, description: "Global ID of the deleted object; null when nothing was deleted." }),
    userErrors: t.field({ type: [UserErrorRef], description: "Why nothing was deleted, if so.", resolve: (result) => result.userErrors }),
  }),
});

/** What a create or update mutation resolves to: the written object's id, or the problems found. */
export interface WriteResult {
  id: number | null;
  userErrors: UserError[];
}

type PayloadModel = "ipAddress" | "tag" | "token" | "endpoint";

/**
 * A payload type `{ <field>: <Node>, userErrors }`. The object is read back after the write with
 * exactly the selection the client asked for, in one query.
 */
export function payloadType<NodeRef extends Parameters<typeof builder.objectRef>[0] | object>(options: {
  name: string;
  field: string;
  node: NodeRef;
  model: PayloadModel;
  /** Extra condition on the row, e.g. its endpoint kind. */
  where?: Record<string, unknown>;
  description: string;
}) {
  return builder.objectRef<WriteResult>(options.name).implement({
    description: options.description,
    fields: (t) => ({
      // Pothos cannot type a Prisma field whose type and model are parameters: the casts stop
      // here, and every payload's node and model are checked where payloadType is called.
      [options.field]: t.prismaField({
        type: options.node as never,
        nullable: true,
        description: "The object as stored; null when the input had problems.",
        resolve: (
          query: object,
          result: WriteResult,
          _args: unknown,
          context: { db: { prisma: Record<PayloadModel, { findUnique: (args: object) => Promise<unknown> }> } },
        ) =>
          result.id === null ? null : context.db.prisma[options.model].findUnique({ ...query, where: { id: result.id, ...options.where } }),
      } as never),
      userErrors: t.field({
        type: [UserErrorRef],
        description: "Problems with the input; nothing was written when there are any.",
        resolve: (result) => result.userErrors,
      }),
    }),
  });
}
