import fc from "fast-check";
import { GraphQLError, GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString, GraphQLID } from "graphql";
import { describe, expect, it } from "vitest";
import {
  argumentSize,
  badArgument,
  checkArgumentsOfQueries,
  checkQueryArguments,
  FILTER_BOUNDS,
  textProblem,
} from "../../src/schema/query-arguments.js";
import { anyUtf16 } from "./support/arbitraries.js";

/** The error checkQueryArguments throws, or undefined. */
function refusal(args: Record<string, unknown>): GraphQLError | undefined {
  try {
    checkQueryArguments(args);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  return undefined;
}

const values = (count: number) => Array.from({ length: count }, (_, index) => `v${index}`);
/** `{ NOT: { NOT: … { name: { exact: "a" } } } }`, `levels` NOTs deep. */
const nots = (levels: number): Record<string, unknown> => (levels === 0 ? { name: { exact: "a" } } : { NOT: nots(levels - 1) });
/** `{ AND: [{ AND: [ … ] }] }`, `levels` ANDs deep. */
const ands = (levels: number): Record<string, unknown> => (levels === 0 ? { name: { exact: "a" } } : { AND: [ands(levels - 1)] });

describe("FILTER_BOUNDS", () => {
  it("are the documented limits", () => {
    expect(FILTER_BOUNDS).toEqual({ listValues: 100, logicalMembers: 20, nesting: 10, total: 500, textLength: 1000 });
  });
});

describe("badArgument", () => {
  it("is BAD_USER_INPUT naming the argument path", () => {
    const error = badArgument("filter.name", "must be short.");
    expect(error.message).toBe("filter.name: must be short.");
    expect(error.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "filter.name" });
  });
});

describe("argumentSize", () => {
  it("counts values and input objects", () => {
    expect(argumentSize(null)).toBe(0);
    expect(argumentSize(undefined)).toBe(0);
    expect(argumentSize("a")).toBe(1);
    expect(argumentSize(0)).toBe(1);
    expect(argumentSize(false)).toBe(1);
    expect(argumentSize(new Date(0))).toBe(1);
    expect(argumentSize([])).toBe(0);
    expect(argumentSize(["a", "b", null])).toBe(2);
    expect(argumentSize({})).toBe(1);
    expect(argumentSize({ a: null })).toBe(1);
    expect(argumentSize({ name: { exact: "a", inList: ["b", "c"] }, AND: [{ port: { gt: 1 } }] })).toBe(8);
  });

  it("adds up over the parts of an object", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5 }), (object) => {
        const parts = Object.values(object).reduce((sum: number, value) => sum + argumentSize(value), 0);
        expect(argumentSize(object)).toBe(1 + parts);
      }),
    );
  });
});

describe("textProblem", () => {
  it("accepts text up to the limit", () => {
    expect(textProblem("")).toBeNull();
    expect(textProblem("x".repeat(1000))).toBeNull();
    expect(textProblem("\u{1F600}")).toBeNull();
  });

  it("names the problem without the text", () => {
    expect(textProblem("x".repeat(1001))).toBe("must be at most 1000 characters.");
    expect(textProblem("a\u0000b")).toBe("must not contain a NUL character.");
    expect(textProblem("a\udc00b")).toBe("must not contain a lone UTF-16 surrogate.");
  });

  it("counts UTF-16 code units", () => {
    expect(textProblem("\u{1F600}".repeat(500))).toBeNull();
    expect(textProblem(`${"\u{1F600}".repeat(500)}x`)).toBe("must be at most 1000 characters.");
  });
});

describe("checkQueryArguments", () => {
  it("accepts arguments within every bound", () => {
    expect(refusal({ first: 10, filter: { name: { inList: values(100) }, AND: Array(20).fill({ port: { gt: 1 } }) } })).toBeUndefined();
    expect(refusal({ filter: nots(10) })).toBeUndefined();
    expect(refusal({ filter: ands(10) })).toBeUndefined();
    expect(refusal({})).toBeUndefined();
    expect(refusal({ filter: null, tag: undefined })).toBeUndefined();
  });

  it("refuses a list of more than 100 values", () => {
    const error = refusal({ filter: { name: { inList: values(101) } } });
    expect(error?.message).toBe("filter.name.inList: at most 100 values are allowed.");
    expect(error?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "filter.name.inList" });
    expect(refusal({ tag: values(101) })?.message).toBe("tag: at most 100 values are allowed.");
  });

  it("refuses an AND or OR of more than 20 members", () => {
    expect(refusal({ filter: { AND: Array(21).fill({}) } })?.message).toBe("filter.AND: at most 20 members are allowed.");
    expect(refusal({ filter: { AND: [{ OR: Array(21).fill({}) }] } })?.message).toBe("filter.AND[0].OR: at most 20 members are allowed.");
    // A list that only ends in "AND" is no logical list.
    expect(refusal({ filter: { BAND: Array(21).fill("x") } })).toBeUndefined();
  });

  it("refuses more than 10 levels of NOT, AND and OR", () => {
    expect(refusal({ filter: nots(11) })?.message).toBe(`filter${".NOT".repeat(11)}: at most 10 levels of AND, OR and NOT are allowed.`);
    expect(refusal({ filter: ands(11) })?.message).toBe(`filter${".AND[0]".repeat(11)}: at most 10 levels of AND, OR and NOT are allowed.`);
    const mixed = { OR: [{ NOT: { AND: [nots(8)] } }] };
    expect(refusal({ filter: mixed })?.message).toBe(
      `filter.OR[0].NOT.AND[0]${".NOT".repeat(8)}: at most 10 levels of AND, OR and NOT are allowed.`,
    );
    expect(refusal({ filter: { OR: [{ NOT: { AND: [nots(7)] } }] } })).toBeUndefined();
  });

  it("refuses more than 500 values and conditions in one argument, naming the argument", () => {
    // The filter 1, four lists of 100 (1 + 100 each) and one of 94 (1 + 94): 500 in all.
    const fields = (last: number) => ({ a: values(100), b: values(100), c: values(100), d: values(100), e: values(last) });
    expect(refusal({ filter: fields(94) })).toBeUndefined();
    const error = refusal({ filter: fields(95) });
    expect(error?.message).toBe("filter: at most 500 values and conditions are allowed in all.");
    expect(error?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "filter" });
  });

  it("counts each argument on its own", () => {
    const many = { a: values(100), b: values(100), c: values(100), d: values(100) };
    expect(refusal({ filter: many, other: many })).toBeUndefined();
  });

  it("refuses text the database cannot hold, at its path", () => {
    expect(refusal({ filter: { name: { exact: "x".repeat(1001) } } })?.message).toBe("filter.name.exact: must be at most 1000 characters.");
    expect(refusal({ filter: { name: { inList: ["ok", "a\u0000"] } } })?.message).toBe(
      "filter.name.inList[1]: must not contain a NUL character.",
    );
    expect(refusal({ q: "\ud800" })?.message).toBe("q: must not contain a lone UTF-16 surrogate.");
  });

  it("refuses dates outside years 1 to 9999", () => {
    expect(
      refusal({ filter: { createdAt: { gt: new Date("0001-01-01T00:00:00Z"), lt: new Date("9999-12-31T23:59:59.999Z") } } }),
    ).toBeUndefined();
    expect(refusal({ filter: { createdAt: { gt: new Date(Date.UTC(10000, 0, 1)) } } })?.message).toBe(
      "filter.createdAt.gt: must be a date from year 1 to year 9999.",
    );
    expect(refusal({ filter: { createdAt: { lt: new Date(-62135596800001) } } })?.message).toBe(
      "filter.createdAt.lt: must be a date from year 1 to year 9999.",
    );
    expect(refusal({ at: new Date(NaN) })?.message).toBe("at: must be a date from year 1 to year 9999.");
  });

  it("leaves IDs and cursors to their own checks", () => {
    expect(refusal({ id: "x".repeat(5000), ids: values(1000), after: "\u0000", before: "\ud800" })).toBeUndefined();
  });

  it("never quotes a value it refuses", () => {
    const secret = anyUtf16({ minLength: 1 }).map((text) => `SECRET${text}`);
    fc.assert(
      fc.property(secret, fc.nat({ max: 1200 }), (text, padding) => {
        const error = refusal({ filter: { name: { exact: text + "x".repeat(padding) } } });
        if (error) expect(error.message).not.toContain("SECRET");
      }),
    );
  });
});

describe("checkArgumentsOfQueries", () => {
  const calls: unknown[] = [];
  const resolve = (_root: unknown, args: unknown) => {
    calls.push(args);
    return "ok";
  };
  const build = () =>
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: "Query",
        fields: {
          search: { type: GraphQLString, args: { tag: { type: new GraphQLList(GraphQLString) } }, resolve },
          node: { type: GraphQLString, args: { id: { type: GraphQLID } }, resolve },
          page: { type: GraphQLString, args: { first: { type: GraphQLInt }, after: { type: GraphQLString } }, resolve },
          plain: { type: GraphQLString },
        },
      }),
    });

  it("checks the arguments of a query field before its resolver", () => {
    const schema = checkArgumentsOfQueries(build());
    const search = schema.getQueryType()!.getFields().search!;
    calls.length = 0;
    expect(search.resolve!(null, { tag: ["a"] }, {}, {} as never)).toBe("ok");
    expect(calls).toEqual([{ tag: ["a"] }]);
    expect(() => search.resolve!(null, { tag: values(101) }, {}, {} as never)).toThrow("tag: at most 100 values are allowed.");
    expect(calls).toHaveLength(1);
  });

  it("leaves fields whose arguments are all checked elsewhere, or that have no resolver", () => {
    const schema = build();
    const fields = schema.getQueryType()!.getFields();
    const [node, page, plain] = [fields.node!.resolve, fields.page!.resolve, fields.plain!.resolve];
    checkArgumentsOfQueries(schema);
    expect(fields.node!.resolve).toBe(node);
    expect(fields.page!.resolve).not.toBe(page);
    expect(fields.plain!.resolve).toBe(plain);
  });
});
