// Writes .env.example from VARIABLES. With --check, fails when the committed file differs instead.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderEnvExample } from "./support/env-example.js";

const target = fileURLToPath(new URL("../.env.example", import.meta.url));
const rendered = renderEnvExample();

if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(target, "utf8");
  } catch {
    // A missing file is stale too.
  }
  if (committed !== rendered) {
    console.error(".env.example is stale: run `npm run env:example` and commit the result.");
    process.exit(1);
  }
  console.log(".env.example matches VARIABLES.");
} else {
  writeFileSync(target, rendered);
  console.log(`wrote ${target}`);
}
