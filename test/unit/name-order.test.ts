import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FOLD_FROM, FOLD_TO, KEY_END, LIGATURES, nameSortKey } from "../../src/domain/name-order.js";
import { storableText } from "./support/arbitraries.js";

/** Byte order of the UTF-8 text, as COLLATE "C" compares (JavaScript's < compares UTF-16 units). */
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
const inNameOrder = (names: readonly string[]) => [...names].sort((a, b) => byBytes(nameSortKey(a), nameSortKey(b)) || byBytes(a, b));
const keyOf = (name: string) => nameSortKey(name).split(KEY_END)[0];

describe("nameSortKey", () => {
  it.each([
    ["pve2", "pve0012"],
    ["pve10", "pve00210"],
    ["PVE007", "pve0017"],
    ["node000", "node0010"],
    ["v1.10", "v0011.00210"],
    ["Ärger", "arger"],
    ["Crème Brûlée", "creme brulee"],
    ["ﬁle①", "file0011"],
    ["Øresund Łódź Đakovo", "oresund lodz dakovo"],
    ["Straße Æsir Œuvre Þing", "strasse aesir oeuvre thing"],
    ["ΣΟΦΊΑ ς", "σοφια σ"],
    ["ЁЛКА", "елка"],
    ["tab\there\nnext", "tab here next"],
    ["日本 2", "日本 0012"],
  ])("keys %j as %j, then the name", (name, key) => {
    expect(nameSortKey(name)).toBe(`${key}\u0001${name}`);
  });

  it("orders names as a person reads them", () => {
    const names = ["Beta", "Zeta", "_under", "alpha", "beta2", "ärger", "pve10", "pve2", "Alpha", "pve02", "10gig", "2fast", "-dash"];
    expect(inNameOrder(names)).toEqual([
      "-dash",
      "2fast",
      "10gig",
      "_under",
      "Alpha",
      "alpha",
      "ärger",
      "Beta",
      "beta2",
      "pve02",
      "pve2",
      "pve10",
      "Zeta",
    ]);
  });

  it("orders numbers by value, whatever their length", () => {
    const numbers = ["0", "7", "42", "99999999999999999999", "100000000000000000000", "123456789012345678901234567890"];
    const names = [...numbers].reverse().map((digits) => `n${digits}x`);
    expect(inNameOrder(names)).toEqual(numbers.map((digits) => `n${digits}x`));
  });

  it("cuts the key at 255 characters, counted as code points, and keeps the whole name", () => {
    const emoji = "\u{1F600}".repeat(255);
    expect(keyOf(emoji)).toBe(emoji);
    const expanding = "\uFDFA".repeat(255); // NFKD makes 18 characters of each
    expect(Array.from(keyOf(expanding)!)).toHaveLength(255);
    expect(nameSortKey(expanding).endsWith(`\u0001${expanding}`)).toBe(true);
    // A run of digits stays whole up to the cut.
    expect(keyOf(`a${"1".repeat(300)}`)).toBe(`a300${"1".repeat(251)}`);
  });

  it("folds by a table of letters that NFKD leaves whole, each to its own lower-case letter or base", () => {
    const from = Array.from(FOLD_FROM);
    const to = Array.from(FOLD_TO);
    expect(from).toHaveLength(to.length);
    expect(new Set(from).size).toBe(from.length);
    for (const [index, character] of from.entries()) {
      expect(character.normalize("NFKD"), character).toBe(character);
      // Lower case, or (ς, the letters with a stroke, ı) the letter a person reads it as.
      const expected = to[index]!;
      if (!"ςØøŁłĐđÐðĦħŦŧı".includes(character)) expect(character.toLowerCase(), character).toBe(expected);
    }
    // The ligatures are folded after the table: their capitals are in it.
    for (const ligature of LIGATURES.keys()) expect(to).toContain(ligature);
  });

  it("gives a key with no character below the separator, so a shorter key sorts first", () => {
    fc.assert(
      fc.property(storableText({ maxLength: 40 }), (name) => {
        const key = keyOf(name)!;
        expect(Array.from(key).every((character) => character > KEY_END)).toBe(true);
        expect(nameSortKey(name).endsWith(`${KEY_END}${name}`)).toBe(true);
      }),
    );
  });
});
