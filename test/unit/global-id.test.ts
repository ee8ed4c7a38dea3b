import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { databaseIdOf, decodeGlobalId, encodeGlobalId } from "../../src/domain/global-id.js";
import { anyUtf16, unicodeText } from "./support/arbitraries.js";

const NOTHING = { typename: "", id: "" };
const typename = fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,20}$/);
const databaseId = fc.integer({ min: 1, max: 2147483647 });

describe("encodeGlobalId", () => {
  it("is base64 of typename:id, as Pothos encodes it", () => {
    expect(encodeGlobalId("ProxmoxEndpoint", 1)).toBe("UHJveG1veEVuZHBvaW50OjE=");
    expect(encodeGlobalId("Tag", "12")).toBe(Buffer.from("Tag:12").toString("base64"));
    expect(encodeGlobalId("Tag", 12n)).toBe(encodeGlobalId("Tag", 12));
  });
});

describe("decodeGlobalId", () => {
  it("reads the typename and the id", () => {
    expect(decodeGlobalId("UHJveG1veEVuZHBvaW50OjE=")).toEqual({ typename: "ProxmoxEndpoint", id: "1" });
  });

  it("splits at the first colon: the id may hold more", () => {
    expect(decodeGlobalId(Buffer.from("Tag:a:b").toString("base64"))).toEqual({ typename: "Tag", id: "a:b" });
    expect(decodeGlobalId(Buffer.from("Tag:").toString("base64"))).toEqual({ typename: "Tag", id: "" });
  });

  it("round-trips any typename without a colon and any id", () => {
    fc.assert(
      fc.property(typename, unicodeText(), (name, id) => {
        expect(decodeGlobalId(encodeGlobalId(name, id))).toEqual({ typename: name, id });
      }),
    );
  });

  it.each([
    ["an empty string", ""],
    ["text without a colon", Buffer.from("ProxmoxEndpoint1").toString("base64")],
    ["an empty typename", Buffer.from(":1").toString("base64")],
    ["base64 without its padding", "UHJveG1veEVuZHBvaW50OjE"],
    ["base64url", Buffer.from("Tag:>>?").toString("base64url")],
    ["base64 with a space", "UHJveG1veEVuZHBv aW50OjE="],
    ["a bare database id", "12"],
    ["bytes that are not UTF-8", Buffer.from([0x54, 0x3a, 0xff]).toString("base64")],
    ["not base64 at all", "!!!"],
  ])("names nothing for %s", (_, input) => {
    expect(decodeGlobalId(input)).toEqual(NOTHING);
  });

  it("never throws, and anything it reads encodes back to the input", () => {
    const input = fc.oneof(
      anyUtf16(),
      fc.base64String(),
      anyUtf16().map((text) => Buffer.from(text, "utf8").toString("base64")),
    );
    fc.assert(
      fc.property(input, (globalId) => {
        const decoded = decodeGlobalId(globalId);
        if (decoded.typename === "") expect(decoded).toEqual(NOTHING);
        else expect(encodeGlobalId(decoded.typename, decoded.id)).toBe(globalId);
      }),
    );
  });
});

describe("databaseIdOf", () => {
  const typenames = ["ProxmoxEndpoint", "NetboxEndpoint"];

  it("reads a global ID of one of the types", () => {
    expect(databaseIdOf(encodeGlobalId("NetboxEndpoint", 42), typenames)).toBe(42);
    expect(databaseIdOf(encodeGlobalId("ProxmoxEndpoint", 2147483647), typenames)).toBe(2147483647);
  });

  it("reads a bare decimal id, whatever the types", () => {
    expect(databaseIdOf("42", typenames)).toBe(42);
    expect(databaseIdOf("42", [])).toBe(42);
    expect(databaseIdOf("2147483647", [])).toBe(2147483647);
  });

  it.each([
    ["another type's ID", encodeGlobalId("Tag", 42)],
    ["id 0", "0"],
    ["a leading zero", "042"],
    ["a negative id", "-1"],
    ["an id past int4", "2147483648"],
    ["eleven digits", "10000000000"],
    ["spaces", " 42"],
    ["a fraction", "4.2"],
    ["an exponent", "4e2"],
    ["a global ID whose id is not decimal", encodeGlobalId("ProxmoxEndpoint", "abc")],
    ["a global ID whose id is past int4", encodeGlobalId("ProxmoxEndpoint", "2147483648")],
    ["a global ID whose id has a leading zero", encodeGlobalId("ProxmoxEndpoint", "01")],
    ["a global ID without its padding", "UHJveG1veEVuZHBvaW50OjE"],
    ["empty", ""],
  ])("names nothing for %s", (_, input) => {
    expect(databaseIdOf(input, typenames)).toBeNull();
  });

  it("names nothing for a global ID when no type is asked for", () => {
    expect(databaseIdOf(encodeGlobalId("ProxmoxEndpoint", 42), [])).toBeNull();
  });

  it("round-trips every id in range", () => {
    fc.assert(
      fc.property(typename, databaseId, (name, id) => {
        expect(databaseIdOf(encodeGlobalId(name, id), [name])).toBe(id);
        expect(databaseIdOf(String(id), [name])).toBe(id);
      }),
    );
  });

  it("never throws, and is null or an id in range", () => {
    fc.assert(
      fc.property(fc.oneof(anyUtf16(), fc.base64String()), (input) => {
        const id = databaseIdOf(input, typenames);
        if (id !== null) expect(Number.isInteger(id) && id >= 1 && id <= 2147483647).toBe(true);
      }),
    );
  });
});
