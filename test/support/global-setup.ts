// Names this test run, so every PostgreSQL database it creates can be found and dropped at the end
// even when a test file dies before cleaning up after itself.
import { randomBytes } from "node:crypto";
import { dropRunDatabases, TEST_RUN_VARIABLE } from "./postgres.js";

export default function setup() {
  process.env[TEST_RUN_VARIABLE] = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  return async () => {
    await dropRunDatabases(process.env[TEST_RUN_VARIABLE]!);
  };
}
