// `npm run contract:check` in a clone at an unknown place: it checks schema.graphql against the
// committed copy of the contract without any other directory, against PROXBOX_CONTRACT when that
// is set, and insists that the copy equals ../shared/contract/schema.graphql when that file sits
// next to the clone, wherever it is run from.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKind } from "./support/service.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const COPY = readFileSync(join(ROOT, "contract/schema.graphql"), "utf8");
/** The shared contract the committed copy was taken from: the copy without its note. */
const SHARED = COPY.slice(COPY.indexOf("\n") + 1);

let dir: string;
let clone: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "proxbox-contract-"));
  clone = join(dir, "clone");
  for (const path of ["scripts/contract-check.mjs", "contract/schema.graphql", "schema.graphql", "package.json"]) {
    cpSync(join(ROOT, path), join(clone, path), { recursive: true });
  }
  symlinkSync(realpathSync(join(ROOT, "node_modules")), join(clone, "node_modules"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function check(args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(clone, "scripts/contract-check.mjs"), ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function writeShared(text: string) {
  mkdirSync(join(dir, "shared/contract"), { recursive: true });
  writeFileSync(join(dir, "shared/contract/schema.graphql"), text);
}

// Files and processes only, no database: once is enough.
describe.runIf(databaseKind === "pglite")("npm run contract:check", () => {
  it("checks against the committed copy when there is no shared contract beside the clone", () => {
    const result = check();
    expect(result.output).toContain("checking against the committed copy alone");
    expect(result.output).toMatch(/schema\.graphql against contract\/schema\.graphql: 0 breaking/);
    expect(result.code).toBe(0);
  });

  it("accepts a copy that is the shared contract, from any working directory", () => {
    writeShared(SHARED);
    const result = check();
    expect(result.output).not.toContain("differs");
    expect(result.code).toBe(0);
  });

  it("fails, saying so, when the copy differs from the shared contract; --update takes the shared one", () => {
    const changed = `${SHARED}\ntype ContractCheckProbe {\n  id: ID!\n}\n`;
    writeShared(changed);
    const stale = check();
    expect(stale.code).toBe(1);
    expect(stale.output).toContain("contract/schema.graphql differs from the shared contract");
    expect(stale.output).toContain("npm run contract:check -- --update");
    // The shared contract now asks for a type the schema lacks: updated, the copy is checked and breaks.
    const updated = check(["--update"]);
    expect(readFileSync(join(clone, "contract/schema.graphql"), "utf8")).toBe(COPY.slice(0, COPY.indexOf("\n") + 1) + changed);
    expect(updated.output).toContain("BREAKING TYPE_REMOVED: ContractCheckProbe was removed.");
    expect(updated.code).toBe(1);
    writeFileSync(join(clone, "contract/schema.graphql"), COPY);
    writeShared(SHARED);
  });

  it("checks against PROXBOX_CONTRACT instead, listing the breaking changes", () => {
    const other = join(dir, "other.graphql");
    writeFileSync(other, `${SHARED}\nextend type Query {\n  contractCheckProbe: String!\n}\n`);
    const result = check([], { PROXBOX_CONTRACT: other });
    expect(result.output).toContain("BREAKING FIELD_REMOVED: Query.contractCheckProbe was removed.");
    expect(result.output).toContain(`against ${other}: 1 breaking`);
    expect(result.code).toBe(1);
  });
});
