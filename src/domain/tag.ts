// Tags as NetBox keeps them: a name, a URL-safe slug and a colour.

export const DEFAULT_TAG_COLOR = "9e9e9e";

/** Django's slugify: lower case, spaces and dashes to single dashes, other symbols dropped. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_\s-]/g, "")
    .trim()
    .replace(/[-\s]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export const SLUG_PATTERN = /^[-a-zA-Z0-9_]+$/;

/** Six hex digits in lower case, with or without a leading '#'; null when not a colour. */
export function normalizeColor(text: string): string | null {
  const match = /^#?([0-9a-fA-F]{6})$/.exec(text.trim());
  return match ? match[1]!.toLowerCase() : null;
}
