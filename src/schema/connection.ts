// Relay connections over keyset pagination: one helper for every list of the API, so that each
// pages, clamps and counts the same way. totalCount is a query of its own that runs only when the
// client selects it.
import type { InterfaceRef, ObjectRef } from "@pothos/core";
import { parseCursorConnectionArgs } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import { builder, type BuilderTypes } from "../builder.js";
import { CursorError, decodeCursor, encodeCursor, orderByFor, pastCursor, totalOrder, type SortKey } from "../db/keyset.js";

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./page-size.js";

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

type Where = Record<string, unknown>;

export interface PageQuery {
  where: Where;
  orderBy: Where[];
  take: number;
}

export interface KeysetConnection<Row> {
  edges: { readonly cursor: string; node: Row }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; readonly startCursor: string | null; readonly endCursor: string | null };
  totalCount: () => Promise<number>;
}

/** An edge whose cursor is encoded when a client selects it: most pages are read as `nodes`. */
class KeysetEdge<Row extends Record<string, unknown>> {
  #cursor: string | undefined;
  constructor(
    readonly node: Row,
    private readonly keys: readonly SortKey[],
  ) {}
  get cursor(): string {
    return (this.#cursor ??= encodeCursor(this.keys, this.node));
  }
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

export async function resolveKeysetConnection<Row extends Record<string, unknown>>(options: {
  args: ConnectionArgs;
  sort: readonly SortKey[];
  where: Where;
  /** Skip the page query: the client selected nothing but totalCount. */
  countOnly?: boolean;
  findMany: (query: PageQuery) => Promise<Row[]>;
  count: (where: Where) => Promise<number>;
}): Promise<KeysetConnection<Row>> {
  const { args, where } = options;
  for (const name of ["first", "last"] as const) {
    const value = args[name];
    if (value != null && value < 0) throw badInput(`"${name}" must not be negative.`);
  }
  // Relay's algorithm would take the first N and then the last M of those; the spec discourages
  // the pair, and no client of this API needs it, so it is refused rather than half-applied.
  if (args.first != null && args.last != null) throw badInput('"first" and "last" cannot be combined: give one of them.');
  const keys = totalOrder(options.sort);
  let counted: Promise<number> | undefined;
  const totalCount = () => (counted ??= options.count(where));

  const decode = (cursor: string, name: string) => {
    try {
      return decodeCursor(keys, cursor);
    } catch (error) {
      if (error instanceof CursorError) throw badInput(`${name}: ${error.message}`);
      throw error;
    }
  };
  const after = args.after ? decode(args.after, "after") : null;
  const before = args.before ? decode(args.before, "before") : null;

  if (options.countOnly) {
    return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount };
  }

  const page = parseCursorConnectionArgs({
    args: {
      ...args,
      first: args.first == null ? args.first : Math.min(args.first, MAX_PAGE_SIZE),
      last: args.last == null ? args.last : Math.min(args.last, MAX_PAGE_SIZE),
    },
    defaultSize: DEFAULT_PAGE_SIZE,
    maxSize: MAX_PAGE_SIZE,
  });
  const conditions: Where[] = [where];
  if (after) conditions.push(pastCursor(keys, after, false));
  if (before) conditions.push(pastCursor(keys, before, true));
  // One row more than the page, to know whether another page follows.
  const rows = await options.findMany({ where: { AND: conditions }, orderBy: orderByFor(keys, page.inverted), take: page.limit });
  const onPage = rows.slice(0, page.expectedSize);
  if (page.inverted) onPage.reverse();
  const edges = onPage.map((row) => new KeysetEdge(row, keys));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage(rows.length),
      hasPreviousPage: page.hasPreviousPage(rows.length),
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    totalCount,
  };
}

/** The `Connection` and `Edge` object types of one node type, with totalCount. */
export function connectionType<Shape>(
  node: ObjectRef<BuilderTypes, Shape> | InterfaceRef<BuilderTypes, Shape>,
  name: string,
  description: string,
) {
  return builder.connectionObject(
    {
      type: node,
      name: `${name}Connection`,
      description,
      fields: (t) => ({
        totalCount: t.int({
          description: "How many objects match the filter, over all pages. Counted only when selected.",
          resolve: (connection) => (connection as unknown as KeysetConnection<Shape>).totalCount(),
        }),
      }),
    },
    { name: `${name}Edge`, description: `One ${name} in a page, with the cursor that points at it.` },
  );
}
