// `prisma generate` without network access. Prisma 7's CLI looks for its native schema engine
// before every command and tries to download it when missing, although `generate` never runs it.
// Naming an existing file in PRISMA_SCHEMA_ENGINE_BINARY skips the download; the file is a stub
// that refuses to run, and it is set for `generate` only: a migrate command given the stub would
// print nothing and exit 0. Migrations are authored with scripts/migration-diff.mjs.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const stubDir = join(root, "node_modules", ".cache", "prisma-engine-stub");
const stub = join(stubDir, "schema-engine");
mkdirSync(stubDir, { recursive: true });
writeFileSync(stub, '#!/bin/sh\necho "schema-engine stub: only prisma generate may run here" >&2\nexit 1\n');
chmodSync(stub, 0o755);

const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: stub,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    // The pothos generator runs `prisma-pothos-types` from node_modules/.bin.
    PATH: `${join(root, "node_modules", ".bin")}${delimiter}${process.env.PATH ?? ""}`,
  },
});
process.exit(result.status ?? 1);
