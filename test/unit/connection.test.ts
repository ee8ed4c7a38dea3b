// resolveKeysetConnection with the database replaced by an in-memory table read through the same
// where and orderBy shapes (support/prisma-where.ts).
import fc from "fast-check";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import type { SortKey } from "../../src/db/keyset.js";
import { type ConnectionArgs, type KeysetConnection, type PageQuery, resolveKeysetConnection } from "../../src/schema/connection.js";
import { comparatorOf, holds, type Row } from "./support/prisma-where.js";

function table(rows: Row[]) {
  const queries: PageQuery[] = [];
  const counts: unknown[] = [];
  return {
    queries,
    counts,
    findMany: (query: PageQuery) => {
      queries.push(query);
      return Promise.resolve(
        rows
          .filter((row) => holds(query.where, row))
          .sort(comparatorOf(query.orderBy))
          .slice(0, query.take),
      );
    },
    count: (where: Record<string, unknown>) => {
      counts.push(where);
      return Promise.resolve(rows.filter((row) => holds(where, row)).length);
    },
  };
}

const byName: SortKey[] = [{ field: "name", direction: "asc", type: "string" }];
const rows: Row[] = ["e", "b", "d", "a", "c", "b"].map((name, index) => ({ id: index + 1, name }));

async function page(args: ConnectionArgs, where: Record<string, unknown> = {}, over = rows) {
  const store = table(over);
  const connection = await resolveKeysetConnection({ args, sort: byName, where, findMany: store.findMany, count: store.count });
  return { ...connection, ids: connection.edges.map((edge) => edge.node.id), store };
}

async function refusal(args: ConnectionArgs): Promise<GraphQLError> {
  try {
    await page(args);
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error("no refusal");
}

describe("resolveKeysetConnection", () => {
  it("gives the first page in order, with its cursors", async () => {
    const first = await page({ first: 2 });
    expect(first.ids).toEqual([4, 2]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.pageInfo.startCursor).toBe(first.edges[0]!.cursor);
    expect(first.pageInfo.endCursor).toBe(first.edges[1]!.cursor);
  });

  it("continues after a cursor, breaking the tie on name by id", async () => {
    const first = await page({ first: 2 });
    const second = await page({ first: 2, after: first.pageInfo.endCursor });
    expect(second.ids).toEqual([6, 5]);
    const third = await page({ first: 2, after: second.pageInfo.endCursor });
    expect(third.ids).toEqual([3, 1]);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it("reads backwards from the end with last and before", async () => {
    const last = await page({ last: 2 });
    expect(last.ids).toEqual([3, 1]);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = await page({ last: 3, before: last.pageInfo.startCursor });
    expect(before.ids).toEqual([2, 6, 5]);
  });

  it("gives the default page of 50 and clamps a larger one to 1000", async () => {
    const many: Row[] = Array.from({ length: 1200 }, (_, index) => ({ id: index + 1, name: "x" }));
    expect((await page({}, {}, many)).ids).toHaveLength(50);
    expect((await page({ first: 5000 }, {}, many)).ids).toHaveLength(1000);
    expect((await page({ last: 5000 }, {}, many)).ids).toHaveLength(1000);
  });

  it("asks the table for one page and the filter, sorted and bounded", async () => {
    const { store } = await page({ first: 2 }, { name: { not: null } });
    expect(store.queries).toHaveLength(1);
    expect(store.queries[0]!.where).toEqual({ AND: [{ name: { not: null } }] });
    expect(store.queries[0]!.orderBy).toEqual([{ name: "asc" }, { id: "asc" }]);
    expect(store.queries[0]!.take).toBeLessThanOrEqual(3);
  });

  it("counts only when totalCount is read, once, over the filter alone", async () => {
    const result = await page({ first: 1 }, { name: "b" });
    expect(result.store.counts).toEqual([]);
    await expect(result.totalCount()).resolves.toBe(2);
    await expect(result.totalCount()).resolves.toBe(2);
    expect(result.store.counts).toEqual([{ name: "b" }]);
  });

  it("runs no page query for countOnly", async () => {
    const store = table(rows);
    const result = await resolveKeysetConnection({ args: { first: 2 }, sort: byName, where: {}, countOnly: true, ...store });
    expect(result.edges).toEqual([]);
    expect(result.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
    expect(store.queries).toEqual([]);
    await expect(result.totalCount()).resolves.toBe(6);
  });

  it("gives null cursors for an empty page", async () => {
    const empty = await page({ first: 2 }, {}, []);
    expect(empty.edges).toEqual([]);
    expect(empty.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it("refuses negative sizes, first with last, and bad cursors as BAD_USER_INPUT", async () => {
    const cases: [ConnectionArgs, string][] = [
      [{ first: -1 }, '"first" must not be negative.'],
      [{ last: -1 }, '"last" must not be negative.'],
      [{ first: 1, last: 1 }, '"first" and "last" cannot be combined: give one of them.'],
      [{ after: "junk" }, "after: not a cursor of this list; ask again from the first page."],
      [{ before: "junk" }, "before: not a cursor of this list; ask again from the first page."],
    ];
    for (const [args, message] of cases) {
      const error = await refusal(args);
      expect(error).toBeInstanceOf(GraphQLError);
      expect(error.message).toBe(message);
      expect(error.extensions.code).toBe("BAD_USER_INPUT");
    }
  });

  it("refuses a cursor of another sort order", async () => {
    const store = table(rows);
    const first = await resolveKeysetConnection({ args: { first: 1 }, sort: byName, where: {}, ...store });
    const other: SortKey[] = [{ field: "name", direction: "desc", type: "string" }];
    await expect(
      resolveKeysetConnection({ args: { first: 1, after: first.pageInfo.endCursor }, sort: other, where: {}, ...store }),
    ).rejects.toThrow(
      "after: The cursor was issued for another orderBy, or before the list was ordered as it is now; ask again from the first page.",
    );
  });

  it("walks every row exactly once, forwards and backwards, whatever the page size", async () => {
    const sortArb = fc.constantFrom<SortKey[]>(
      [],
      byName,
      [{ field: "name", direction: "desc", type: "string" }],
      [{ field: "seen", direction: "desc", type: "int", nullable: true }],
      [
        { field: "seen", direction: "asc", type: "int", nullable: true },
        { field: "name", direction: "desc", type: "string" },
      ],
      [{ field: "id", direction: "desc", type: "int" }],
    );
    const rowArb = fc.record({ name: fc.constantFrom("a", "b", "c"), seen: fc.option(fc.integer({ min: 0, max: 2 })) });
    await fc.assert(
      fc.asyncProperty(sortArb, fc.array(rowArb, { maxLength: 12 }), fc.integer({ min: 1, max: 4 }), async (sort, generated, size) => {
        const all: Row[] = generated.map((row, index) => ({ ...row, id: index + 1 }));
        const store = table(all);
        const expected = (await store.findMany({ where: {}, orderBy: orderOf(sort), take: all.length })).map((row) => row.id);

        const forwards: unknown[] = [];
        let after: string | null = null;
        for (let pages = 0; pages <= all.length; pages++) {
          const result: KeysetConnection<Row> = await resolveKeysetConnection({ args: { first: size, after }, sort, where: {}, ...store });
          forwards.push(...result.edges.map((edge) => edge.node.id));
          if (!result.pageInfo.hasNextPage) break;
          after = result.pageInfo.endCursor;
        }
        expect(forwards).toEqual(expected);

        const backwards: unknown[] = [];
        let before: string | null = null;
        for (let pages = 0; pages <= all.length; pages++) {
          const result: KeysetConnection<Row> = await resolveKeysetConnection({ args: { last: size, before }, sort, where: {}, ...store });
          backwards.unshift(...result.edges.map((edge) => edge.node.id));
          if (!result.pageInfo.hasPreviousPage) break;
          before = result.pageInfo.startCursor;
        }
        expect(backwards).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});

/** The list's own order, as the connection sorts it forwards. */
function orderOf(sort: readonly SortKey[]) {
  const keys = [
    ...sort.filter((key) => key.field !== "id"),
    { field: "id", direction: sort.find((key) => key.field === "id")?.direction ?? "asc" },
  ];
  return keys.map((key) =>
    "nullable" in key && key.nullable ? { [key.field]: { sort: key.direction, nulls: "last" } } : { [key.field]: key.direction },
  );
}
