// `npm start` as a newcomer meets it: a first token on a fresh database, PROXBOX_ADMIN_TOKEN,
// data that survives a restart, a clear refusal of bad configuration, and a clean stop.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "./support/postgres.js";
import { startServiceProcess, runToExit } from "./support/process.js";
import { databaseKind } from "./support/service.js";

let databaseUrl: string;
let cleanup: () => Promise<void>;
/** PostgreSQL needs a secret key from the environment; PGlite makes a key file beside its data. */
let databaseEnv: Record<string, string>;

beforeAll(async () => {
  if (databaseKind === "postgres") {
    const created = await createTestDatabase();
    databaseUrl = created.url;
    cleanup = created.drop;
  } else {
    const dir = await mkdtemp(join(tmpdir(), "proxbox-start-"));
    databaseUrl = `pglite:${join(dir, "pglite")}`;
    cleanup = () => rm(dir, { recursive: true, force: true });
  }
  databaseEnv = {
    DATABASE_URL: databaseUrl,
    ...(databaseKind === "postgres" ? { PROXBOX_SECRET_KEY: randomBytes(32).toString("base64") } : {}),
  };
});
afterAll(async () => {
  await cleanup?.();
});

async function viewer(origin: string, authorization: string) {
  const response = await fetch(`${origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization },
    body: JSON.stringify({ query: "{ viewer { version writeEnabled } }" }),
  });
  return { status: response.status, body: (await response.json()) as { data?: { viewer: { version: string; writeEnabled: boolean } } } };
}

describe("npm start", () => {
  let firstToken: string;

  it("creates a first write-enabled v2 token on an empty database and prints it once", async () => {
    const service = await startServiceProcess({ ...databaseEnv });
    try {
      const printed = /Authorization: Bearer (nbt_\S+)/.exec(service.stdout());
      expect(printed).not.toBeNull();
      firstToken = printed![1]!;
      const answer = await viewer(service.origin, `Bearer ${firstToken}`);
      expect(answer.status).toBe(200);
      expect(answer.body.data?.viewer).toEqual({ version: "V2", writeEnabled: true });
      const health = await fetch(`${service.origin}/health`);
      expect(health.status).toBe(200);
    } finally {
      expect(await service.stop("SIGTERM")).toBe(0);
    }
  });

  it("keeps its data across a restart and does not print a token again", async () => {
    const service = await startServiceProcess({ ...databaseEnv });
    try {
      expect(service.stdout()).not.toContain("Authorization: Bearer");
      expect((await viewer(service.origin, `Bearer ${firstToken}`)).status).toBe(200);
    } finally {
      expect(await service.stop("SIGINT")).toBe(0);
    }
  });

  it("makes sure a write-enabled v1 token with PROXBOX_ADMIN_TOKEN's plaintext exists", async () => {
    const admin = "Admin_token-0123456789abcdefghijklmnopqrstuvwxyz";
    const service = await startServiceProcess({ ...databaseEnv, PROXBOX_ADMIN_TOKEN: admin });
    try {
      const answer = await viewer(service.origin, `Token ${admin}`);
      expect(answer.body.data?.viewer).toEqual({ version: "V1", writeEnabled: true });
      expect(service.stdout()).not.toContain(admin);
    } finally {
      await service.stop();
    }
  });

  it.each([
    [{ PROXBOX_ADMIN_TOKEN: "too-short" }, "PROXBOX_ADMIN_TOKEN"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://localhost/db" }, "DATABASE_URL"],
  ])("refuses to start with %j, naming the variable", async (env, variable) => {
    const result = await runToExit({ ...databaseEnv, ...env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(variable);
    expect(result.stderr).not.toContain("too-short");
  });
});
