import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DOMAIN_MAX_LENGTH, isValidDomain, isValidHost } from "../../src/domain/domain-name.js";

describe("isValidDomain", () => {
  it.each([
    "localhost",
    "pve",
    "pve-1",
    "example.com",
    "pve01.lab.example.com",
    "a.bc",
    "xn--bcher-kva.example",
    "EXAMPLE.COM",
    `${"a".repeat(63)}.com`,
    // The last label has two characters, so this dotted quad is a domain, as upstream.
    "192.168.1.10",
    "123",
  ])("accepts %s", (domain) => {
    expect(isValidDomain(domain)).toBe(true);
  });

  it.each([
    "",
    "-pve",
    "pve-",
    "example.c",
    "10.0.0.1",
    "example.com.",
    ".example.com",
    "exa..mple.com",
    "ex_ample.com",
    "example.com:8006",
    "exa mple.com",
    "ex\u00e4mple.com",
    "example.c-m",
    `${"a".repeat(64)}.com`,
    "a".repeat(64),
    "https://example.com",
  ])("refuses %j", (domain) => {
    expect(isValidDomain(domain)).toBe(false);
  });

  it("leaves the length limit to the caller", () => {
    expect(DOMAIN_MAX_LENGTH).toBe(253);
    const long = `${Array(5).fill("a".repeat(63)).join(".")}.com`;
    expect(long.length).toBeGreaterThan(DOMAIN_MAX_LENGTH);
    expect(isValidDomain(long)).toBe(true);
  });

  it("accepts any dotted name of valid labels", () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
    const top = fc.stringMatching(/^[a-z0-9]{2,6}$/);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), top, (labels, last) => {
        expect(isValidDomain([...labels, last].join("."))).toBe(true);
      }),
    );
  });
});

describe("isValidHost", () => {
  it.each(["example.com", "localhost", "10.0.0.1", "192.0.2.1", "::1", "2001:db8::1", "::ffff:192.0.2.1", "FE80::1"])(
    "accepts %s",
    (host) => {
      expect(isValidHost(host)).toBe(true);
    },
  );

  it.each(["", "[::1]", "fe80::1%eth0", "10.0.0.256.1", "2001:db8::1/64", "10.0.0.1:8006", "exa mple.com", "1.2.3.4.5"])(
    "refuses %j",
    (host) => {
      expect(isValidHost(host)).toBe(false);
    },
  );
});
