// Text PostgreSQL can store: no NUL character (text and jsonb refuse it) and no lone UTF-16 surrogate (not encodable as UTF-8).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function unstorableCharacter(text: string): "NUL" | "LONE_SURROGATE" | null {
  if (text.includes("\u0000")) return "NUL";
  if (LONE_SURROGATE.test(text)) return "LONE_SURROGATE";
  return null;
}
