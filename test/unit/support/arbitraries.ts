// Text arbitraries for the property tests. fast-check's own full-Unicode unit builds its tables on
// first use (about a second); these draw code points directly and stay fast.
import fc from "fast-check";

/** One code point, mostly printable ASCII, never a surrogate (so never a lone one). */
export const codePoint = fc
  .oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).filter((code) => code < 0xd800 || code > 0xdfff) },
  )
  .map((code) => String.fromCodePoint(code));

/** Well-formed Unicode text, NUL included. */
export const unicodeText = (constraints: { minLength?: number; maxLength?: number } = {}) => fc.string({ unit: codePoint, ...constraints });

/** Text PostgreSQL can store: well formed, no NUL. */
export const storableText = (constraints: { minLength?: number; maxLength?: number } = {}) =>
  fc.string({ unit: codePoint.filter((character) => character !== "\u0000"), ...constraints });

/** Any UTF-16 string: lone surrogates, controls and pairs alike. */
export const anyUtf16 = (constraints: { minLength?: number; maxLength?: number } = {}) =>
  fc.string({
    unit: fc.oneof(
      codePoint,
      fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
    ),
    ...constraints,
  });
