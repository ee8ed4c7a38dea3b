// Tag: labels shared by endpoints, as NetBox's tags.
import { builder } from "../builder.js";
import { createTag, deleteTag } from "../data/tags.js";
import { DEFAULT_TAG_COLOR } from "../domain/tag.js";
import { connectionType, resolveKeysetConnection } from "./connection.js";
import { escapeLike } from "./filters.js";
import { databaseIdOf, referenceOf } from "../domain/global-id.js";
import { DeletePayload, IdInput, payloadType } from "./mutation-payloads.js";
import { nodeWhere } from "./node-id.js";

export const Tag = builder.prismaNode("Tag", {
  description: "A label that endpoints can carry.",
  id: { field: "id" },
  nullable: true,
  findUnique: nodeWhere,
  // Every column is small: all are read, and the fields resolve from the row (see ENDPOINT_COLUMNS).
  select: { id: true, name: true, slug: true, color: true, description: true },
  fields: (t) => ({
    databaseId: t.int({ description: "The id of this object in the database.", resolve: (tag) => tag.id }),
    name: t.string({ description: "Unique name.", resolve: (tag) => tag.name }),
    slug: t.string({ description: "Unique URL-safe name, used by the `tag` filters.", resolve: (tag) => tag.slug }),
    color: t.string({ description: "Six hex digits, without '#'.", resolve: (tag) => tag.color }),
    description: t.string({ description: "Free text.", resolve: (tag) => tag.description }),
  }),
});

const TagConnection = connectionType(Tag, "Tag", "A page of tags.");

builder.queryFields((t) => ({
  tag: t.prismaField({
    type: Tag,
    nullable: true,
    description: "One tag by its ID; null when there is none.",
    args: { id: t.arg.id({ required: true, description: "Global ID (or database id) of the tag." }) },
    resolve: (query, _root, args, context) => {
      const id = databaseIdOf(args.id, ["Tag"]);
      return id === null ? null : context.db.prisma.tag.findUnique({ ...query, where: { id } });
    },
  }),
  tags: t.connection(
    {
      type: Tag,
      description:
        "Tags by name, ignoring case and accents, with numbers by value (as endpoints' NAME order). q: case-insensitive match on name or slug.",
      args: { q: t.arg.string({ description: "Search text; blank is ignored." }) },
      resolve: (_root, args, context) => {
        const q = args.q?.trim();
        const where = q ? { OR: ["name", "slug"].map((column) => ({ [column]: { contains: escapeLike(q), mode: "insensitive" } })) } : {};
        return resolveKeysetConnection({
          args,
          // In the order of endpoint names (src/domain/name-order.ts), from the (name_sort, id) index.
          sort: [{ field: "nameSort", direction: "asc", type: "string" }],
          where,
          findMany: (page) => context.db.prisma.tag.findMany(page),
          count: (filter) => context.db.prisma.tag.count({ where: filter }),
        });
      },
    },
    TagConnection,
  ),
}));

const TagPayload = payloadType({ name: "TagPayload", field: "tag", node: Tag, model: "tag", description: "The outcome of createTag." });

const CreateTagInput = builder.inputType("CreateTagInput", {
  description: "A new tag.",
  fields: (t) => ({
    name: t.string({ required: true, description: "Unique name, at most 100 characters." }),
    slug: t.string({ description: "Unique URL-safe name (letters, digits, - and _); made from the name when absent." }),
    color: t.string({ description: `Six hex digits, with or without '#'. Default ${DEFAULT_TAG_COLOR}.` }),
    description: t.string({ description: "Free text, at most 200 characters." }),
  }),
});

builder.mutationFields((t) => ({
  createTag: t.field({
    type: TagPayload,
    description: "Create a tag.",
    args: { input: t.arg({ type: CreateTagInput, required: true, description: "What to create." }) },
    resolve: (_root, { input }, context) => createTag(context.db, input),
  }),
  deleteTag: t.field({
    type: DeletePayload,
    description: "Delete a tag; endpoints that carried it lose it.",
    args: { input: t.arg({ type: IdInput, required: true, description: "The object, by its global ID." }) },
    resolve: (_root, { input }, context) => deleteTag(context.db, referenceOf(input.id, "Tag")),
  }),
}));
