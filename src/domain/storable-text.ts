// Text PostgreSQL can store: no NUL character (text and jsonb refuse it) and no lone UTF-16 surrogate (not encodable as UTF-8).
// String.prototype.isWellFormed is ES2024, beyond this project's TypeScript lib (ES2023); in a /u
// regex a surrogate pair is one code point, so \p{Surrogate} matches only a lone surrogate.
const LONE_SURROGATE = /\p{Surrogate}/u;

export function unstorableCharacter(text: string): "NUL" | "LONE_SURROGATE" | null {
  if (text.includes("\u0000")) return "NUL";
  if (LONE_SURROGATE.test(text)) return "LONE_SURROGATE";
  return null;
}
