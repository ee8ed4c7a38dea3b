// A small in-memory reading of the Prisma `where` and `orderBy` shapes the pure modules build, with
// SQL's NULL rules: a comparison with NULL is never true, `{ field: null }` is IS NULL. Anything
// outside the subset throws, so a test notices when a module starts building another shape.

export type Row = Record<string, unknown>;
type Where = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

function comparable(value: unknown): number | string {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "number" || typeof value === "string") return value;
  throw new Error(`not comparable: ${String(value)}`);
}

/** -1, 0 or 1 for two non-null values of one column. */
export function compareValues(a: unknown, b: unknown): number {
  const [x, y] = [comparable(a), comparable(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function columnHolds(actual: unknown, filter: unknown): boolean {
  if (filter === null) return actual === null;
  if (!isPlainObject(filter)) return actual !== null && compareValues(actual, filter) === 0;
  return Object.entries(filter).every(([operator, operand]) => {
    if (operator === "not") {
      if (operand !== null) throw new Error("only { not: null } is read here");
      return actual !== null;
    }
    if (actual === null) return false;
    switch (operator) {
      case "equals":
        return compareValues(actual, operand) === 0;
      case "in":
        return (operand as unknown[]).some((item) => compareValues(actual, item) === 0);
      case "gt":
        return compareValues(actual, operand) > 0;
      case "gte":
        return compareValues(actual, operand) >= 0;
      case "lt":
        return compareValues(actual, operand) < 0;
      case "lte":
        return compareValues(actual, operand) <= 0;
      default:
        throw new Error(`operator not read here: ${operator}`);
    }
  });
}

/** Whether a row satisfies a `where`; `{}` holds for every row. */
export function holds(where: Where, row: Row): boolean {
  return Object.entries(where).every(([key, value]) => {
    if (key === "AND") return (value as Where[]).every((member) => holds(member, row));
    if (key === "OR") {
      // Prisma's reading of an empty OR depends on where it sits; no module should build one.
      if (!(value as Where[]).length) throw new Error("empty OR");
      return (value as Where[]).some((member) => holds(member, row));
    }
    if (key === "NOT") return !holds(value as Where, row);
    if (!(key in row)) throw new Error(`no column ${key}`);
    return columnHolds(row[key], value);
  });
}

/** A comparator from a Prisma orderBy list: `{ f: "asc" }` or `{ f: { sort, nulls } }`. */
export function comparatorOf(orderBy: readonly Where[]): (a: Row, b: Row) => number {
  const terms = orderBy.map((term) => {
    const entries = Object.entries(term);
    if (entries.length !== 1) throw new Error("one column per orderBy term");
    const [field, spec] = entries[0]!;
    if (typeof spec === "string") return { field, sort: spec, nulls: null };
    const { sort, nulls } = spec as { sort: string; nulls: string };
    return { field, sort, nulls };
  });
  return (a, b) => {
    for (const { field, sort, nulls } of terms) {
      const [x, y] = [a[field], b[field]];
      if (x === null || y === null) {
        if (nulls === null) throw new Error(`null in ${field}, which the orderBy does not place`);
        if (x === y) continue;
        return (x === null) === (nulls === "first") ? -1 : 1;
      }
      const order = compareValues(x, y);
      if (order !== 0) return sort === "asc" ? order : -order;
    }
    return 0;
  };
}
