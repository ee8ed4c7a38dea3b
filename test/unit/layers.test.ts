// The layers point one way: server → schema → data → db and outbound, with domain, secrets and the
// configuration below them all. In a kind's folder (src/kinds/<kind>/), model.ts is domain,
// schema.ts is schema and the rest is data. This test reads every import in src/ and names the
// ones that point up or sideways.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../../src");

type Layer = "base" | "domain" | "secrets" | "db" | "outbound" | "data" | "schema" | "server";

/** What each layer may import, beside itself. */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  base: ["domain"],
  domain: ["base"],
  secrets: ["base", "domain"],
  db: ["base", "domain", "secrets"],
  outbound: ["base", "domain"],
  data: ["base", "domain", "secrets", "db", "outbound"],
  schema: ["base", "domain", "secrets", "db", "outbound", "data"],
  server: ["base", "domain", "secrets", "db", "outbound", "data", "schema"],
};

function layerOf(path: string): Layer {
  const file = relative(SRC, path);
  if (file.startsWith("kinds/")) {
    if (/^kinds\/(model|models)\.ts$|^kinds\/[^/]+\/model\.ts$/.test(file)) return "domain";
    if (/^kinds\/schemas\.ts$|^kinds\/[^/]+\/schema\.ts$/.test(file)) return "schema";
    return "data";
  }
  const top = file.split("/")[0]!;
  const byFolder: Record<string, Layer> = {
    domain: "domain",
    generated: "domain",
    secrets: "secrets",
    db: "db",
    outbound: "outbound",
    data: "data",
    auth: "data",
    sync: "data",
    schema: "schema",
    "builder.ts": "schema",
    "context.ts": "schema",
    server: "server",
    "main.ts": "server",
  };
  return byFolder[top] ?? "base";
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

const IMPORT = /^(?:import|export)\s[^;]*?from\s+"(\.{1,2}\/[^"]+)"/gm;

const edges = sourceFiles(SRC).flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(IMPORT)].map((match) => ({
    from: file,
    to: resolve(dirname(file), match[1]!.replace(/\.js$/, ".ts")),
  })),
);

describe("layers", () => {
  it("finds the imports it judges", () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(layerOf(join(SRC, "kinds/netbox/model.ts"))).toBe("domain");
    expect(layerOf(join(SRC, "kinds/netbox/rules.ts"))).toBe("data");
    expect(layerOf(join(SRC, "kinds/netbox/schema.ts"))).toBe("schema");
  });

  it("point one way", () => {
    const upward = edges
      .filter(({ from, to }) => {
        const [a, b] = [layerOf(from), layerOf(to)];
        return a !== b && !MAY_IMPORT[a].includes(b);
      })
      .map(({ from, to }) => `${relative(SRC, from)} (${layerOf(from)}) imports ${relative(SRC, to)} (${layerOf(to)})`);
    expect(upward).toEqual([]);
  });

  it("leave Relay global IDs to the schema: the data layer works with database ids", () => {
    const decoding = sourceFiles(SRC)
      .filter((file) => layerOf(file) === "data" || layerOf(file) === "db")
      .filter((file) => /\b(databaseIdOf|referenceOf|optionalReference|decodeGlobalId)\b/.test(readFileSync(file, "utf8")))
      .map((file) => relative(SRC, file));
    expect(decoding).toEqual([]);
  });
});
