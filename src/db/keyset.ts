// Keyset ("seek") pagination over Prisma. Prisma's own `cursor` option is not used: with a nullable
// sort column it skips or repeats rows, and it loses the LIMIT, reading every row after the
// cursor. Here the cursor carries the sort values of its row, and the next page is a plain WHERE
// on them, which an index on the sort columns serves.
import { isStorableTime } from "../domain/date-range.js";
import { unstorableCharacter } from "../domain/storable-text.js";

export type SortValueType = "int" | "string" | "date";

export interface SortKey {
  /** Prisma field name on the queried model. */
  field: string;
  direction: "asc" | "desc";
  type: SortValueType;
  nullable?: boolean;
}

type Where = Record<string, unknown>;
type SortValue = string | number | Date | null;

export class CursorError extends Error {
  override name = "CursorError";
}

/**
 * Nothing matches. (Not `{ OR: [] }`: nested in an AND, Prisma reads an empty OR as true.) Every
 * model here has an integer id.
 */
export const MATCH_NONE: Where = { id: { in: [] } };

/** The sort keys made total: a unique `id` decides between rows that tie on everything else. */
export function totalOrder(keys: readonly SortKey[]): SortKey[] {
  const withoutId = keys.filter((key) => key.field !== "id");
  const id = keys.find((key) => key.field === "id");
  return [...withoutId, { field: "id", direction: id?.direction ?? "asc", type: "int" }];
}

function signature(keys: readonly SortKey[]): string {
  return keys.map((key) => `${key.field}:${key.direction}`).join(",");
}

export function encodeCursor(keys: readonly SortKey[], row: Record<string, unknown>): string {
  const values = keys.map((key) => {
    const value = row[key.field];
    return value instanceof Date ? value.toISOString() : (value ?? null);
  });
  return Buffer.from(JSON.stringify({ o: signature(keys), v: values }), "utf8").toString("base64url");
}

const NOT_A_CURSOR = "not a cursor of this list; ask again from the first page.";

/** Sort values a cursor may carry: what the columns can hold, so a forged one fails here and not in SQL. */
const INT4 = { min: -2147483648, max: 2147483647 };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/** The cursor's sort values; CursorError (whose message quotes nothing of the cursor) when it is not one of this list. */
export function decodeCursor(keys: readonly SortKey[], cursor: string): SortValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new CursorError(NOT_A_CURSOR);
  }
  const { o, v } = (parsed ?? {}) as { o?: unknown; v?: unknown };
  if (typeof o !== "string" || !Array.isArray(v) || v.length !== keys.length) throw new CursorError(NOT_A_CURSOR);
  // The signature names the sort columns, so a cursor from before an order changed (names were
  // ordered by their bytes until name_sort) is refused here too.
  if (o !== signature(keys)) {
    throw new CursorError(
      "The cursor was issued for another orderBy, or before the list was ordered as it is now; ask again from the first page.",
    );
  }
  return keys.map((key, index) => parseValue(key, v[index]));
}

function parseValue(key: SortKey, value: unknown): SortValue {
  const bad = () => new CursorError(NOT_A_CURSOR);
  if (value === null) {
    if (!key.nullable) throw bad();
    return null;
  }
  if (key.type === "int") {
    if (typeof value !== "number" || !Number.isInteger(value) || value < INT4.min || value > INT4.max) throw bad();
    return value;
  }
  if (typeof value !== "string") throw bad();
  if (key.type === "date") {
    const time = ISO_DATE.test(value) ? Date.parse(value) : NaN;
    if (!isStorableTime(time)) throw bad();
    return new Date(time);
  }
  if (unstorableCharacter(value) !== null) throw bad();
  return value;
}

/** Sort order for Prisma. Nulls come last in the list's own order, so first when it is read backwards. */
export function orderByFor(keys: readonly SortKey[], backwards: boolean): Where[] {
  return keys.map((key) => {
    const direction = backwards ? (key.direction === "asc" ? "desc" : "asc") : key.direction;
    if (!key.nullable) return { [key.field]: direction };
    return { [key.field]: { sort: direction, nulls: backwards ? "first" : "last" } };
  });
}

/**
 * Rows strictly past the cursor row, reading the list forwards (`after`) or backwards (`before`):
 * the lexicographic comparison (k1, k2, …, id) > (v1, v2, …, id0), spelled out so that NULL sorts
 * as a value rather than failing every comparison.
 */
export function pastCursor(keys: readonly SortKey[], values: readonly SortValue[], backwards: boolean): Where {
  const branches: Where[] = [];
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    const value = values[index] ?? null;
    const ascending = (key.direction === "asc") !== backwards;
    const nullsFirst = backwards;
    let beyond: Where | null;
    if (value === null) {
      beyond = nullsFirst ? { [key.field]: { not: null } } : null;
    } else {
      const compared = { [key.field]: ascending ? { gt: value } : { lt: value } };
      beyond = key.nullable && !nullsFirst ? { OR: [compared, { [key.field]: null }] } : compared;
    }
    if (beyond) {
      const ties = keys.slice(0, index).map((earlier, at) => ({ [earlier.field]: values[at] ?? null }));
      branches.push(ties.length ? { AND: [...ties, beyond] } : beyond);
    }
  }
  if (!branches.length) return MATCH_NONE;
  // The same rows, plus a plain range on the leading key that an index can start its scan at:
  // PostgreSQL cannot derive one from the OR alone, and would read every row before the cursor.
  const [first] = keys;
  const leading = values[0];
  if (first && !first.nullable && leading != null) {
    const ascending = (first.direction === "asc") !== backwards;
    return { AND: [{ [first.field]: ascending ? { gte: leading } : { lte: leading } }, { OR: branches }] };
  }
  return { OR: branches };
}
