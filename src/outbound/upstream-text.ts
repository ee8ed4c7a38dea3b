// What a system behind an endpoint answers is not trusted: a text from it is stored or shown only
// after this, never as sent. PostgreSQL refuses NUL in text, a lone surrogate is not Unicode, and
// control characters could forge lines in a log or a terminal.

/** NUL and other C0/C1 controls, DEL, and UTF-16 surrogates that are not part of a pair. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A string the upstream sent, made safe: anything but a string becomes "", unsafe characters become
 * spaces, runs of white space one space, and at most `max` characters are kept (a surrogate pair is
 * not cut in two).
 */
export function upstreamText(value: unknown, max: number): string {
  if (typeof value !== "string") return "";
  // Bounded before the regular expressions run over it: the body may be up to 1 MB.
  const cleaned = value
    .slice(0, max * 4)
    .replace(UNSAFE, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (cleaned.length <= max) return cleaned;
  const cut = /[\ud800-\udbff]/.test(cleaned[max - 1]!) ? max - 1 : max;
  return cleaned.slice(0, cut).trimEnd();
}
