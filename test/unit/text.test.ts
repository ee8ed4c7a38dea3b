import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkStorable, checkText, optionalText, requiredText } from "../../src/domain/text.js";
import { UserErrors } from "../../src/domain/user-errors.js";
import { anyUtf16 } from "./support/arbitraries.js";

describe("checkStorable", () => {
  it("is true and silent for storable text", () => {
    const errors = new UserErrors();
    expect(checkStorable(errors, "name", "pve \u{1F600}")).toBe(true);
    expect(errors.list).toEqual([]);
  });

  it("refuses NUL and lone surrogates, labelled by the field path", () => {
    const errors = new UserErrors();
    expect(checkStorable(errors, "name", "a\u0000")).toBe(false);
    expect(checkStorable(errors, ["customFields", "rack"], "\ud800")).toBe(false);
    expect(checkStorable(errors, "token", "\u0000", "The token")).toBe(false);
    expect(errors.list).toEqual([
      { field: ["name"], code: "INVALID", message: "The name field must not contain NUL characters." },
      {
        field: ["customFields", "rack"],
        code: "INVALID",
        message: "The customFields.rack field must be valid Unicode text (it has an unpaired surrogate).",
      },
      { field: ["token"], code: "INVALID", message: "The token must not contain NUL characters." },
    ]);
  });
});

describe("checkText", () => {
  it("accepts text up to its limit", () => {
    const errors = new UserErrors();
    expect(checkText(errors, "name", "abc", 3)).toBe(true);
    expect(checkText(errors, "name", "", 0)).toBe(true);
    expect(errors.empty).toBe(true);
  });

  it("refuses longer text, saying how long it is", () => {
    const errors = new UserErrors();
    expect(checkText(errors, "name", "abcd", 3)).toBe(false);
    expect(checkText(errors, "description", "x".repeat(201), 200, "The description")).toBe(false);
    expect(errors.list).toEqual([
      { field: ["name"], code: "TOO_LONG", message: "The name field must be at most 3 characters (it has 4)." },
      { field: ["description"], code: "TOO_LONG", message: "The description must be at most 200 characters (it has 201)." },
    ]);
  });

  it("reports an unstorable text once, not also as too long", () => {
    const errors = new UserErrors();
    expect(checkText(errors, "name", "\u0000".repeat(10), 3)).toBe(false);
    expect(errors.list.map((error) => error.code)).toEqual(["INVALID"]);
  });
});

describe("requiredText", () => {
  it("trims and returns the text", () => {
    const errors = new UserErrors();
    expect(requiredText(errors, "name", "  pve  ", 10)).toBe("pve");
    expect(errors.empty).toBe(true);
  });

  it("refuses blank, null and absent values as BLANK", () => {
    const errors = new UserErrors();
    expect(requiredText(errors, "name", "  \t\n ", 10)).toBe("");
    expect(requiredText(errors, "name", null, 10, "The name")).toBe("");
    expect(requiredText(errors, "name", undefined, 10)).toBe("");
    expect(errors.list).toEqual([
      { field: ["name"], code: "BLANK", message: "The name field must not be blank." },
      { field: ["name"], code: "BLANK", message: "The name must not be blank." },
      { field: ["name"], code: "BLANK", message: "The name field must not be blank." },
    ]);
  });

  it("measures the trimmed text against the limit", () => {
    const errors = new UserErrors();
    expect(requiredText(errors, "name", "  abc  ", 3)).toBe("abc");
    expect(requiredText(errors, "name", " abcd ", 3)).toBe("abcd");
    expect(errors.list).toEqual([
      { field: ["name"], code: "TOO_LONG", message: "The name field must be at most 3 characters (it has 4)." },
    ]);
  });
});

describe("optionalText", () => {
  it("makes null and absent the empty string, and trims", () => {
    const errors = new UserErrors();
    expect(optionalText(errors, "description", null, 10)).toBe("");
    expect(optionalText(errors, "description", undefined, 10)).toBe("");
    expect(optionalText(errors, "description", "   ", 10)).toBe("");
    expect(optionalText(errors, "description", " lab ", 10)).toBe("lab");
    expect(errors.empty).toBe(true);
  });

  it("refuses text too long or unstorable", () => {
    const errors = new UserErrors();
    optionalText(errors, "description", "abcd", 3, "The description");
    optionalText(errors, "description", "a\u0000", 3);
    expect(errors.list).toEqual([
      { field: ["description"], code: "TOO_LONG", message: "The description must be at most 3 characters (it has 4)." },
      { field: ["description"], code: "INVALID", message: "The description field must not contain NUL characters." },
    ]);
  });
});

describe("messages", () => {
  it("never quote the value", () => {
    fc.assert(
      fc.property(
        anyUtf16().map((text) => ` SECRET${text} `),
        fc.nat({ max: 20 }),
        (value, max) => {
          const errors = new UserErrors();
          requiredText(errors, "name", value, max);
          optionalText(errors, "description", value, max);
          for (const error of errors.list) expect(error.message).not.toContain("SECRET");
        },
      ),
    );
  });

  it("are given exactly when the trimmed value is blank, unstorable or too long", () => {
    fc.assert(
      fc.property(anyUtf16({ maxLength: 12 }), fc.nat({ max: 8 }), (value, max) => {
        const errors = new UserErrors();
        const trimmed = requiredText(errors, "name", value, max);
        expect(trimmed).toBe(value.trim());
        const storable = !trimmed.includes("\u0000") && Buffer.from(trimmed, "utf8").toString("utf8") === trimmed;
        const expected = !trimmed ? ["BLANK"] : !storable ? ["INVALID"] : trimmed.length > max ? ["TOO_LONG"] : [];
        expect(errors.list.map((error) => error.code)).toEqual(expected);
      }),
    );
  });
});
