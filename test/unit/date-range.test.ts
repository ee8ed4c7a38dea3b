import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isStorableTime } from "../../src/domain/date-range.js";

const FIRST = Date.parse("0001-01-01T00:00:00.000Z");
const LAST = Date.parse("9999-12-31T23:59:59.999Z");

describe("isStorableTime", () => {
  it("holds from the first instant of year 1 to the last of year 9999", () => {
    expect(isStorableTime(FIRST)).toBe(true);
    expect(isStorableTime(LAST)).toBe(true);
    expect(isStorableTime(0)).toBe(true);
    expect(isStorableTime(Date.parse("2024-02-29T12:00:00Z"))).toBe(true);
  });

  it("fails one millisecond outside, and for NaN and the infinities", () => {
    expect(isStorableTime(FIRST - 1)).toBe(false);
    expect(isStorableTime(LAST + 1)).toBe(false);
    expect(isStorableTime(NaN)).toBe(false);
    expect(isStorableTime(Infinity)).toBe(false);
    expect(isStorableTime(-Infinity)).toBe(false);
  });

  it("holds exactly for the times toISOString writes with a year from 0001 to 9999", () => {
    const near = (time: number) => fc.integer({ min: time - 100_000, max: time + 100_000 });
    const time = fc.oneof(fc.integer({ min: -8.64e15, max: 8.64e15 }), near(FIRST), near(LAST));
    fc.assert(
      fc.property(time, (time) => {
        const iso = new Date(time).toISOString();
        expect(isStorableTime(time)).toBe(/^\d{4}-/.test(iso) && !iso.startsWith("0000-"));
      }),
    );
  });
});
