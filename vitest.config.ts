// Three projects. `unit` runs test/unit/ once, with no database and no global setup, in a few
// seconds (`npm run test:unit`). Every other test file runs twice: on embedded PGlite and on the
// PostgreSQL server (a fresh database per file, dropped afterwards).
import { defineConfig } from "vitest/config";

const onDatabase = {
  include: ["test/**/*.test.ts"],
  exclude: ["test/unit/**", "test/reliability/**", "node_modules/**"],
  globalSetup: ["test/support/global-setup.ts"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  // The files of a worker share one module graph (the schema is built once, not per file); each
  // still opens its own database and service, and no src module keeps state between them.
  isolate: false,
};

export default defineConfig({
  // graphql ships .mjs and .js builds; both loading at once breaks instanceof checks.
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    // Spawned services and database I/O leave a worker idle much of the time: three on two cores.
    maxWorkers: 3,
    projects: [
      // The unit tests touch no global state: one module graph for all of them (isolate: false)
      // makes the run seconds instead of a worker start per file.
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"], isolate: false, testTimeout: 10_000 } },
      { extends: true, test: { ...onDatabase, name: "pglite", env: { TEST_DATABASE: "pglite" } } },
      { extends: true, test: { ...onDatabase, name: "postgres", env: { TEST_DATABASE: "postgres" } } },
    ],
  },
});
