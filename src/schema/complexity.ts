// The cost of an operation, from its shape, before any resolver runs: every field costs 1, and a
// list multiplies the cost of what is selected under it by how many items it can return. Pages
// count as the page size asked for (clamped as the connection clamps it), so a client pays for
// `first: 1000` and not for `first: 1000000`. A filter adds its size to the cost of its list.
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  isListType,
  Kind,
} from "graphql";
import { complexityFromQuery, type FieldComplexityValue } from "@pothos/plugin-complexity";
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

/**
 * The cost of the operation a request runs, with its variables, before anything of it runs; null
 * when the operation cannot be chosen or its variables do not coerce (execution refuses those).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  context: object,
): number | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  if (getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}).errors) return null;
  const fragments = document.definitions.filter(
    (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  // complexityFromQuery prices the first operation of a document: give it the one that runs.
  const chosen: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
  return complexityFromQuery(chosen, { schema, ctx: context, variables: variables ?? {} }).complexity;
}

/** The refusal of an operation over the cost limit (its HTTP status is the server's to set). */
export function operationCostError(cost: number, maxCost: number): GraphQLError {
  return new GraphQLError(
    `The operation is too expensive: its complexity is ${cost}, and at most ${maxCost} is allowed. Ask for smaller pages or fewer fields.`,
    { extensions: { code: "OPERATION_LIMIT_EXCEEDED" } },
  );
}
