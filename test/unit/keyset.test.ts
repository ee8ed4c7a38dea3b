import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CursorError,
  decodeCursor,
  encodeCursor,
  MATCH_NONE,
  orderByFor,
  pastCursor,
  type SortKey,
  type SortValueType,
  totalOrder,
} from "../../src/db/keyset.js";
import { storableText } from "./support/arbitraries.js";
import { comparatorOf, holds, type Row } from "./support/prisma-where.js";

const NOT_A_CURSOR = "not a cursor of this list; ask again from the first page.";
const OTHER_ORDER =
  "The cursor was issued for another orderBy, or before the list was ordered as it is now; ask again from the first page.";

const byName: SortKey = { field: "name", direction: "asc", type: "string" };
const lastSeenDesc: SortKey = { field: "lastSeen", direction: "desc", type: "date", nullable: true };
const portDesc: SortKey = { field: "port", direction: "desc", type: "int" };

/** The cursor as JSON, the way encodeCursor lays it out, for forging cursors. */
const forge = (payload: unknown) => Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");

function decodeError(keys: readonly SortKey[], cursor: string): unknown {
  try {
    decodeCursor(keys, cursor);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("totalOrder", () => {
  it("appends id ascending when the keys do not name it", () => {
    expect(totalOrder([byName])).toEqual([byName, { field: "id", direction: "asc", type: "int" }]);
    expect(totalOrder([])).toEqual([{ field: "id", direction: "asc", type: "int" }]);
  });

  it("moves a given id to the end and keeps its direction", () => {
    const idDesc: SortKey = { field: "id", direction: "desc", type: "int" };
    expect(totalOrder([idDesc, byName, portDesc])).toEqual([byName, portDesc, { field: "id", direction: "desc", type: "int" }]);
  });
});

describe("encodeCursor and decodeCursor", () => {
  const keys = totalOrder([byName, lastSeenDesc, portDesc]);

  it("lays out the signature and the sort values as base64url JSON", () => {
    const cursor = encodeCursor(keys, { name: "pve", lastSeen: new Date("2024-05-01T10:00:00.000Z"), port: 8006, id: 3, other: "x" });
    expect(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))).toEqual({
      o: "name:asc,lastSeen:desc,port:desc,id:asc",
      v: ["pve", "2024-05-01T10:00:00.000Z", 8006, 3],
    });
  });

  it("writes a missing or null value as null", () => {
    const cursor = encodeCursor(keys, { name: "pve", port: 1, id: 3 });
    expect(decodeCursor(keys, cursor)).toEqual(["pve", null, 1, 3]);
  });

  it("round-trips every value the columns can hold", () => {
    const int4 = fc.integer({ min: -2147483648, max: 2147483647 });
    const storableDate = fc.date({
      min: new Date("0001-01-01T00:00:00.000Z"),
      max: new Date("9999-12-31T23:59:59.999Z"),
      noInvalidDate: true,
    });
    const text = storableText();
    fc.assert(
      fc.property(text, fc.option(storableDate), int4, fc.integer({ min: 1, max: 2147483647 }), (name, lastSeen, port, id) => {
        const cursor = encodeCursor(keys, { name, lastSeen, port, id });
        expect(cursor).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeCursor(keys, cursor)).toEqual([name, lastSeen, port, id]);
      }),
    );
  });

  it("decodes a date to a Date", () => {
    const [, lastSeen] = decodeCursor(
      keys,
      forge({ o: "name:asc,lastSeen:desc,port:desc,id:asc", v: ["a", "2024-05-01T10:00:00Z", 1, 1] }),
    );
    expect(lastSeen).toBeInstanceOf(Date);
    expect((lastSeen as Date).toISOString()).toBe("2024-05-01T10:00:00.000Z");
  });

  it("accepts microseconds, as PostgreSQL writes them", () => {
    const [, lastSeen] = decodeCursor(
      keys,
      forge({ o: "name:asc,lastSeen:desc,port:desc,id:asc", v: ["a", "2024-05-01T10:00:00.123456Z", 1, 1] }),
    );
    expect((lastSeen as Date).toISOString()).toBe("2024-05-01T10:00:00.123Z");
  });

  it("refuses a cursor of another orderBy with its own message", () => {
    const cursor = encodeCursor(totalOrder([byName]), { name: "a", id: 1 });
    const error = decodeError(totalOrder([{ ...byName, direction: "desc" }]), cursor);
    expect(error).toBeInstanceOf(CursorError);
    expect(error).toMatchObject({ name: "CursorError", message: OTHER_ORDER });
  });

  it("refuses a cursor with as many values but another signature", () => {
    const error = decodeError(totalOrder([byName]), forge({ o: "port:desc,id:asc", v: ["a", 1] }));
    expect((error as Error).message).toBe(OTHER_ORDER);
  });

  const sig = "name:asc,lastSeen:desc,port:desc,id:asc";
  const malformed: [string, string][] = [
    ["not base64 JSON", "%%%"],
    ["empty", ""],
    ["JSON null", forge(null)],
    ["a JSON number", forge(5)],
    ["a JSON string", forge("x")],
    ["no signature", forge({ v: ["a", null, 1, 1] })],
    ["a signature that is not a string", forge({ o: 1, v: ["a", null, 1, 1] })],
    ["values that are not an array", forge({ o: sig, v: "a" })],
    ["too few values", forge({ o: sig, v: ["a", null, 1] })],
    ["too many values", forge({ o: sig, v: ["a", null, 1, 1, 1] })],
    ["null for a column that cannot be null", forge({ o: sig, v: [null, null, 1, 1] })],
    ["a number for a string column", forge({ o: sig, v: [5, null, 1, 1] })],
    ["text with NUL", forge({ o: sig, v: ["a\u0000", null, 1, 1] })],
    ["text with a lone surrogate", forge({ o: sig, v: ["a\ud800", null, 1, 1] })],
    ["a string for an int column", forge({ o: sig, v: ["a", null, "1", 1] })],
    ["a fraction for an int column", forge({ o: sig, v: ["a", null, 1.5, 1] })],
    ["an int above int4", forge({ o: sig, v: ["a", null, 2147483648, 1] })],
    ["an int below int4", forge({ o: sig, v: ["a", null, -2147483649, 1] })],
    ["null for id", forge({ o: sig, v: ["a", null, 1, null] })],
    ["a number for a date column", forge({ o: sig, v: ["a", 1714557600000, 1, 1] })],
    ["a date without time", forge({ o: sig, v: ["a", "2024-05-01", 1, 1] })],
    ["a date with an offset", forge({ o: sig, v: ["a", "2024-05-01T10:00:00+02:00", 1, 1] })],
    ["a date with seven fraction digits", forge({ o: sig, v: ["a", "2024-05-01T10:00:00.1234567Z", 1, 1] })],
    ["an impossible month", forge({ o: sig, v: ["a", "2024-13-01T10:00:00Z", 1, 1] })],
    ["a date in year 0", forge({ o: sig, v: ["a", "0000-12-31T23:59:59Z", 1, 1] })],
  ];
  it.each(malformed)("refuses %s as not a cursor", (_, cursor) => {
    const error = decodeError(keys, cursor);
    expect(error).toBeInstanceOf(CursorError);
    expect((error as Error).message).toBe(NOT_A_CURSOR);
  });

  it("accepts the int4 bounds and the first and last storable instants", () => {
    const values = [
      ["a", "0001-01-01T00:00:00Z", -2147483648, 2147483647],
      ["a", "9999-12-31T23:59:59.999Z", 2147483647, 1],
    ];
    for (const v of values) expect(decodeCursor(keys, forge({ o: sig, v }))).toHaveLength(4);
  });

  it("never throws anything but a CursorError that quotes nothing of the cursor", () => {
    const anyCursor = fc.oneof(
      fc.string(),
      fc.base64String(),
      fc.jsonValue().map(forge),
      fc.array(fc.jsonValue(), { maxLength: 5 }).map((v) => forge({ o: sig, v })),
    );
    fc.assert(
      fc.property(anyCursor, (cursor) => {
        const error = decodeError(keys, cursor);
        if (error === undefined) return;
        expect(error).toBeInstanceOf(CursorError);
        expect([NOT_A_CURSOR, OTHER_ORDER]).toContain((error as Error).message);
      }),
    );
  });
});

describe("orderByFor", () => {
  const keys = totalOrder([byName, lastSeenDesc]);

  it("sorts forwards with nulls last", () => {
    expect(orderByFor(keys, false)).toEqual([{ name: "asc" }, { lastSeen: { sort: "desc", nulls: "last" } }, { id: "asc" }]);
  });

  it("reverses every key backwards, nulls first", () => {
    expect(orderByFor(keys, true)).toEqual([{ name: "desc" }, { lastSeen: { sort: "asc", nulls: "first" } }, { id: "desc" }]);
  });
});

describe("pastCursor", () => {
  const at = new Date("2024-05-01T10:00:00.000Z");

  it("adds a range on a leading key that cannot be null, and breaks ties by id", () => {
    const keys = totalOrder([byName]);
    expect(pastCursor(keys, ["b", 7], false)).toEqual({
      AND: [{ name: { gte: "b" } }, { OR: [{ name: { gt: "b" } }, { AND: [{ name: "b" }, { id: { gt: 7 } }] }] }],
    });
    expect(pastCursor(keys, ["b", 7], true)).toEqual({
      AND: [{ name: { lte: "b" } }, { OR: [{ name: { lt: "b" } }, { AND: [{ name: "b" }, { id: { lt: 7 } }] }] }],
    });
  });

  it("compares a descending key the other way", () => {
    const keys = totalOrder([portDesc]);
    expect(pastCursor(keys, [8006, 7], false)).toEqual({
      AND: [{ port: { lte: 8006 } }, { OR: [{ port: { lt: 8006 } }, { AND: [{ port: 8006 }, { id: { gt: 7 } }] }] }],
    });
  });

  it("follows a descending id", () => {
    const keys = totalOrder([{ field: "id", direction: "desc", type: "int" }]);
    expect(pastCursor(keys, [7], false)).toEqual({ AND: [{ id: { lte: 7 } }, { OR: [{ id: { lt: 7 } }] }] });
    expect(pastCursor(keys, [7], true)).toEqual({ AND: [{ id: { gte: 7 } }, { OR: [{ id: { gt: 7 } }] }] });
  });

  it("reads a nullable key's value forwards: past it, or null (nulls come last)", () => {
    const keys = totalOrder([lastSeenDesc]);
    expect(pastCursor(keys, [at, 7], false)).toEqual({
      OR: [{ OR: [{ lastSeen: { lt: at } }, { lastSeen: null }] }, { AND: [{ lastSeen: at }, { id: { gt: 7 } }] }],
    });
  });

  it("reads a nullable key's value backwards: past it only (the nulls are behind)", () => {
    const keys = totalOrder([lastSeenDesc]);
    expect(pastCursor(keys, [at, 7], true)).toEqual({
      OR: [{ lastSeen: { gt: at } }, { AND: [{ lastSeen: at }, { id: { lt: 7 } }] }],
    });
  });

  it("reads a null forwards: only the later nulls, by id", () => {
    const keys = totalOrder([lastSeenDesc]);
    expect(pastCursor(keys, [null, 7], false)).toEqual({ OR: [{ AND: [{ lastSeen: null }, { id: { gt: 7 } }] }] });
  });

  it("reads a null backwards: every value, then the earlier nulls", () => {
    const keys = totalOrder([lastSeenDesc]);
    expect(pastCursor(keys, [null, 7], true)).toEqual({
      OR: [{ lastSeen: { not: null } }, { AND: [{ lastSeen: null }, { id: { lt: 7 } }] }],
    });
  });

  it("matches nothing when nothing can follow", () => {
    expect(pastCursor([lastSeenDesc], [null], false)).toBe(MATCH_NONE);
    expect(MATCH_NONE).toEqual({ id: { in: [] } });
  });

  // The model: sort rows by orderByFor, take any row's cursor; pastCursor must select exactly the
  // rows after it in that order (forwards) or before it (backwards).
  describe("selects exactly the rows past the cursor row", () => {
    const FIELDS = ["a", "b", "c"] as const;
    const DATES = [new Date("2020-01-01T00:00:00Z"), new Date("2021-06-15T12:30:00Z"), new Date("2024-12-31T23:59:59.999Z")];
    const valueOf: Record<SortValueType, fc.Arbitrary<unknown>> = {
      int: fc.integer({ min: -2, max: 2 }),
      string: fc.constantFrom("", "a", "b", "ab"),
      date: fc.constantFrom(...DATES),
    };

    const sortKey = (field: string) =>
      fc.record({
        field: fc.constant(field),
        direction: fc.constantFrom("asc" as const, "desc" as const),
        type: fc.constantFrom("int" as const, "string" as const, "date" as const),
        nullable: fc.boolean(),
      });
    const keysArb = fc
      .tuple(fc.subarray([...FIELDS], { minLength: 0 }), fc.option(fc.constantFrom("asc" as const, "desc" as const)))
      .chain(([fields, idDirection]) =>
        fc.tuple(...fields.map(sortKey)).map((keys) => {
          const withId: SortKey[] = idDirection ? [...keys, { field: "id", direction: idDirection, type: "int" }] : keys;
          return totalOrder(withId);
        }),
      );
    const caseArb = keysArb.chain((keys) => {
      const row = fc.record(
        Object.fromEntries(
          keys
            .filter((key) => key.field !== "id")
            .map((key) => [key.field, key.nullable ? fc.option(valueOf[key.type]) : valueOf[key.type]]),
        ),
      );
      return fc.tuple(fc.constant(keys), fc.array(row, { minLength: 1, maxLength: 25 }), fc.nat(), fc.boolean());
    });

    it("for any keys, rows, cursor row and direction", () => {
      fc.assert(
        fc.property(caseArb, ([keys, generated, pick, backwards]) => {
          const rows: Row[] = generated.map((row, index) => ({ ...row, id: index + 1 }));
          const order = comparatorOf(orderByFor(keys, backwards));
          const sorted = [...rows].sort(order);
          // The backward order is the forward order reversed (the order is total).
          expect(sorted.map((row) => row.id)).toEqual(
            [...rows]
              .sort(comparatorOf(orderByFor(keys, !backwards)))
              .map((row) => row.id)
              .reverse(),
          );
          const index = pick % sorted.length;
          const values = decodeCursor(keys, encodeCursor(keys, sorted[index]!));
          const where = pastCursor(keys, values, backwards);
          const selected = rows.filter((row) => holds(where, row)).sort(order);
          expect(selected.map((row) => row.id)).toEqual(sorted.slice(index + 1).map((row) => row.id));
        }),
        { numRuns: 300 },
      );
    });
  });
});
