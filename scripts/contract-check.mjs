#!/usr/bin/env node
// Does schema.graphql (printed from the code) serve the public API contract? graphql-js's
// findBreakingChanges(contract, ours) must find nothing; its dangerous changes are listed as notes.
//
// The contract is the repository's copy, contract/schema.graphql, so that a clone anywhere checks
// the same thing without any other directory; PROXBOX_CONTRACT names another contract file. When
// the shared contract sits next to the repository (../shared/contract/schema.graphql from the
// repository root), the copy must be that file, behind its first line (a note saying so).
//
//   npm run contract:check               exit 0: compatible; 1: breaking changes or a stale copy;
//                                        2: a schema that cannot be read
//   npm run contract:check -- --update   copies the shared contract into contract/, then checks
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSchema, findBreakingChanges, findDangerousChanges } from "graphql";

const root = fileURLToPath(new URL("..", import.meta.url));
const ourSchema = resolve(root, "schema.graphql");
const copy = resolve(root, "contract/schema.graphql");
const shared = resolve(root, "../shared/contract/schema.graphql");
const NOTE =
  "# A copy of ../shared/contract/schema.graphql, the public contract: `npm run contract:check` says when the two differ, and `-- --update` copies it again.\n";

/** Paths in the repository relative to its root, others whole. */
function shown(path) {
  const inside = relative(root, path);
  return inside.startsWith("..") ? path : inside;
}

function fail(message) {
  console.error(`contract-check: ${message}`);
  process.exit(2);
}

function read(path, what) {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    fail(`cannot read ${what} ${shown(path)} (${error.code ?? error.message})`);
  }
}

function schemaOf(path, what) {
  try {
    return buildSchema(read(path, what));
  } catch (error) {
    fail(`${shown(path)} is not a GraphQL schema: ${error.message}`);
  }
}

const hasShared = existsSync(shared);
if (process.argv.includes("--update")) {
  if (!hasShared) fail(`there is no shared contract at ${shared} to copy`);
  writeFileSync(copy, NOTE + read(shared, "the shared contract"));
  console.log(`contract-check: copied ${shown(shared)} to ${shown(copy)}`);
}

let stale = false;
if (!hasShared) {
  console.log(`contract-check: no ${shown(shared)} beside the repository; checking against the committed copy alone`);
} else if (read(copy, "the contract copy") !== NOTE + read(shared, "the shared contract")) {
  stale = true;
  console.error(
    `contract-check: ${shown(copy)} differs from the shared contract ${shown(shared)}.\n` +
      "  Take the shared one with `npm run contract:check -- --update`, then commit contract/schema.graphql.",
  );
} else {
  console.log(`contract-check: ${shown(copy)} matches the shared contract ${shown(shared)}`);
}

const contractFile = process.env.PROXBOX_CONTRACT?.trim() ? resolve(process.env.PROXBOX_CONTRACT.trim()) : copy;
const contract = schemaOf(contractFile, "the contract");
const ours = schemaOf(ourSchema, "the schema");
const breaking = findBreakingChanges(contract, ours);
const dangerous = findDangerousChanges(contract, ours);
for (const change of dangerous) console.log(`note: ${change.description}`);
for (const change of breaking) console.log(`BREAKING ${change.type}: ${change.description}`);
console.log(`contract-check: ${shown(ourSchema)} against ${shown(contractFile)}: ${breaking.length} breaking, ${dangerous.length} notes`);
process.exit(breaking.length || stale ? 1 : 0);
