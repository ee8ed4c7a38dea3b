// The slow and disruptive tests: stopping PostgreSQL under a running service, killing it with -9,
// SIGTERM with requests in flight, many concurrent writers. Run by `npm run test:reliability`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    include: ["test/reliability/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // They stop and start servers: one file at a time.
    fileParallelism: false,
  },
});
