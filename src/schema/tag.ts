// Tag: labels shared by endpoints, as NetBox's tags.
import { builder } from "../builder.js";
import { constraintViolation } from "../db/errors.js";
import { DEFAULT_TAG_COLOR, normalizeColor, SLUG_PATTERN, slugify } from "../domain/tag.js";
import { checkText, optionalText, requiredText } from "../domain/text.js";
import { UserErrors } from "../domain/user-errors.js";
import { connectionType, resolveKeysetConnection } from "./connection.js";
import { escapeLike } from "./filters.js";
import { databaseIdOf } from "../domain/global-id.js";
import { DeletePayload, deleteUnlessReferenced, IdInput, payloadType } from "./mutation-payloads.js";
import { nodeWhere } from "./node-id.js";

export const Tag = builder.prismaNode("Tag", {
  description: "A label that endpoints can carry.",
  id: { field: "id" },
  nullable: true,
  findUnique: nodeWhere,
  select: { id: true },
  fields: (t) => ({
    databaseId: t.exposeInt("id", { description: "The id of this object in the database." }),
    name: t.exposeString("name", { description: "Unique name." }),
    slug: t.exposeString("slug", { description: "Unique URL-safe name, used by the `tag` filters." }),
    color: t.exposeString("color", { description: "Six hex digits, without '#'." }),
    description: t.exposeString("description", { description: "Free text." }),
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
      description: "Tags by name. q: case-insensitive match on name or slug.",
      args: { q: t.arg.string({ description: "Search text; blank is ignored." }) },
      resolve: (_root, args, context) => {
        const q = args.q?.trim();
        const where = q ? { OR: ["name", "slug"].map((column) => ({ [column]: { contains: escapeLike(q), mode: "insensitive" } })) } : {};
        return resolveKeysetConnection({
          args,
          sort: [{ field: "name", direction: "asc", type: "string" }],
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
    resolve: async (_root, { input }, context) => {
      const prisma = context.db.prisma;
      const errors = new UserErrors();
      const name = requiredText(errors, "name", input.name, 100);
      const givenSlug = input.slug?.trim();
      const slug = givenSlug || slugify(name);
      if (givenSlug && !SLUG_PATTERN.test(givenSlug)) {
        errors.add("slug", "INVALID", "slug is not a valid slug: use letters, digits, - and _.");
      } else if (!slug && name && !errors.has("name")) {
        errors.add("slug", "REQUIRED", "No slug can be made from this name; give one.");
      } else if (slug) {
        checkText(errors, "slug", slug, 100);
      }
      const color = input.color == null ? DEFAULT_TAG_COLOR : normalizeColor(input.color);
      if (color === null) errors.add("color", "INVALID", "color is not a colour: give six hex digits, for example 9e9e9e.");
      const description = optionalText(errors, "description", input.description, 200);
      if (name && !errors.has("name") && (await prisma.tag.count({ where: { name } }))) {
        errors.add("name", "TAKEN", "A tag with this name already exists.");
      }
      if (slug && !errors.has("slug") && (await prisma.tag.count({ where: { slug } }))) {
        errors.add("slug", "TAKEN", "A tag with this slug already exists.");
      }
      if (!errors.empty) return { id: null, userErrors: errors.list };
      try {
        const tag = await prisma.tag.create({ data: { name, slug, color: color!, description }, select: { id: true } });
        return { id: tag.id, userErrors: [] };
      } catch (error) {
        if (constraintViolation(error) !== "unique") throw error;
        // Another request took the name or slug after the checks above.
        return {
          id: null,
          userErrors: [{ field: ["name"], code: "TAKEN" as const, message: "A tag with this name or slug already exists." }],
        };
      }
    },
  }),
  deleteTag: t.field({
    type: DeletePayload,
    description: "Delete a tag; endpoints that carried it lose it.",
    args: { input: t.arg({ type: IdInput, required: true, description: "The object, by its global ID." }) },
    resolve: (_root, { input }, context) => {
      const prisma = context.db.prisma;
      return deleteUnlessReferenced({
        inputId: input.id,
        typename: "Tag",
        label: "tag",
        exists: async (id) => (await prisma.tag.count({ where: { id } })) > 0,
        remove: async (id) => (await prisma.tag.deleteMany({ where: { id } })).count,
      });
    },
  }),
}));
