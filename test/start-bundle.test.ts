// `npm start` runs from the bundle of the current sources (scripts/start.mjs), not through tsx.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLE_DIR, bundleKey } from "../scripts/support/start-bundle.mjs";
import { startServiceProcess } from "./support/process.js";
import { databaseKind } from "./support/service.js";

describe.runIf(databaseKind === "pglite")("npm start", () => {
  it("runs from a bundle of the current sources, which finds the files beside its sources (the migrations)", async () => {
    const service = await startServiceProcess({ DATABASE_URL: "pglite:memory" });
    try {
      const health = await fetch(`${service.origin}/readiness`);
      expect(health.status).toBe(200);
    } finally {
      expect(await service.stop()).toBe(0);
    }
    expect(existsSync(join(BUNDLE_DIR, `main-${bundleKey()}.mjs`))).toBe(true);
  });
});
