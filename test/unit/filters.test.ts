import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MATCH_NONE } from "../../src/db/keyset.js";
import {
  choiceConditions,
  dateTimeConditions,
  escapeLike,
  type IntLookups,
  idConditions,
  intConditions,
  type LogicalFilter,
  stringConditions,
  whereFromFilter,
} from "../../src/schema/filters.js";
import { encodeGlobalId } from "../../src/domain/global-id.js";
import { anyUtf16 } from "./support/arbitraries.js";
import { holds } from "./support/prisma-where.js";

describe("escapeLike", () => {
  it("escapes the LIKE wildcards and the escape character", () => {
    expect(escapeLike("50%_off\\now")).toBe("50\\%\\_off\\\\now");
    expect(escapeLike("%%")).toBe("\\%\\%");
    expect(escapeLike("plain text")).toBe("plain text");
    expect(escapeLike("")).toBe("");
  });

  it("is undone by reading each backslash as quoting the next character", () => {
    fc.assert(
      fc.property(anyUtf16(), (text) => {
        const escaped = escapeLike(text);
        expect(escaped.replace(/\\(.)/gs, "$1")).toBe(text);
        // No wildcard is left unquoted.
        expect(escaped.replace(/\\./gs, "")).not.toMatch(/[%_\\]/);
      }),
    );
  });
});

describe("stringConditions", () => {
  it("gives one condition per lookup, in a fixed order", () => {
    expect(
      stringConditions(
        {
          exact: "a%",
          iExact: "b_",
          contains: "c%",
          iContains: "d",
          startsWith: "e",
          iStartsWith: "f",
          endsWith: "g\\",
          iEndsWith: "h",
          inList: ["x%", "y"],
        },
        "name",
      ),
    ).toEqual([
      { name: { equals: "a%" } },
      { name: { equals: "b\\_", mode: "insensitive" } },
      { name: { contains: "c\\%" } },
      { name: { contains: "d", mode: "insensitive" } },
      { name: { startsWith: "e" } },
      { name: { startsWith: "f", mode: "insensitive" } },
      { name: { endsWith: "g\\\\" } },
      { name: { endsWith: "h", mode: "insensitive" } },
      { name: { in: ["x%", "y"] } },
    ]);
  });

  it("compares exact and inList as given, and escapes the pattern lookups", () => {
    expect(stringConditions({ exact: "100%" }, "name")).toEqual([{ name: { equals: "100%" } }]);
    expect(stringConditions({ inList: ["100%"] }, "name")).toEqual([{ name: { in: ["100%"] } }]);
    // Insensitive equality is an ILIKE in PostgreSQL: its value is a pattern.
    expect(stringConditions({ iExact: "100%" }, "name")).toEqual([{ name: { equals: "100\\%", mode: "insensitive" } }]);
  });

  it("skips null and absent lookups, and keeps empty strings", () => {
    expect(stringConditions({}, "name")).toEqual([]);
    expect(stringConditions({ exact: null, contains: null, inList: null, isNull: null }, "name")).toEqual([]);
    expect(stringConditions({ exact: "" }, "name")).toEqual([{ name: { equals: "" } }]);
    expect(stringConditions({ inList: [] }, "name")).toEqual([{ name: { in: [] } }]);
  });

  it("places every condition with wrap", () => {
    const wrap = (condition: Record<string, unknown>) => ({ ipAddress: { is: condition } });
    expect(stringConditions({ exact: "a", iContains: "b" }, "address", { wrap })).toEqual([
      { ipAddress: { is: { address: { equals: "a" } } } },
      { ipAddress: { is: { address: { contains: "b", mode: "insensitive" } } } },
    ]);
  });

  it("reads isNull on a column that cannot be null: true matches nothing, false everything", () => {
    expect(stringConditions({ isNull: true }, "name")).toEqual([MATCH_NONE]);
    expect(stringConditions({ isNull: false }, "name")).toEqual([{}]);
  });

  it("asks the column for its isNull condition when it can be null, without wrap", () => {
    const isNull = (value: boolean) => (value ? { ipAddressId: null } : { ipAddressId: { not: null } });
    const wrap = (condition: Record<string, unknown>) => ({ ipAddress: { is: condition } });
    expect(stringConditions({ isNull: true }, "address", { isNull, wrap })).toEqual([{ ipAddressId: null }]);
    expect(stringConditions({ isNull: false }, "address", { isNull, wrap })).toEqual([{ ipAddressId: { not: null } }]);
  });
});

describe("intConditions", () => {
  it("gives one condition per lookup", () => {
    expect(intConditions({ exact: 1, gt: 2, gte: 3, lt: 4, lte: 5, inList: [6, 7] }, "port")).toEqual([
      { port: { equals: 1 } },
      { port: { gt: 2 } },
      { port: { gte: 3 } },
      { port: { lt: 4 } },
      { port: { lte: 5 } },
      { port: { in: [6, 7] } },
    ]);
  });

  it("keeps 0 and skips null", () => {
    expect(intConditions({ exact: 0, gt: null, lt: 0 }, "port")).toEqual([{ port: { equals: 0 } }, { port: { lt: 0 } }]);
    expect(intConditions({}, "port")).toEqual([]);
  });
});

describe("dateTimeConditions", () => {
  it("gives one condition per bound", () => {
    const [a, b, c, d] = ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"].map((day) => new Date(`${day}T00:00:00Z`));
    expect(dateTimeConditions({ gt: a, gte: b, lt: c, lte: d }, "createdAt")).toEqual([
      { createdAt: { gt: a } },
      { createdAt: { gte: b } },
      { createdAt: { lt: c } },
      { createdAt: { lte: d } },
    ]);
    expect(dateTimeConditions({ gt: null }, "createdAt")).toEqual([]);
  });
});

describe("idConditions", () => {
  const typenames = ["ProxmoxEndpoint", "NetboxEndpoint"];

  it("reads a global ID of one of the types, or a bare database id", () => {
    expect(idConditions({ exact: encodeGlobalId("NetboxEndpoint", 12) }, "id", typenames)).toEqual([{ id: 12 }]);
    expect(idConditions({ exact: "12" }, "endpointId", typenames)).toEqual([{ endpointId: 12 }]);
  });

  it("matches nothing for another type's ID or a malformed one", () => {
    expect(idConditions({ exact: encodeGlobalId("Tag", 12) }, "id", typenames)).toEqual([MATCH_NONE]);
    expect(idConditions({ exact: "not an id" }, "id", typenames)).toEqual([MATCH_NONE]);
    expect(idConditions({ exact: "0" }, "id", typenames)).toEqual([MATCH_NONE]);
  });

  it("keeps the IDs of inList that name an object of the types", () => {
    const inList = [encodeGlobalId("ProxmoxEndpoint", 1), "2", encodeGlobalId("Tag", 3), "junk", "2147483648"];
    expect(idConditions({ inList }, "id", typenames)).toEqual([{ id: { in: [1, 2] } }]);
    expect(idConditions({ inList: ["junk"] }, "id", typenames)).toEqual([{ id: { in: [] } }]);
  });

  it("gives both conditions when both lookups are given", () => {
    expect(idConditions({ exact: "1", inList: ["1", "2"] }, "id", typenames)).toEqual([{ id: 1 }, { id: { in: [1, 2] } }]);
    expect(idConditions({ exact: null, inList: null }, "id", typenames)).toEqual([]);
  });
});

describe("choiceConditions", () => {
  it("compares exact and inList", () => {
    expect(choiceConditions({ exact: "CLUSTER", inList: ["STANDALONE", "UNDEFINED"] }, "mode")).toEqual([
      { mode: "CLUSTER" },
      { mode: { in: ["STANDALONE", "UNDEFINED"] } },
    ]);
    expect(choiceConditions({ exact: null }, "mode")).toEqual([]);
    expect(choiceConditions({ inList: [] }, "mode")).toEqual([{ mode: { in: [] } }]);
  });
});

describe("whereFromFilter", () => {
  interface Filter extends LogicalFilter<Filter> {
    n?: IntLookups | null;
    m?: IntLookups | null;
  }
  const spec = { n: (lookups: IntLookups) => intConditions(lookups, "n"), m: (lookups: IntLookups) => intConditions(lookups, "m") };

  it("matches everything for no filter or an empty one", () => {
    expect(whereFromFilter<Filter>(null, spec)).toEqual({});
    expect(whereFromFilter<Filter>(undefined, spec)).toEqual({});
    expect(whereFromFilter<Filter>({}, spec)).toEqual({});
    expect(whereFromFilter<Filter>({ n: null, AND: null, OR: null, NOT: null }, spec)).toEqual({});
  });

  it("puts the conditions of every field together", () => {
    expect(whereFromFilter<Filter>({ n: { gt: 1, lt: 5 }, m: { exact: 2 } }, spec)).toEqual({
      AND: [{ n: { gt: 1 } }, { n: { lt: 5 } }, { m: { equals: 2 } }],
    });
  });

  it("ignores fields the spec does not know", () => {
    expect(whereFromFilter({ n: { exact: 1 }, unknown: { exact: 2 } } as Filter, spec)).toEqual({ AND: [{ n: { equals: 1 } }] });
  });

  it("adds each AND member and the negation of NOT to the fields", () => {
    expect(whereFromFilter<Filter>({ n: { exact: 1 }, AND: [{ m: { exact: 2 } }], NOT: { m: { exact: 3 } } }, spec)).toEqual({
      AND: [{ n: { equals: 1 } }, { AND: [{ m: { equals: 2 } }] }, { NOT: { AND: [{ m: { equals: 3 } }] } }],
    });
  });

  it("drops a NOT that says nothing", () => {
    expect(whereFromFilter<Filter>({ n: { exact: 1 }, NOT: {} }, spec)).toEqual({ AND: [{ n: { equals: 1 } }] });
    expect(whereFromFilter<Filter>({ NOT: { n: null } }, spec)).toEqual({});
  });

  it("makes each OR member an alternative to all the rest", () => {
    // The example of the documentation: "a or b".
    expect(whereFromFilter<Filter>({ n: { exact: 1 }, OR: [{ n: { exact: 2 } }] }, spec)).toEqual({
      OR: [{ AND: [{ n: { equals: 1 } }] }, { AND: [{ n: { equals: 2 } }] }],
    });
  });

  it("gives only the alternatives when nothing else is given, and drops empty ones", () => {
    expect(whereFromFilter<Filter>({ OR: [{ n: { exact: 2 } }, {}] }, spec)).toEqual({ OR: [{ AND: [{ n: { equals: 2 } }] }] });
    expect(whereFromFilter<Filter>({ n: { exact: 1 }, OR: [{}, { m: null }] }, spec)).toEqual({ AND: [{ n: { equals: 1 } }] });
    expect(whereFromFilter<Filter>({ OR: [] }, spec)).toEqual({});
  });

  // The documented logic (strawberry-django's, on Django Q objects): the fields, each AND member
  // and the negation of NOT hold together; each OR member is an alternative to all of that; an
  // empty member adds nothing, as an empty Q() does. Here as a predicate, or EMPTY for Q().
  const EMPTY = "empty" as const;
  type Meaning = typeof EMPTY | ((row: Record<string, number>) => boolean);
  const lookupHolds = (lookups: IntLookups, value: number): boolean[] => [
    ...(lookups.exact != null ? [value === lookups.exact] : []),
    ...(lookups.gt != null ? [value > lookups.gt] : []),
    ...(lookups.gte != null ? [value >= lookups.gte] : []),
    ...(lookups.lt != null ? [value < lookups.lt] : []),
    ...(lookups.lte != null ? [value <= lookups.lte] : []),
    ...(lookups.inList != null ? [lookups.inList.includes(value)] : []),
  ];
  const and = (a: Meaning, b: Meaning): Meaning => (a === EMPTY ? b : b === EMPTY ? a : (row) => a(row) && b(row));
  const or = (a: Meaning, b: Meaning): Meaning => (a === EMPTY ? b : b === EMPTY ? a : (row) => a(row) || b(row));
  const not = (a: Meaning): Meaning => (a === EMPTY ? EMPTY : (row) => !a(row));
  function meaning(filter: Filter): Meaning {
    let all: Meaning = EMPTY;
    for (const field of ["n", "m"] as const) {
      const lookups = filter[field];
      if (!lookups) continue;
      const count = lookupHolds(lookups, 0).length;
      if (count) all = and(all, (row) => lookupHolds(lookups, row[field]!).every(Boolean));
    }
    for (const member of filter.AND ?? []) all = and(all, meaning(member));
    if (filter.NOT) all = and(all, not(meaning(filter.NOT)));
    for (const member of filter.OR ?? []) all = or(all, meaning(member));
    return all;
  }

  const small = fc.integer({ min: 0, max: 3 });
  const lookupsArb = fc.record(
    {
      exact: fc.option(small),
      gt: fc.option(small),
      gte: fc.option(small),
      lt: fc.option(small),
      lte: fc.option(small),
      inList: fc.option(fc.array(small, { maxLength: 3 })),
    },
    { requiredKeys: [] },
  );
  /** Filters nested at most `depth` levels of AND, OR and NOT. */
  const filterAt = (depth: number): fc.Arbitrary<Filter> => {
    // Half the fields null, so that empty members and empty filters are common.
    const half = { freq: 2 };
    const fields = { n: fc.option(lookupsArb, half), m: fc.option(lookupsArb, half) };
    if (depth === 0) return fc.record(fields, { requiredKeys: [] });
    const member = filterAt(depth - 1);
    const members = fc.option(fc.array(member, { maxLength: 2 }), half);
    return fc.record({ ...fields, AND: members, OR: members, NOT: fc.option(member, half) }, { requiredKeys: [] });
  };
  const filterArb = filterAt(3);
  const rows = [0, 1, 2, 3].flatMap((n) => [0, 1, 2, 3].map((m) => ({ n, m })));

  it("selects the rows the documented logic selects", () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        const where = whereFromFilter(filter, spec);
        const expected = meaning(filter);
        expect(rows.map((row) => holds(where, row))).toEqual(rows.map((row) => (expected === EMPTY ? true : expected(row))));
      }),
      { numRuns: 300 },
    );
  });

  // An AND member that says nothing adds nothing, as OR and NOT members do: kept as `{}`, it made
  // `{ n: {exact: 1}, OR: [{ AND: [{}] }] }` match every row (Django: Q(n=1) | Q() is Q(n=1)), and
  // `{ NOT: { AND: [{}] } }` match no row (Django: ~Q() adds nothing).
  it("drops an AND member that says nothing", () => {
    expect(whereFromFilter<Filter>({ n: { exact: 1 }, OR: [{ AND: [{}] }] }, spec)).toEqual({ AND: [{ n: { equals: 1 } }] });
    expect(whereFromFilter<Filter>({ NOT: { AND: [{}] } }, spec)).toEqual({});
  });
});
