// The deliverer's back-off: doubling from the base, bounded, with jitter over the upper half.
import { describe, expect, it } from "vitest";
import { backoffDelayMs } from "../../src/sync/backend-deliverer.js";
import { endpointIdOfName } from "../../src/outbound/backend.js";

const OPTIONS = { backoffBaseMs: 1_000, backoffMaxMs: 300_000 };

describe("backoffDelayMs", () => {
  it("doubles from the base and stops at the bound", () => {
    expect([1, 2, 3, 4].map((attempts) => backoffDelayMs(attempts, OPTIONS, 1))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(backoffDelayMs(9, OPTIONS, 1)).toBe(256_000);
    expect(backoffDelayMs(10, OPTIONS, 1)).toBe(300_000);
    expect(backoffDelayMs(10_000, OPTIONS, 1)).toBe(300_000);
  });

  it("waits at least half the delay, whatever the jitter", () => {
    expect(backoffDelayMs(3, OPTIONS, 0)).toBe(2_000);
    expect(backoffDelayMs(3, OPTIONS, 0.5)).toBe(3_000);
  });
});

describe("endpointIdOfName", () => {
  it("reads the (nb:<id>) suffix only at the end of the name", () => {
    expect(endpointIdOfName("pve (nb:12)")).toBe(12);
    expect(endpointIdOfName("pve (nb:12) copy")).toBeNull();
    expect(endpointIdOfName("pve")).toBeNull();
    expect(endpointIdOfName("(nb:x)")).toBeNull();
  });
});
