// Configuration from an optional .env file: what it sets, what wins over it, how its mistakes are
// reported; .env.example lists exactly the variables of VARIABLES; `npm start` reads the file.
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig, VARIABLES } from "../src/config.js";
import { explainConfigError, loadEnvFile } from "../src/env-file.js";
import { renderEnvExample } from "../scripts/support/env-example.js";
import { runToExit, startServiceProcess } from "./support/process.js";
import { databaseKind } from "./support/service.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "proxbox-dotenv-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("loadEnvFile", () => {
  it("reads ./.env of the working directory; variables of the environment win", async () => {
    const cwd = await mkdtemp(join(dir, "cwd-"));
    await writeFile(
      join(cwd, ".env"),
      '# comment\nPORT=4100\nHOST=0.0.0.0\nLOG_LEVEL="debug"\nPROXBOX_CORS_ORIGINS=https://a.example.com # trailing comment\n',
    );
    const env: NodeJS.ProcessEnv = { HOST: "127.0.0.2" };
    const loaded = loadEnvFile(env, cwd);
    expect(loaded.path).toBe(join(cwd, ".env"));
    expect(loaded.applied.sort()).toEqual(["LOG_LEVEL", "PORT", "PROXBOX_CORS_ORIGINS"]);
    expect(env).toEqual({ HOST: "127.0.0.2", PORT: "4100", LOG_LEVEL: "debug", PROXBOX_CORS_ORIGINS: "https://a.example.com" });
    const config = loadConfig(env);
    expect([config.host, config.port, config.log.level, config.cors.origins]).toEqual([
      "127.0.0.2",
      4100,
      "debug",
      ["https://a.example.com"],
    ]);
  });

  it("is fine without a .env; a PROXBOX_ENV_FILE that names no file is a mistake", async () => {
    const cwd = await mkdtemp(join(dir, "empty-"));
    expect(loadEnvFile({}, cwd)).toEqual({ path: null, applied: [] });
    expect(() => loadEnvFile({ PROXBOX_ENV_FILE: "missing.env" }, cwd)).toThrow(`PROXBOX_ENV_FILE: no file at ${join(cwd, "missing.env")}`);
    expect(loadEnvFile({ PROXBOX_ENV_FILE: "/dev/null" }, cwd)).toEqual({ path: "/dev/null", applied: [] });
  });

  it("takes PROXBOX_ENV_FILE from the environment only, never from the file", async () => {
    const cwd = await mkdtemp(join(dir, "nested-"));
    await writeFile(join(cwd, ".env"), "PROXBOX_ENV_FILE=other.env\nPORT=1\n");
    const env: NodeJS.ProcessEnv = {};
    expect(loadEnvFile(env, cwd).applied).toEqual(["PORT"]);
    expect(env.PROXBOX_ENV_FILE).toBeUndefined();
  });

  it("says where a bad value was set when the file set it", async () => {
    const cwd = await mkdtemp(join(dir, "bad-"));
    await writeFile(join(cwd, ".env"), "PORT=seventy\n");
    const env: NodeJS.ProcessEnv = {};
    const loaded = loadEnvFile(env, cwd);
    let error: unknown;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(explainConfigError(error as ConfigError, loaded)).toBe(
      `PORT: expected a whole number from 0 to 65535, got "seventy" (set in ${join(cwd, ".env")})`,
    );
    expect(explainConfigError(new ConfigError("HOST", "bad"), loaded)).toBe("HOST: bad");
  });
});

describe(".env.example", () => {
  const committed = readFileSync(new URL("../.env.example", import.meta.url), "utf8");

  it("is what `npm run env:example` writes from VARIABLES (run it after changing VARIABLES)", () => {
    expect(committed).toBe(renderEnvExample());
  });

  it("lists exactly the variables of VARIABLES, each with its default", () => {
    const listed = [...committed.matchAll(/^#([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((match) => [match[1], match[2]]);
    expect(listed).toEqual(VARIABLES.map((variable) => [variable.name, variable.default]));
  });

  it("holds no value that a service would start differently with: uncommented, it changes nothing", () => {
    const env: NodeJS.ProcessEnv = {};
    for (const [, name, value] of committed.matchAll(/^#([A-Z][A-Z0-9_]*)=(.*)$/gm)) if (value) env[name!] = value;
    expect(loadConfig(env)).toEqual(loadConfig({}));
  });
});

// The file names its own database (in memory), so once is enough.
describe.runIf(databaseKind === "pglite")("npm start with an env file", () => {
  it("reads it: the file's admin token exists, the environment's PORT beats the file's", async () => {
    const file = join(dir, "start.env");
    const admin = "Env_file_admin_token-0123456789abcdefghijklmnop";
    await writeFile(file, `PORT=not-a-port\nPROXBOX_ADMIN_TOKEN=${admin}\nDATABASE_URL=pglite:memory\n`);
    // startServiceProcess sets PORT=0 in the environment.
    const service = await startServiceProcess({ PROXBOX_ENV_FILE: file });
    try {
      const response = await fetch(`${service.origin}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Token ${admin}` },
        body: JSON.stringify({ query: "{ viewer { version writeEnabled } }" }),
      });
      expect(await response.json()).toEqual({ data: { viewer: { version: "V1", writeEnabled: true } } });
    } finally {
      await service.stop();
    }
  });

  it("stops on a bad value from the file, naming the variable and the file", async () => {
    const file = join(dir, "bad-start.env");
    await writeFile(file, "DATABASE_URL=pglite:memory\nLOG_FORMAT=fancy\n");
    const result = await runToExit({ PROXBOX_ENV_FILE: file });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot start: LOG_FORMAT: expected one of auto, json, pretty, got "fancy" (set in ${file})`);
  });
});
