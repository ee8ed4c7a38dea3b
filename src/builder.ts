// The one Pothos schema builder: its plugins, scalars and conventions. Types are defined in
// src/schema/, one file per GraphQL type.
import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin, { resolveNodes } from "@pothos/plugin-relay";
import { GraphQLError, type GraphQLResolveInfo, GraphQLScalarType } from "graphql";
import { DateTimeResolver, JSONObjectResolver } from "graphql-scalars";
import { fieldComplexity } from "./schema/complexity.js";
import type { Context } from "./context.js";
import type PrismaTypes from "./generated/pothos-types.js";
import { getDatamodel } from "./generated/pothos-types.js";
import { decodeGlobalId, encodeGlobalId } from "./domain/global-id.js";
import { namesNode } from "./schema/node-id.js";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
    ID: { Input: string; Output: string | number };
  };
}>({
  plugins: [ComplexityPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  // The fields' costs are declared here; the limit is checked once before execution, as a request
  // error (src/server/plugins/operation-cost.ts), not in every root resolver.
  complexity: { fieldComplexity, disabled: true },
  prisma: {
    client: (context) => context.db.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodesOnConnection: { description: "The objects of this page, in order (the nodes of edges, without cursors)." },
    edgesFieldOptions: {
      nullable: { list: false, items: false },
      description: "The objects of this page, in order, each with its cursor.",
    },
    nodeFieldOptions: { nullable: false, description: "The object." },
    cursorFieldOptions: { description: "Opaque position of this object in the list, for after and before." },
    pageInfoFieldOptions: { description: "Where this page sits in the whole list." },
    pageInfoTypeOptions: { description: "Where a page sits in its list (Relay)." },
    hasNextPageFieldOptions: { description: "Whether objects follow this page." },
    hasPreviousPageFieldOptions: { description: "Whether objects precede this page." },
    startCursorFieldOptions: { description: "Cursor of the first object of the page; null when the page is empty." },
    endCursorFieldOptions: { description: "Cursor of the last object of the page; null when the page is empty." },
    firstArgOptions: { description: "Page size from the start (or after `after`). Default 50, at most 1000 (larger is clamped)." },
    lastArgOptions: { description: "Page size from the end (or before `before`). At most 1000 (larger is clamped)." },
    afterArgOptions: { description: "Cursor of the object the page starts after." },
    beforeArgOptions: { description: "Cursor of the object the page ends before." },
    idFieldOptions: { description: "Global ID of the object (Relay); node(id:) fetches it again." },
    nodeTypeOptions: { description: "An object with a globally unique ID (Relay)." },
    nodeQueryOptions: {
      description: "The object a global ID names; null when there is none.",
      args: { id: { description: "Global ID of the object." } },
      resolve: (_root, args, _context, info, resolveNode) => (namesNode(info.schema, args.id) ? resolveNode(args.id) : null),
    },
    nodesQueryOptions: {
      description: "The objects global IDs name, in the same order; null for each that names none.",
      args: { ids: { description: "Global IDs of the objects." } },
      resolve: (_root, args, context, info) => resolveNamedNodes(context, info, args.ids),
    },
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
  },
});

/** The nodes of `nodes(ids:)`, null where an ID names no node (rather than an error for all). */
function resolveNamedNodes(
  context: Context,
  info: GraphQLResolveInfo,
  ids: readonly { typename: string; id: string }[],
): Promise<unknown[]> {
  return resolveNodes(
    // resolveNodes is typed for an abstract builder, not this one with its plugins.
    builder as never,
    context,
    info,
    ids.map((id) => (namesNode(info.schema, id) ? id : null)),
  );
}

/** The builder's resolved type parameters, for helpers that take refs. */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;

// graphql-scalars quotes a value it refuses; messages here never quote what the client sent.
const NOT_A_DATE_TIME = "DateTime must be an RFC 3339 date-time, for example 2024-01-31T12:00:00Z.";
builder.addScalarType(
  "DateTime",
  new GraphQLScalarType({
    ...DateTimeResolver.toConfig(),
    description:
      "An instant, as an RFC 3339 date-time string (section 5.6). Outputs are in UTC with milliseconds, such as 2024-01-31T12:00:00.000Z; inputs may have any offset and are shifted to UTC, to the millisecond.",
    // graphql-scalars gives JSONObject its specification but not DateTime, whose description cites RFC 3339.
    specifiedByURL: "https://datatracker.ietf.org/doc/html/rfc3339#section-5.6",
    parseValue: (value) => withoutQuote(() => DateTimeResolver.parseValue(value)),
    parseLiteral: (node, variables) => withoutQuote(() => DateTimeResolver.parseLiteral(node, variables)),
  }),
);

function withoutQuote<T>(parse: () => T): T {
  try {
    return parse();
  } catch {
    throw new GraphQLError(NOT_A_DATE_TIME);
  }
}
builder.addScalarType("JSONObject", JSONObjectResolver);

builder.queryType({ description: "Read the endpoints of a Proxbox deployment and what they refer to." });
builder.mutationType({ description: "Change endpoints and what they refer to. Every rule is checked before anything is written." });

export const OrderDirection = builder.enumType("OrderDirection", {
  description: "Sort direction.",
  values: {
    ASC: { value: "asc", description: "Smallest first." },
    DESC: { value: "desc", description: "Largest first." },
  } as const,
});
