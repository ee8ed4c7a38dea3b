import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { START_SCRIPT } from "../../scripts/support/service-command.js";

describe("npm start", () => {
  it("is the command the bench and the process tests run", () => {
    const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toBe(START_SCRIPT);
  });
});
