#!/usr/bin/env node
// Runs the shared API contract check (../shared/tools/contract-check.mjs) against schema.graphql.
// A clone outside the workspace may not sit next to `shared/`, so the usual places are tried in
// turn; PROXBOX_SHARED_DIR names another.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const candidates = [process.env.PROXBOX_SHARED_DIR, "../shared", "/work/shared"].filter(Boolean);
const tool = candidates.map((dir) => resolve(dir, "tools/contract-check.mjs")).find((path) => existsSync(path));
if (!tool) {
  console.error(`contract-check: the shared contract tool was not found in ${candidates.join(", ")}; set PROXBOX_SHARED_DIR`);
  process.exit(2);
}
const result = spawnSync(process.execPath, [tool, "schema.graphql"], { stdio: "inherit" });
process.exit(result.status ?? 1);
