import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkCustomFields,
  CUSTOM_FIELD_VALUE_MAX_DEPTH,
  CUSTOM_FIELDS_MAX_BYTES,
  CUSTOM_FIELDS_MAX_KEYS,
} from "../../src/domain/custom-fields.js";
import { type UserError, UserErrors } from "../../src/domain/user-errors.js";
import { anyUtf16 } from "./support/arbitraries.js";

function problems(value: Record<string, unknown>): UserError[] {
  const errors = new UserErrors();
  checkCustomFields(errors, value);
  return errors.list;
}

const KEY_NAMES = "Each key of the customFields object must be a custom field name: 1 to 50 letters, digits and single underscores.";
const TOO_DEEP = "Values in the customFields object may nest objects and arrays at most 4 levels deep.";
/** An object or array nested `levels` deep around 1: nest(1) is [1]. */
function nest(levels: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < levels; level++) value = [value];
  return value;
}

describe("checkCustomFields", () => {
  it("has the documented bounds", () => {
    expect([CUSTOM_FIELDS_MAX_KEYS, CUSTOM_FIELD_VALUE_MAX_DEPTH, CUSTOM_FIELDS_MAX_BYTES]).toEqual([50, 4, 16384]);
  });

  it("accepts NetBox-like custom fields", () => {
    expect(problems({})).toEqual([]);
    expect(problems({ rack: "R1", units: [1, 2, { side: "front" }], owner_2: null, active: true, weight: 1.5 })).toEqual([]);
    expect(problems({ ["a".repeat(50)]: 1, a_b_c: 2, _x: 3, x_: 4, A9: 5 })).toEqual([]);
  });

  it("refuses more than 50 keys in one error", () => {
    const value = Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`f${index}`, "\u0000"]));
    expect(problems(value)).toEqual([
      { field: ["customFields"], code: "TOO_LONG", message: "The customFields object may have at most 50 keys (it has 51)." },
    ]);
    expect(problems(Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`f${index}`, 1])))).toEqual([]);
  });

  it.each(["", "a-b", "a b", "a__b", "a.b", "é", "a".repeat(51)])("refuses the key %j, at its path", (key) => {
    expect(problems({ [key]: 1 })).toEqual([{ field: ["customFields", key], code: "INVALID", message: KEY_NAMES }]);
  });

  it("refuses a key the database cannot store, before its name", () => {
    expect(problems({ "a\u0000": 1 })).toEqual([
      { field: ["customFields", "a\u0000"], code: "INVALID", message: "A customFields key must not contain NUL characters." },
    ]);
    expect(problems({ "a\ud800": 1 })).toEqual([
      {
        field: ["customFields", "a\ud800"],
        code: "INVALID",
        message: "A customFields key must be valid Unicode text (it has an unpaired surrogate).",
      },
    ]);
  });

  it("refuses text the database cannot store anywhere in a value, at its path", () => {
    expect(problems({ rack: { rows: ["ok", "b\u0000"], "n\u0000": 1 }, site: "\udfff" })).toEqual([
      { field: ["customFields", "rack", "rows", "1"], code: "INVALID", message: "A customFields value must not contain NUL characters." },
      { field: ["customFields", "rack", "n\u0000"], code: "INVALID", message: "A customFields key must not contain NUL characters." },
      {
        field: ["customFields", "site"],
        code: "INVALID",
        message: "A customFields value must be valid Unicode text (it has an unpaired surrogate).",
      },
    ]);
  });

  it("accepts nesting 4 levels deep and refuses a fifth", () => {
    expect(problems({ a: nest(4), b: { c: { d: { e: { f: "deep" } } } } })).toEqual([]);
    expect(problems({ a: nest(5) })).toEqual([{ field: ["customFields", "a", "0", "0", "0", "0"], code: "INVALID", message: TOO_DEEP }]);
    expect(problems({ b: { c: { d: { e: { f: { g: 1 } } } } } })).toEqual([
      { field: ["customFields", "b", "c", "d", "e", "f"], code: "INVALID", message: TOO_DEEP },
    ]);
  });

  it("stops the walk at the depth limit, however deep the value", () => {
    expect(problems({ a: nest(10_000) })).toEqual([
      { field: ["customFields", "a", "0", "0", "0", "0"], code: "INVALID", message: TOO_DEEP },
    ]);
  });

  it("reports at most 20 problems", () => {
    expect(problems({ a: Array(1000).fill("\u0000") })).toHaveLength(20);
    const badKeys = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`bad-${index}`, 1]));
    const list = problems(badKeys);
    expect(list).toHaveLength(20);
    expect(list[19]!.field).toEqual(["customFields", "bad-19"]);
  });

  it("counts 20 problems for this input alone", () => {
    const errors = new UserErrors();
    for (let index = 0; index < 5; index++) errors.add("name", "BLANK", "The name field must not be blank.");
    checkCustomFields(errors, { a: Array(100).fill("\u0000") });
    expect(errors.list).toHaveLength(25);
  });

  it("refuses more than 16 KiB of JSON, counted in UTF-8", () => {
    // {"a":"…"} is 8 bytes around the text.
    expect(problems({ a: "x".repeat(16376) })).toEqual([]);
    expect(problems({ a: "x".repeat(16377) })).toEqual([
      { field: ["customFields"], code: "TOO_LONG", message: "The customFields object must be at most 16384 bytes as JSON (it has 16385)." },
    ]);
    expect(problems({ a: "é".repeat(8188) })).toEqual([]);
    expect(problems({ a: "é".repeat(8189) })[0]?.message).toBe(
      "The customFields object must be at most 16384 bytes as JSON (it has 16386).",
    );
  });

  it("measures the size only when everything else holds", () => {
    expect(problems({ a: "x".repeat(20000), "b-c": 1 })).toEqual([{ field: ["customFields", "b-c"], code: "INVALID", message: KEY_NAMES }]);
  });

  it("never quotes a key or a value", () => {
    const secret = anyUtf16().map((text) => `SECRET${text}`);
    fc.assert(
      fc.property(fc.dictionary(secret, fc.oneof(secret, fc.array(secret)), { maxKeys: 5 }), (value) => {
        for (const problem of problems(value)) expect(problem.message).not.toContain("SECRET");
      }),
    );
  });
});
