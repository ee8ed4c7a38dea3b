import { describe, expect, it } from "vitest";
import { preferredCoding, variesOnAcceptEncoding, varyOnAcceptEncoding } from "../../src/server/content-coding.js";

describe("preferredCoding", () => {
  it.each([
    [null, null],
    ["", null],
    ["gzip, br", "br"],
    ["GZIP, BR", "br"],
    ["br;q=0.5, gzip", "gzip"],
    ["br;q=0.5, gzip;q=0.5", "br"],
    ["gzip;q=0.5", "gzip"],
    ["*", "br"],
    ["*;q=0.1, gzip;q=0.2", "gzip"],
    ["*;q=0", null],
    ["identity", null],
    ["identity;q=1, gzip;q=0.9", null],
    ["br;q=0, gzip;q=0", null],
    ["deflate, zstd", null],
    ["gzip;q=not-a-number, br", "br"],
  ])("%j → %j", (acceptEncoding, coding) => {
    expect(preferredCoding(acceptEncoding)).toBe(coding);
  });

  it("offers only what it is given", () => {
    expect(preferredCoding("br, gzip", ["gzip"])).toBe("gzip");
    expect(preferredCoding("br", ["gzip"])).toBeNull();
  });
});

describe("Vary", () => {
  it("adds Accept-Encoding once, beside what is there", () => {
    const headers = new Headers({ vary: "Origin" });
    varyOnAcceptEncoding(headers);
    varyOnAcceptEncoding(headers);
    expect(headers.get("vary")).toBe("Origin, Accept-Encoding");
    expect(variesOnAcceptEncoding(new Headers({ vary: "origin, accept-encoding" }))).toBe(true);
    expect(variesOnAcceptEncoding(new Headers({ vary: "*" }))).toBe(true);
    expect(variesOnAcceptEncoding(new Headers({ vary: "Accept" }))).toBe(false);
  });
});
