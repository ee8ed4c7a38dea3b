// `npm run db:diff -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql, the SQL
// from the schema at HEAD (or `--from FILE`, or `--from-empty`) to prisma/schema.prisma.
// `--stdout` prints the SQL instead.
//
// Prisma 7's `migrate diff` needs a native schema engine that cannot be fetched here, so this runs
// the 6.19 CLI (a dev dependency under the alias prisma-619) with its JS engine, which wants what
// 7 refuses: a `url` line in the schema and an adapter in its config. Both go to temporary copies.
// It connects to DATABASE_URL (any reachable PostgreSQL; nothing is written there).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const schemaPath = join(root, "prisma", "schema.prisma");
const require = createRequire(import.meta.url);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { from: { type: "string" }, "from-empty": { type: "boolean" }, stdout: { type: "boolean" } },
});
const name = positionals[0];
if (!values.stdout && !/^[a-z0-9_]+$/.test(name ?? "")) {
  console.error("usage: npm run db:diff -- <name_in_snake_case> [--from FILE | --from-empty] [--stdout]");
  process.exit(2);
}
const databaseUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
  console.error("db:diff: DATABASE_URL must name a reachable PostgreSQL server (postgresql://...)");
  process.exit(2);
}

/** Prisma 6 demands the datasource URL in the schema itself (schemas before Prisma 7 have it). */
const withUrl = (schema) =>
  /^\s*url\s*=/m.test(schema)
    ? schema
    : schema.replace(/(datasource db \{\n\s*provider\s*=\s*"postgresql"\n)/, '$1  url = env("DATABASE_URL")\n');

const before = values["from-empty"]
  ? undefined
  : values.from
    ? readFileSync(values.from, "utf8")
    : execFileSync("git", ["show", `HEAD:${relative(root, schemaPath)}`], { cwd: root, encoding: "utf8" });

// Inside node_modules so that the config's import resolves to the project's packages.
const work = mkdtempSync(join(root, "node_modules", ".cache", "migration-diff-"));
try {
  writeFileSync(join(work, "after.prisma"), withUrl(readFileSync(schemaPath, "utf8")));
  if (before !== undefined) writeFileSync(join(work, "before.prisma"), withUrl(before));
  writeFileSync(
    join(work, "prisma.config.mjs"),
    [
      'import { PrismaPg } from "adapter-pg-619";',
      "export default {",
      '  schema: "after.prisma",',
      "  experimental: { adapter: true },",
      '  engine: "js",',
      "  adapter: () => Promise.resolve(new PrismaPg({ connectionString: process.env.DATABASE_URL })),",
      "};",
      "",
    ].join("\n"),
  );
  const from = before === undefined ? ["--from-empty"] : ["--from-schema-datamodel", "before.prisma"];
  const cli = require.resolve("prisma-619/build/index.js");
  const result = spawnSync(
    process.execPath,
    [cli, "migrate", "diff", "--config", "prisma.config.mjs", ...from, "--to-schema-datamodel", "after.prisma", "--script"],
    { cwd: work, encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" } },
  );
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    process.exit(result.status ?? 1);
  }
  const sql = result.stdout;
  if (values.stdout) {
    process.stdout.write(sql);
  } else if (/^-- This is an empty migration\.\s*$/.test(sql.trim()) || sql.trim() === "") {
    console.error("db:diff: the schema has not changed; nothing written");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = join(root, "prisma", "migrations", `${stamp}_${name}`);
    mkdirSync(dir);
    writeFileSync(join(dir, "migration.sql"), sql);
    console.log(relative(root, join(dir, "migration.sql")));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
