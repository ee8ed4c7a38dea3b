// The cost of an operation, from its shape, before any resolver runs: every field costs 1, and a
// list multiplies the cost of what is selected under it by how many items it can return. Pages
// count as the page size asked for (clamped as the connection clamps it), so a client pays for
// `first: 1000` and not for `first: 1000000`. A filter adds its size to the cost of its list.
import { GraphQLError, getNullableType, isListType, type GraphQLField } from "graphql";
import type { ComplexityErrorFn, FieldComplexityValue } from "@pothos/plugin-complexity";
import { CUSTOM_FIELDS_MAX_BYTES } from "../domain/custom-fields.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./page-size.js";
import { argumentSize } from "./query-arguments.js";

/** An estimate for lists that take no size, such as an endpoint's tags. */
const SMALL_LIST = 10;

/** Fields that can weigh far more than a scalar cost what they can weigh: 1 per KiB. */
const HEAVY_FIELDS = new Map([["customFields", CUSTOM_FIELDS_MAX_BYTES / 1024]]);

export function fieldComplexity(
  args: Record<string, unknown>,
  _context: object,
  field: GraphQLField<unknown, never, Record<string, unknown>>,
): FieldComplexityValue {
  if (field.args.some((arg) => arg.name === "first" || arg.name === "last")) {
    const asked = (args.first ?? args.last ?? DEFAULT_PAGE_SIZE) as number;
    // Each value and condition of a filter is work for the database on every row it reads.
    return { field: 1 + argumentSize(args.filter), multiplier: Math.min(Math.max(asked, 0), MAX_PAGE_SIZE) };
  }
  if (Array.isArray(args.ids)) return { field: 1, multiplier: args.ids.length };
  const listed = isListType(getNullableType(field.type));
  // A connection's edges and nodes are its page, already counted on the connection field.
  if (!listed || field.name === "edges" || field.name === "nodes") return { field: HEAVY_FIELDS.get(field.name) ?? 1, multiplier: 1 };
  return { field: 1, multiplier: SMALL_LIST };
}

export const complexityError: ComplexityErrorFn = (kind, result) =>
  new GraphQLError(
    `The operation is too expensive: its ${kind.toLowerCase()} is ${result[kind.toLowerCase() as "complexity"]}, and at most ${
      result[`max${kind}` as "maxComplexity"]
    } is allowed. Ask for smaller pages or fewer fields.`,
    { extensions: { code: "OPERATION_LIMIT_EXCEEDED", http: { status: 400 } } },
  );
