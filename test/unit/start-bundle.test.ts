// `npm start` runs a bundle of src/ kept under a hash of what it is made of: the hash must follow
// the sources' content, wherever the project lies, and nothing else.
import { cp, mkdtemp, rm, writeFile, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleKey, loadEsbuild } from "../../scripts/support/start-bundle.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
let copy: string;
beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), "proxbox-bundle-key-"));
  await cp(join(ROOT, "src"), join(copy, "src"), { recursive: true });
  await cp(join(ROOT, "tsconfig.json"), join(copy, "tsconfig.json"));
});
afterAll(async () => {
  await rm(copy, { recursive: true, force: true });
});

describe("the start bundle's key", () => {
  const esbuild = loadEsbuild();

  it("is the same for the same sources in another folder", () => {
    expect(bundleKey(esbuild, copy)).toBe(bundleKey(esbuild, ROOT));
  });

  it("changes with a source file, a new source file, the compiler settings and the compiler", async () => {
    const before = bundleKey(esbuild, copy);
    await appendFile(join(copy, "src", "config.ts"), "\n");
    const edited = bundleKey(esbuild, copy);
    expect(edited).not.toBe(before);
    await writeFile(join(copy, "src", "extra.ts"), "export {};\n");
    const added = bundleKey(esbuild, copy);
    expect(added).not.toBe(edited);
    await appendFile(join(copy, "tsconfig.json"), "\n");
    const configured = bundleKey(esbuild, copy);
    expect(configured).not.toBe(added);
    expect(bundleKey({ version: "0.0.0" }, copy)).not.toBe(configured);
  });
});
