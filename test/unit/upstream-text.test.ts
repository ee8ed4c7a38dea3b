import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { upstreamText } from "../../src/outbound/upstream-text.js";
import { unstorableCharacter } from "../../src/domain/storable-text.js";
import { anyUtf16 } from "./support/arbitraries.js";

describe("upstreamText", () => {
  it("is empty for anything but a string", () => {
    for (const value of [undefined, null, 8, true, ["7.4"], { version: "7.4" }]) expect(upstreamText(value, 20)).toBe("");
  });

  it("keeps ordinary text as sent", () => {
    expect(upstreamText("7.4-3", 20)).toBe("7.4-3");
    expect(upstreamText("pve-manager/8.2 \u{1F600}", 40)).toBe("pve-manager/8.2 \u{1F600}");
  });

  it("turns controls into spaces, collapses white space and trims", () => {
    expect(upstreamText("  a\r\nforged: line\u0000b\u001bc\u007fd\u0085e\u009ff \t ", 100)).toBe("a forged: line b c d e f");
    expect(upstreamText("a\u2028b\u00a0c", 100)).toBe("a b c");
    expect(upstreamText("\u0000\u0001 \n", 100)).toBe("");
  });

  it("turns lone surrogates into spaces and keeps pairs", () => {
    expect(upstreamText("a\ud800b\udc00c\ud83d\ude00d", 100)).toBe("a b c\ud83d\ude00d");
    expect(upstreamText("\ude00\ud83d", 100)).toBe("");
  });

  it("keeps at most max characters, trimmed again", () => {
    expect(upstreamText("abcdefgh", 5)).toBe("abcde");
    expect(upstreamText("abcd efgh", 5)).toBe("abcd");
    expect(upstreamText("abc", 0)).toBe("");
  });

  it("does not cut a surrogate pair in two", () => {
    expect(upstreamText("abcd\u{1F600}", 5)).toBe("abcd");
    expect(upstreamText("abc\u{1F600}", 5)).toBe("abc\u{1F600}");
    expect(upstreamText("\u{1F600}\u{1F600}\u{1F600}", 5)).toBe("\u{1F600}\u{1F600}");
  });

  it("reads only the first 4 × max characters of a long body", () => {
    expect(upstreamText(`${" ".repeat(40)}message`, 10)).toBe("");
    expect(upstreamText(`${"x".repeat(100_000)}\u0000`, 10)).toBe("x".repeat(10));
  });

  const max = fc.integer({ min: 0, max: 40 });
  it("always gives storable, single-spaced, trimmed text of at most max characters", () => {
    fc.assert(
      fc.property(anyUtf16({ maxLength: 80 }), max, (value, limit) => {
        const text = upstreamText(value, limit);
        expect(text.length).toBeLessThanOrEqual(limit);
        expect(unstorableCharacter(text)).toBeNull();
        // eslint-disable-next-line no-control-regex -- matching control characters is the point
        expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]|\s\s|^\s|\s$/);
      }),
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(anyUtf16({ maxLength: 80 }), max, (value, limit) => {
        const once = upstreamText(value, limit);
        expect(upstreamText(once, limit)).toBe(once);
      }),
    );
  });

  it("keeps a prefix of the cleaned text", () => {
    fc.assert(
      fc.property(anyUtf16({ maxLength: 40 }), max, (value, limit) => {
        const whole = upstreamText(value, 1000);
        expect(whole.startsWith(upstreamText(value, limit))).toBe(true);
      }),
    );
  });
});
