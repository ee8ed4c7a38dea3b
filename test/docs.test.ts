// The README is part of the product: its configuration table lists exactly the variables the
// service reads, its text quotes their defaults as DEFAULTS has them, and its quick start is the
// two commands that work on a fresh clone.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_PGLITE_DIR, DEFAULTS, VARIABLES } from "../src/config.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const exampleCli = readFileSync(new URL("../examples/cli.ts", import.meta.url), "utf8");

describe("README", () => {
  it("documents every configuration variable, with its default", () => {
    const documented = [...readme.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \|/gm)].map((match) => [match[1], match[2]!.trim()]);
    expect(documented).toEqual(VARIABLES.map((variable) => [variable.name, variable.default ? `\`${variable.default}\`` : "unset"]));
  });

  it("describes each variable in its table as VARIABLES (and so .env.example) does", () => {
    const described = [...readme.matchAll(/^\| `([A-Z_]+)` \| [^|]+ \| (.+) \|$/gm)].map((match) => [match[1], match[2]]);
    expect(described).toEqual(VARIABLES.map((variable) => [variable.name, variable.description]));
  });

  it("quotes defaults in its text as DEFAULTS has them", () => {
    // "`PROXBOX_DB_STATEMENT_TIMEOUT_MS` (5000; …": a variable followed by its default in brackets.
    const quoted = [...readme.matchAll(/`([A-Z][A-Z0-9_]+)` \((\d+)[;,)]/g)].map((match) => [match[1], match[2]]);
    expect(quoted.length).toBeGreaterThan(0);
    for (const [name, value] of quoted) expect([name, value]).toEqual([name, String(DEFAULTS[name as keyof typeof DEFAULTS])]);
    // The service's address in the quick start and the examples: the default HOST and PORT.
    const origin = `http://${DEFAULTS.HOST}:${DEFAULTS.PORT}/graphql`;
    const addresses = [...`${readme}\n${exampleCli}`.matchAll(/https?:\/\/[^/\s]+\/graphql/g)].map((match) => match[0]);
    expect(addresses.length).toBeGreaterThan(0);
    expect(new Set(addresses)).toEqual(new Set([origin]));
    // The embedded database's folder (and the key file beside it).
    const folders = [...readme.matchAll(/\.\/data\/\w+/g)].map((match) => match[0]);
    expect(folders.length).toBeGreaterThan(0);
    expect(new Set(folders)).toEqual(new Set([DEFAULT_PGLITE_DIR]));
  });

  it("starts with the two-command quick start", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toMatch(/```sh\nnpm test\n```/);
  });
});

describe("DEFAULTS", () => {
  it("holds defaults of variables the service reads, and nothing else", () => {
    const names = new Set(VARIABLES.map((variable) => variable.name));
    expect(Object.keys(DEFAULTS).filter((name) => !names.has(name))).toEqual([]);
  });
});
