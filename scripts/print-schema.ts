// Prints the schema built from the code to schema.graphql. With --check, fails when the committed
// file differs from the code instead of writing it.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSchema } from "graphql";
import { schema } from "../src/schema/index.js";

const target = fileURLToPath(new URL("../schema.graphql", import.meta.url));
const printed = `${printSchema(schema)}\n`;

if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(target, "utf8");
  } catch {
    // A missing file is stale too.
  }
  if (committed !== printed) {
    console.error("schema.graphql is stale: run `npm run schema:print` and commit the result.");
    process.exit(1);
  }
  console.log("schema.graphql matches the code.");
} else {
  writeFileSync(target, printed);
  console.log(`wrote ${target}`);
}
