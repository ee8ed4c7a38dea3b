// The list resolver every endpoint connection shares: filter, search, order and keyset paging in
// one SQL query that also loads what the client selected on the nodes.
import type { ArgBuilder } from "@pothos/core";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { getNamedType, isInterfaceType, isObjectType, Kind, type GraphQLResolveInfo } from "graphql";
import type { BuilderTypes } from "../builder.js";
import type { Context } from "../context.js";
import type { EndpointKind } from "../generated/prisma/enums.js";
import { type ConnectionArgs, type KeysetConnection, resolveKeysetConnection } from "./connection.js";
import { resolveTagSlugs, searchWhere } from "./endpoint-filter.js";
import { EndpointOrder, type OrderField, sortKeysOf } from "./endpoint-order.js";
import type { Where } from "./filters.js";

export function listArgs(t: ArgBuilder<BuilderTypes>) {
  return {
    q: t.string({ description: "Case-insensitive match on name or domain; blank is ignored." }),
    orderBy: t({
      type: [EndpointOrder],
      description: "Ordering terms, most significant first. Default: name ascending. Ties are ordered by id.",
    }),
  };
}

// ---------------------------------------------------------------- the list resolver

/** Whether a connection selection asks for nothing but totalCount, so no page needs loading. */
function onlyCounts(info: GraphQLResolveInfo): boolean {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type) && !isInterfaceType(type)) return false;
  return info.fieldNodes.every((node) =>
    node.selectionSet?.selections.every(
      (selection) => selection.kind === Kind.FIELD && (selection.name.value === "totalCount" || selection.name.value === "__typename"),
    ),
  );
}

export interface EndpointListArgs extends ConnectionArgs {
  q?: string | null;
  orderBy?: readonly { field: OrderField; direction: "asc" | "desc" }[] | null;
}

/** The planned query, also reading `columns` (the cursor is made of the sort columns' values). */
function withColumns(query: { select?: Where; include?: Where }, columns: string[]): object {
  if (!query.select) return query;
  return { ...query, select: { ...query.select, ...Object.fromEntries(columns.map((column) => [column, true])) } };
}

/** Pages endpoints matching `where`, loading what the client selected on them in the same query. */
export async function resolveEndpointConnection(options: {
  context: Context;
  info: GraphQLResolveInfo;
  /** The GraphQL type of the nodes: a kind, or EndpointBase. */
  typeName: string;
  kind: EndpointKind | null;
  args: EndpointListArgs;
  filterWhere: Where;
}): Promise<KeysetConnection<never>> {
  const { context, info, args } = options;
  const prisma = context.db.prisma;
  const where: Where = {
    AND: [options.kind ? { kind: options.kind } : {}, await resolveTagSlugs(options.filterWhere, prisma), searchWhere(args.q)],
  };
  const sort = sortKeysOf(args.orderBy);
  const query = withColumns(
    queryFromInfo({ context, info, typeName: options.typeName, paths: [["nodes"], ["edges", "node"]] }),
    sort.map((key) => key.field),
  );
  return resolveKeysetConnection({
    args,
    sort,
    where,
    countOnly: onlyCounts(info),
    // The query is what the client's selection planned, whose shape only Pothos knows.
    // Relations are read by one statement each for the whole page ("query"), not joined row by row
    // ("join"): PostgreSQL then builds their JSON for the page alone, where a join built it for every
    // matching row before sorting and limiting them (about four times the database's CPU for a
    // filtered page; docs/performance.md).
    findMany: (page) =>
      prisma.endpoint.findMany({ relationLoadStrategy: "query", ...query, ...page }) as Promise<Record<string, unknown>[]>,
    count: (filter) => prisma.endpoint.count({ where: filter }),
  }) as Promise<KeysetConnection<never>>;
}
