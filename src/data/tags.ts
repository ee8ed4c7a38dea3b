// Writing tags: their rules, checked before anything is written, every problem reported at once.
import type { Database } from "../db/database.js";
import { constraintViolation } from "../db/errors.js";
import { DEFAULT_TAG_COLOR, normalizeColor, SLUG_PATTERN, slugify } from "../domain/tag.js";
import { checkText, optionalText, requiredText } from "../domain/text.js";
import { type UserError, UserErrors } from "../domain/user-errors.js";
import { type DeleteResult, deleteUnlessReferenced } from "./delete.js";

export interface TagInput {
  name: string;
  slug?: string | null;
  color?: string | null;
  description?: string | null;
}

export async function createTag(db: Database, input: TagInput): Promise<{ id: number | null; userErrors: UserError[] }> {
  const prisma = db.prisma;
  const errors = new UserErrors();
  const name = requiredText(errors, "name", input.name, 100);
  const givenSlug = input.slug?.trim();
  const slug = givenSlug || slugify(name);
  if (givenSlug && !SLUG_PATTERN.test(givenSlug)) {
    errors.add("slug", "INVALID", "Enter a slug of letters, digits, - and _ such as rack-a1 in the slug field.");
  } else if (!slug && name && !errors.has("name")) {
    errors.add("slug", "REQUIRED", "No slug can be made from this name; give one.");
  } else if (slug) {
    checkText(errors, "slug", slug, 100);
  }
  const color = input.color == null ? DEFAULT_TAG_COLOR : normalizeColor(input.color);
  if (color === null) errors.add("color", "INVALID", "Enter a colour as six hex digits such as 9e9e9e in the color field.");
  const description = optionalText(errors, "description", input.description, 200);
  if (name && !errors.has("name") && (await prisma.tag.count({ where: { name } }))) {
    errors.add("name", "TAKEN", "A tag with this name already exists.");
  }
  if (slug && !errors.has("slug") && (await prisma.tag.count({ where: { slug } }))) {
    errors.add("slug", "TAKEN", "A tag with this slug already exists.");
  }
  if (!errors.empty || color === null) return { id: null, userErrors: errors.list };
  try {
    const tag = await prisma.tag.create({ data: { name, slug, color, description }, select: { id: true } });
    return { id: tag.id, userErrors: [] };
  } catch (error) {
    if (constraintViolation(error) !== "unique") throw error;
    // Another request took the name or slug after the checks above.
    return { id: null, userErrors: [{ field: ["name"], code: "TAKEN", message: "A tag with this name or slug already exists." }] };
  }
}

/** Deletes a tag; the endpoints that carried it lose it. */
export function deleteTag(db: Database, id: number): Promise<DeleteResult> {
  const prisma = db.prisma;
  return deleteUnlessReferenced({
    id,
    typename: "Tag",
    label: "tag",
    exists: async (id) => (await prisma.tag.count({ where: { id } })) > 0,
    remove: async (id) => (await prisma.tag.deleteMany({ where: { id } })).count,
  });
}
