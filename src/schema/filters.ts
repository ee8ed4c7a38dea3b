// Lookup inputs shared by every filter (NetBox's GraphQL lookups), and their translation into
// Prisma `where` conditions, so that filtering happens in SQL.
import { builder } from "../builder.js";
import { MATCH_NONE } from "../db/keyset.js";
import { databaseIdOf } from "../domain/global-id.js";

export type Where = Record<string, unknown>;

export interface StringLookups {
  exact?: string | null;
  iExact?: string | null;
  contains?: string | null;
  iContains?: string | null;
  startsWith?: string | null;
  iStartsWith?: string | null;
  endsWith?: string | null;
  iEndsWith?: string | null;
  inList?: string[] | null;
  isNull?: boolean | null;
}

export interface IntLookups {
  exact?: number | null;
  gt?: number | null;
  gte?: number | null;
  lt?: number | null;
  lte?: number | null;
  inList?: number[] | null;
}

export interface IdLookups {
  exact?: string | null;
  inList?: string[] | null;
}

export interface DateTimeLookups {
  gt?: Date | null;
  gte?: Date | null;
  lt?: Date | null;
  lte?: Date | null;
}

export const StringFilter = builder.inputRef<StringLookups>("StringFilter").implement({
  description: "String lookups, as in NetBox's GraphQL filters. All given lookups must hold.",
  fields: (t) => ({
    exact: t.string({ description: "Equal, case-sensitive." }),
    iExact: t.string({ description: "Equal, ignoring case." }),
    contains: t.string({ description: "Contains, case-sensitive." }),
    iContains: t.string({ description: "Contains, ignoring case." }),
    startsWith: t.string({ description: "Starts with, case-sensitive." }),
    iStartsWith: t.string({ description: "Starts with, ignoring case." }),
    endsWith: t.string({ description: "Ends with, case-sensitive." }),
    iEndsWith: t.string({ description: "Ends with, ignoring case." }),
    inList: t.stringList({ description: "Equal to one of these, case-sensitive." }),
    isNull: t.boolean({ description: "`true`: has no value; `false`: has a value." }),
  }),
});

export const IntFilter = builder.inputRef<IntLookups>("IntFilter").implement({
  description: "Integer lookups. All given lookups must hold.",
  fields: (t) => ({
    exact: t.int({ description: "Equal." }),
    gt: t.int({ description: "Greater than." }),
    gte: t.int({ description: "Greater than or equal." }),
    lt: t.int({ description: "Less than." }),
    lte: t.int({ description: "Less than or equal." }),
    inList: t.intList({ description: "Equal to one of these." }),
  }),
});

export const IDFilter = builder.inputRef<IdLookups>("IDFilter").implement({
  description: "ID lookups. An ID is a global ID or the bare database id. All given lookups must hold.",
  fields: (t) => ({
    exact: t.id({ description: "This object." }),
    inList: t.idList({ description: "One of these objects." }),
  }),
});

export const DateTimeFilter = builder.inputRef<DateTimeLookups>("DateTimeFilter").implement({
  description: "Date and time lookups. All given lookups must hold.",
  fields: (t) => ({
    gt: t.field({ type: "DateTime", description: "Later than." }),
    gte: t.field({ type: "DateTime", description: "At or later than." }),
    lt: t.field({ type: "DateTime", description: "Earlier than." }),
    lte: t.field({ type: "DateTime", description: "At or earlier than." }),
  }),
});

/** LIKE patterns are built by Prisma from the raw value: its %, _ and \ must match themselves. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/**
 * Conditions for string lookups on one column. `wrap` places a column condition where the column
 * lives (a relation, for example); `isNull` gives the condition for "has no value" when the
 * column is nullable.
 */
export function stringConditions(
  lookups: StringLookups,
  column: string,
  options: { wrap?: (condition: Where) => Where; isNull?: (isNull: boolean) => Where } = {},
): Where[] {
  const wrap = options.wrap ?? ((condition: Where) => condition);
  const on = (filter: Where) => wrap({ [column]: filter });
  const insensitive = { mode: "insensitive" };
  const conditions: Where[] = [];
  if (present(lookups.exact)) conditions.push(on({ equals: lookups.exact }));
  if (present(lookups.iExact)) conditions.push(on({ equals: escapeLike(lookups.iExact), ...insensitive }));
  if (present(lookups.contains)) conditions.push(on({ contains: escapeLike(lookups.contains) }));
  if (present(lookups.iContains)) conditions.push(on({ contains: escapeLike(lookups.iContains), ...insensitive }));
  if (present(lookups.startsWith)) conditions.push(on({ startsWith: escapeLike(lookups.startsWith) }));
  if (present(lookups.iStartsWith)) conditions.push(on({ startsWith: escapeLike(lookups.iStartsWith), ...insensitive }));
  if (present(lookups.endsWith)) conditions.push(on({ endsWith: escapeLike(lookups.endsWith) }));
  if (present(lookups.iEndsWith)) conditions.push(on({ endsWith: escapeLike(lookups.iEndsWith), ...insensitive }));
  if (present(lookups.inList)) conditions.push(on({ in: lookups.inList }));
  if (present(lookups.isNull)) {
    // A column that cannot be null "is null" nowhere.
    conditions.push(options.isNull ? options.isNull(lookups.isNull) : lookups.isNull ? MATCH_NONE : {});
  }
  return conditions;
}

export function intConditions(lookups: IntLookups, column: string): Where[] {
  const conditions: Where[] = [];
  if (present(lookups.exact)) conditions.push({ [column]: { equals: lookups.exact } });
  for (const operator of ["gt", "gte", "lt", "lte"] as const) {
    const value = lookups[operator];
    if (present(value)) conditions.push({ [column]: { [operator]: value } });
  }
  if (present(lookups.inList)) conditions.push({ [column]: { in: lookups.inList } });
  return conditions;
}

export function dateTimeConditions(lookups: DateTimeLookups, column: string): Where[] {
  const conditions: Where[] = [];
  for (const operator of ["gt", "gte", "lt", "lte"] as const) {
    const value = lookups[operator];
    if (present(value)) conditions.push({ [column]: { [operator]: value } });
  }
  return conditions;
}

/** ID lookups: an ID of another type, or a malformed one, names nothing and so matches nothing. */
export function idConditions(lookups: IdLookups, column: string, typenames: readonly string[]): Where[] {
  const conditions: Where[] = [];
  if (present(lookups.exact)) {
    const id = databaseIdOf(lookups.exact, typenames);
    conditions.push(id === null ? MATCH_NONE : { [column]: id });
  }
  if (present(lookups.inList)) {
    const ids = lookups.inList.map((value) => databaseIdOf(value, typenames)).filter((id) => id !== null);
    conditions.push({ [column]: { in: ids } });
  }
  return conditions;
}

/** Equality lookups on an enum column: `exact` and `inList`. */
export function choiceConditions<T>(lookups: { exact?: T | null; inList?: T[] | null }, column: string): Where[] {
  const conditions: Where[] = [];
  if (present(lookups.exact)) conditions.push({ [column]: lookups.exact });
  if (present(lookups.inList)) conditions.push({ [column]: { in: lookups.inList } });
  return conditions;
}

/** How each field of a filter input becomes conditions. */
export type FilterSpec<Filter> = {
  [Field in Exclude<keyof Filter, "AND" | "OR" | "NOT">]?: (value: NonNullable<Filter[Field]>) => Where[];
};

export interface LogicalFilter<Filter> {
  AND?: Filter[] | null;
  OR?: Filter[] | null;
  NOT?: Filter | null;
}

/**
 * A filter input as a Prisma `where`, with strawberry-django's logic (which NetBox uses): the
 * fields, each AND member and the negation of NOT all hold together, and each OR member is an
 * alternative to all of that. So `{ name: {exact: "a"}, OR: [{ name: {exact: "b"} }] }` is
 * "a or b". An empty filter matches everything.
 */
export function whereFromFilter<Filter extends LogicalFilter<Filter>>(filter: Filter | null | undefined, spec: FilterSpec<Filter>): Where {
  if (!filter) return {};
  const conditions: Where[] = [];
  for (const [field, value] of Object.entries(filter)) {
    if (value === null || value === undefined || field === "AND" || field === "OR" || field === "NOT") continue;
    const toConditions = spec[field as keyof FilterSpec<Filter>] as ((value: unknown) => Where[]) | undefined;
    if (toConditions) conditions.push(...toConditions(value));
  }
  for (const member of filter.AND ?? []) {
    const where = whereFromFilter(member, spec);
    if (Object.keys(where).length) conditions.push(where);
  }
  if (filter.NOT) {
    const negated = whereFromFilter(filter.NOT, spec);
    if (Object.keys(negated).length) conditions.push({ NOT: negated });
  }
  // An empty member adds nothing (above for AND, here for OR), as an empty Q() does in Django.
  const alternatives = (filter.OR ?? []).map((member) => whereFromFilter(member, spec)).filter((member) => Object.keys(member).length > 0);
  const all: Where = conditions.length ? { AND: conditions } : {};
  if (!alternatives.length) return all;
  return { OR: conditions.length ? [all, ...alternatives] : alternatives };
}
