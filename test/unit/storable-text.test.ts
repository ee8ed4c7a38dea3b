import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unstorableCharacter } from "../../src/domain/storable-text.js";
import { anyUtf16, storableText } from "./support/arbitraries.js";

describe("unstorableCharacter", () => {
  it("is null for text PostgreSQL can store", () => {
    expect(unstorableCharacter("")).toBeNull();
    expect(unstorableCharacter("plain \t\n text")).toBeNull();
    expect(unstorableCharacter("\u{1F600} pair")).toBeNull();
    expect(unstorableCharacter("\ud83d\ude00")).toBeNull();
    expect(unstorableCharacter("\u0001\u007f\uffff")).toBeNull();
  });

  it("finds a NUL", () => {
    expect(unstorableCharacter("\u0000")).toBe("NUL");
    expect(unstorableCharacter("a\u0000b")).toBe("NUL");
  });

  it("finds a lone surrogate, high or low, anywhere", () => {
    expect(unstorableCharacter("\ud800")).toBe("LONE_SURROGATE");
    expect(unstorableCharacter("a\udc00")).toBe("LONE_SURROGATE");
    expect(unstorableCharacter("\ude00\ud83d")).toBe("LONE_SURROGATE");
    expect(unstorableCharacter("\ud83d\ude00\ud83d")).toBe("LONE_SURROGATE");
  });

  it("reports NUL first when both are there", () => {
    expect(unstorableCharacter("\ud800\u0000")).toBe("NUL");
  });

  it("is null exactly when the text survives UTF-8 and has no NUL", () => {
    fc.assert(
      fc.property(anyUtf16(), (text) => {
        const roundTrips = Buffer.from(text, "utf8").toString("utf8") === text;
        const expected = text.includes("\u0000") ? "NUL" : roundTrips ? null : "LONE_SURROGATE";
        expect(unstorableCharacter(text)).toBe(expected);
      }),
    );
    fc.assert(
      fc.property(storableText(), (text) => {
        expect(unstorableCharacter(text)).toBeNull();
      }),
    );
  });
});
