// The order of endpoint and tag names as a person reads them, as NetBox's naturalize() orders them:
// case and accents ignored, numbers by value. The database makes the key (the generated
// `name_sort` columns, over the SQL function name_sort_key() of the migration name_order), so that
// no write can leave it out; this is the same definition in TypeScript, the one to read and the
// one the tests hold the SQL to (test/name-order.test.ts).

/** Combining marks, which NFKD splits off the letters they sit on ("ä" is "a" and U+0308). */
// eslint-disable-next-line no-misleading-character-class -- ranges of marks alone, by code point
const COMBINING_MARKS = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/g;
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL_CHARACTERS = /[\u0001-\u001F]/g;
const DIGIT_RUNS = /[0-9]+/g;

/**
 * Case and the letters NFKD leaves whole, folded by a fixed table rather than by toLowerCase() or
 * SQL's lower(), whose results depend on the database's locale: ASCII, Greek (final sigma too),
 * basic Cyrillic, ŋ; the letters with a stroke to their base letter; then æ, œ, ß and þ to two
 * letters. Other scripts keep their case. SQL: translate(), then replace().
 */
export const FOLD_FROM = "ABCDEFGHIJKLMNOPQRSTUVWXYZΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩςЂЄЅІЈЉЊЋЏАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯŊØøŁłĐđÐðĦħŦŧıÆŒẞÞ";
export const FOLD_TO = "abcdefghijklmnopqrstuvwxyzαβγδεζηθικλμνξοπρστυφχψωσђєѕіјљњћџабвгдежзиклмнопрстуфхцчшщъыьэюяŋoollddddhhttiæœßþ";
export const LIGATURES: ReadonlyMap<string, string> = new Map([
  ["æ", "ae"],
  ["œ", "oe"],
  ["ß", "ss"],
  ["þ", "th"],
]);
const FOLDED = Array.from(FOLD_TO);
const FOLDS: ReadonlyMap<string, string> = new Map(Array.from(FOLD_FROM, (from, index) => [from, FOLDED[index]!]));

/** Characters of the key before the name: key and name together stay well within a B-tree entry. */
export const NAME_KEY_LENGTH = 255;

/** Between the key and the name: below every character a key holds, so a key that is a prefix of another sorts first. */
export const KEY_END = "\u0001";

function fold(character: string): string {
  const folded = FOLDS.get(character) ?? character;
  return LIGATURES.get(folded) ?? folded;
}

/** A run of digits as it sorts: its length in three digits, then the digits without leading zeros. */
function numberKey(run: string): string {
  const digits = run.replace(/^0+/, "") || "0";
  // As SQL's lpad, which cuts what is longer (no name of 255 characters holds 1,000 digits).
  return String(digits.length).padStart(3, "0").slice(0, 3) + digits;
}

/**
 * What `name_sort` holds for a name, compared byte for byte (COLLATE "C"): the folded key, then the
 * name itself, so that names whose keys tie (they differ by case, accents or leading zeros) are
 * still in one order, their bytes'.
 */
export function nameSortKey(name: string): string {
  const key = Array.from(name.normalize("NFKD").replace(COMBINING_MARKS, ""), fold)
    .join("")
    .replace(CONTROL_CHARACTERS, " ")
    .replace(DIGIT_RUNS, numberKey);
  // Code points, as SQL's left() counts them (a JavaScript string counts UTF-16 units).
  return Array.from(key).slice(0, NAME_KEY_LENGTH).join("") + KEY_END + name;
}
