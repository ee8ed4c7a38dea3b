// The README is part of the product: its configuration table lists exactly the variables the
// service reads, and its quick start is the two commands that work on a fresh clone.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { VARIABLES } from "../src/config.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("documents every configuration variable, with its default", () => {
    const documented = [...readme.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \|/gm)].map((match) => [match[1], match[2]!.trim()]);
    expect(documented).toEqual(VARIABLES.map((variable) => [variable.name, variable.default ? `\`${variable.default}\`` : "unset"]));
  });

  it("starts with the two-command quick start", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toMatch(/```sh\nnpm test\n```/);
  });
});
