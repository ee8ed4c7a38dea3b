// The arguments of every query field, checked before any SQL runs. Variables reach no token limit,
// so without these bounds one filter of a few hundred values keeps the database busy for minutes;
// and text or dates PostgreSQL cannot hold would fail inside the query as internal errors. A
// refusal is BAD_USER_INPUT naming the argument path and the limit, never the value sent.
import { GraphQLError, type GraphQLSchema } from "graphql";
import { isStorableTime } from "../domain/date-range.js";
import { unstorableCharacter } from "../domain/storable-text.js";

export const FILTER_BOUNDS = {
  /** Values in one list (tag, kind, inList, orderBy, …). */
  listValues: 100,
  /** Members of one AND or OR list. */
  logicalMembers: 20,
  /** Levels of AND, OR and NOT inside one another. */
  nesting: 10,
  /** Values and conditions of one argument in all, however they are spread. */
  total: 500,
  /** Characters of one text value. */
  textLength: 1000,
} as const;

const LOGICAL = new Set(["AND", "OR"]);

// IDs that name nothing are null (node, nodes, tag, …) and cursors are checked as they are decoded.
const CHECKED_ELSEWHERE = new Set(["id", "ids", "after", "before"]);

export function badArgument(path: string, problem: string): GraphQLError {
  return new GraphQLError(`${path}: ${problem}`, { extensions: { code: "BAD_USER_INPUT", argument: path } });
}

/** How many values and conditions (input objects) an argument holds: its share of the query cost. */
export function argumentSize(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + argumentSize(item), 0);
  if (typeof value === "object" && !(value instanceof Date)) {
    return Object.values(value).reduce((sum: number, item) => sum + argumentSize(item), 1);
  }
  return 1;
}

export function textProblem(text: string): string | null {
  const character = unstorableCharacter(text);
  if (character === "NUL") return "must not contain a NUL character.";
  if (character === "LONE_SURROGATE") return "must not contain a lone UTF-16 surrogate.";
  if (text.length > FILTER_BOUNDS.textLength) return `must be at most ${FILTER_BOUNDS.textLength} characters.`;
  return null;
}

function checkValue(value: unknown, path: string, nesting: number, seen: { size: number }, argument: string): void {
  if (value === null || value === undefined) return;
  seen.size += 1;
  if (seen.size > FILTER_BOUNDS.total) {
    throw badArgument(argument, `at most ${FILTER_BOUNDS.total} values and conditions are allowed in all.`);
  }
  if (typeof value === "string") {
    const problem = textProblem(value);
    if (problem) throw badArgument(path, problem);
  } else if (value instanceof Date) {
    if (!isStorableTime(value.getTime())) throw badArgument(path, "must be a date from year 1 to year 9999.");
  } else if (Array.isArray(value)) {
    const logical = LOGICAL.has(path.slice(path.lastIndexOf(".") + 1));
    const limit = logical ? FILTER_BOUNDS.logicalMembers : FILTER_BOUNDS.listValues;
    if (value.length > limit) throw badArgument(path, `at most ${limit} ${logical ? "members" : "values"} are allowed.`);
    value.forEach((item, index) => checkValue(item, `${path}[${index}]`, logical ? nesting + 1 : nesting, seen, argument));
  } else if (typeof value === "object") {
    if (nesting > FILTER_BOUNDS.nesting) throw badArgument(path, `at most ${FILTER_BOUNDS.nesting} levels of AND, OR and NOT are allowed.`);
    for (const [key, item] of Object.entries(value))
      checkValue(item, `${path}.${key}`, key === "NOT" ? nesting + 1 : nesting, seen, argument);
  }
}

/** Throws BAD_USER_INPUT for the first argument out of bounds. */
export function checkQueryArguments(args: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(args)) {
    if (!CHECKED_ELSEWHERE.has(name)) checkValue(value, name, 0, { size: 0 }, name);
  }
}

/** Every field of Query checks its arguments before its resolver runs: one place for all of them. */
export function checkArgumentsOfQueries(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve || !field.args.some((arg) => !CHECKED_ELSEWHERE.has(arg.name))) continue;
    field.resolve = (root, args: Record<string, unknown>, context, info) => {
      checkQueryArguments(args);
      return resolve(root, args, context, info);
    };
  }
  return schema;
}
