import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIpAddress } from "../../src/domain/ip-address.js";

/** RFC 5952 written out from eight groups, independently of the module (which uses WHATWG URL). */
function rfc5952(groups: readonly number[]): string {
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    const [high, low] = [groups[6]!, groups[7]!];
    return `::ffff:${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  }
  // The first longest run of two or more zero groups becomes "::".
  let [bestStart, bestLength] = [-1, 1];
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === 0) length++;
    if (length > bestLength) [bestStart, bestLength] = [start, length];
  }
  const hex = (part: readonly number[]) => part.map((group) => group.toString(16)).join(":");
  if (bestStart === -1) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLength))}`;
}

/** Eight groups, written in full with random case and leading zeros. */
const spelled = (groups: readonly number[], pad: readonly boolean[], upper: readonly boolean[]) =>
  groups
    .map((group, index) => {
      const text = pad[index] ? group.toString(16).padStart(4, "0") : group.toString(16);
      return upper[index] ? text.toUpperCase() : text;
    })
    .join(":");

// Zero groups are common, so that runs of them are.
const group = fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 0xffff }));
const groups = fc.array(group, { minLength: 8, maxLength: 8 });
const flags = fc.array(fc.boolean(), { minLength: 8, maxLength: 8 });
const mapped = fc
  .tuple(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0xffff }))
  .map(([high, low]) => [0, 0, 0, 0, 0, 0xffff, high, low]);

describe("parseIpAddress, IPv4", () => {
  it("keeps the prefix length, or adds /32", () => {
    expect(parseIpAddress("192.0.2.10/24")).toEqual({ address: "192.0.2.10/24", family: 4 });
    expect(parseIpAddress("192.0.2.10")).toEqual({ address: "192.0.2.10/32", family: 4 });
    expect(parseIpAddress("0.0.0.0/0")).toEqual({ address: "0.0.0.0/0", family: 4 });
    expect(parseIpAddress("  10.0.0.1/8 ")).toEqual({ address: "10.0.0.1/8", family: 4 });
  });

  it("writes the prefix length without leading zeros", () => {
    expect(parseIpAddress("192.0.2.10/024")).toEqual({ address: "192.0.2.10/24", family: 4 });
  });

  it.each([
    "192.0.2.10/33",
    "192.0.2.10/",
    "192.0.2.10/-1",
    "192.0.2.10/2.5",
    "192.0.2.10/1000",
    "192.0.2.10/24/8",
    "192.0.2.256",
    "192.0.2",
    "192.168.01.1",
    "",
    "/24",
    "example.com/24",
    "192.0.2.10 /24",
  ])("refuses %j", (text) => {
    expect(parseIpAddress(text)).toBeNull();
  });
});

describe("parseIpAddress, IPv6", () => {
  it("adds /128 and keeps a prefix length up to 128", () => {
    expect(parseIpAddress("2001:db8::1")).toEqual({ address: "2001:db8::1/128", family: 6 });
    expect(parseIpAddress("2001:db8::1/64")).toEqual({ address: "2001:db8::1/64", family: 6 });
    expect(parseIpAddress("::/0")).toEqual({ address: "::/0", family: 6 });
    expect(parseIpAddress("2001:db8::1/129")).toBeNull();
  });

  it.each([
    ["2001:DB8::1", "2001:db8::1"],
    ["2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
    ["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
    ["2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"],
    ["1:0:0:2:0:0:0:3", "1:0:0:2::3"],
    ["0:0:0:0:0:0:0:0", "::"],
    ["0:0:0:0:0:0:0:1", "::1"],
    ["fe80:0:0:0:0:0:0:0", "fe80::"],
    ["2001:db8::192.0.2.1", "2001:db8::c000:201"],
    ["::ffff:192.0.2.1", "::ffff:192.0.2.1"],
    ["::ffff:c000:0201", "::ffff:192.0.2.1"],
    ["0:0:0:0:0:FFFF:C000:0201", "::ffff:192.0.2.1"],
    ["::ffff:0:0", "::ffff:0.0.0.0"],
    ["::ffff:0:192.0.2.1", "::ffff:0:c000:201"],
    ["64:ff9b::192.0.2.1", "64:ff9b::c000:201"],
  ])("writes %s as %s (RFC 5952)", (text, canonical) => {
    expect(parseIpAddress(text)).toEqual({ address: `${canonical}/128`, family: 6 });
  });

  it.each(["fe80::1%eth0", "[::1]", "2001:db8:::1", "2001:db8::1::2", "1:2:3:4:5:6:7:8:9", "gggg::1", "::1/64/8", "::1/ 64"])(
    "refuses %j",
    (text) => {
      expect(parseIpAddress(text)).toBeNull();
    },
  );

  it("writes every address in its RFC 5952 form, however it is spelled", () => {
    fc.assert(
      fc.property(fc.oneof(groups, mapped), flags, flags, fc.option(fc.integer({ min: 0, max: 128 })), (value, pad, upper, prefix) => {
        const text = spelled(value, pad, upper) + (prefix === null ? "" : `/${prefix}`);
        expect(parseIpAddress(text)).toEqual({ address: `${rfc5952(value)}/${prefix ?? 128}`, family: 6 });
      }),
      { numRuns: 300 },
    );
  });

  it("is idempotent: a canonical address parses to itself", () => {
    const address = fc.oneof(
      fc.tuple(fc.oneof(groups, mapped), flags, flags).map(([value, pad, upper]) => spelled(value, pad, upper)),
      fc.ipV6(),
      fc.ipV4(),
      fc.ipV4Extended(),
    );
    fc.assert(
      fc.property(address, fc.option(fc.integer({ min: 0, max: 32 })), (text, prefix) => {
        const parsed = parseIpAddress(prefix === null ? text : `${text}/${prefix}`);
        if (parsed === null) return;
        expect(parseIpAddress(parsed.address)).toEqual(parsed);
      }),
    );
  });

  it("parses every address fast-check can spell", () => {
    fc.assert(
      fc.property(fc.ipV6(), (text) => {
        expect(parseIpAddress(text)?.family).toBe(6);
      }),
    );
    fc.assert(
      fc.property(fc.ipV4(), (text) => {
        expect(parseIpAddress(text)).toEqual({ address: `${text}/32`, family: 4 });
      }),
    );
  });

  it("never throws", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.ipV6().map((text) => `${text}%x`),
          fc.stringMatching(/^[0-9a-f:./%]{0,45}$/),
        ),
        (text) => {
          const parsed = parseIpAddress(text);
          if (parsed) expect(parsed.address).toMatch(/\/\d{1,3}$/);
        },
      ),
    );
  });
});
