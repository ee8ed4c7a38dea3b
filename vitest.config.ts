// Every test file runs twice: on embedded PGlite and on the PostgreSQL server (a fresh database per
// file, dropped afterwards).
import { defineConfig } from "vitest/config";

export default defineConfig({
  // graphql ships .mjs and .js builds; both loading at once breaks instanceof checks.
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/reliability/**", "node_modules/**"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "pglite", env: { TEST_DATABASE: "pglite" } } },
      { extends: true, test: { name: "postgres", env: { TEST_DATABASE: "postgres" } } },
    ],
  },
});
