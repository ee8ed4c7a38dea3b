// `npm start` as a newcomer meets it: a first token on a fresh database, PROXBOX_ADMIN_TOKEN,
// data that survives a restart, a clear refusal of bad configuration, and a clean stop.
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, stat, symlink, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "./support/postgres.js";
import { startLockHolder, startServiceProcess, runToExit } from "./support/process.js";
import { makeTestTls } from "./support/tls.js";
import { databaseKind } from "./support/service.js";

let databaseUrl: string;
/** What every start of this file gets: the database, and for PostgreSQL its secret key. */
let baseEnv: Record<string, string>;
let keyFile: string | null = null;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  if (databaseKind === "postgres") {
    const created = await createTestDatabase();
    databaseUrl = created.url;
    baseEnv = { DATABASE_URL: databaseUrl, PROXBOX_SECRET_KEY: randomBytes(32).toString("base64") };
    cleanup = created.drop;
  } else {
    const dir = await mkdtemp(join(tmpdir(), "proxbox-start-"));
    databaseUrl = `pglite:${join(dir, "pglite")}`;
    baseEnv = { DATABASE_URL: databaseUrl };
    keyFile = `${join(dir, "pglite")}.key`;
    cleanup = () => rm(dir, { recursive: true, force: true });
  }
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
    const service = await startServiceProcess(baseEnv);
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
    const service = await startServiceProcess(baseEnv);
    try {
      expect(service.stdout()).not.toContain("Authorization: Bearer");
      expect((await viewer(service.origin, `Bearer ${firstToken}`)).status).toBe(200);
    } finally {
      expect(await service.stop("SIGINT")).toBe(0);
    }
  });

  it("makes sure a write-enabled v1 token with PROXBOX_ADMIN_TOKEN's plaintext exists", async () => {
    const admin = "Admin_token-0123456789abcdefghijklmnopqrstuvwxyz";
    const service = await startServiceProcess({ ...baseEnv, PROXBOX_ADMIN_TOKEN: admin });
    try {
      const answer = await viewer(service.origin, `Token ${admin}`);
      expect(answer.body.data?.viewer).toEqual({ version: "V1", writeEnabled: true });
      expect(service.stdout()).not.toContain(admin);
    } finally {
      await service.stop();
    }
  });

  it("keeps the secret key beside the embedded database (mode 0600), or refuses PostgreSQL without one", async () => {
    if (keyFile) {
      expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    } else {
      const result = await runToExit({ DATABASE_URL: databaseUrl });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("PROXBOX_SECRET_KEY");
      expect(result.stderr).toContain("openssl rand -base64 32");
    }
  });

  it("refuses to start with the wrong secret key, changing nothing", async () => {
    const wrong = randomBytes(32).toString("base64");
    const result = await runToExit({ ...baseEnv, PROXBOX_SECRET_KEY: wrong });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not the key the stored secrets were encrypted with/);
    expect(result.stderr).not.toContain(wrong);
    // The right key still works afterwards.
    const service = await startServiceProcess(baseEnv);
    expect((await viewer(service.origin, `Bearer ${firstToken}`)).status).toBe(200);
    expect(await service.stop()).toBe(0);
  });
});

// The configuration is checked before any database is opened: once is enough, on PGlite.
describe.runIf(databaseKind === "pglite")("npm start with a configuration it cannot use", () => {
  it.each([
    [{ PROXBOX_ADMIN_TOKEN: "too-short" }, "PROXBOX_ADMIN_TOKEN"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://localhost/db" }, "DATABASE_URL"],
    [{ PROXBOX_WORKERS: "2" }, "PROXBOX_WORKERS"],
    [{ PROXBOX_WORKERS: "0" }, "PROXBOX_WORKERS"],
  ])("refuses to start with %j, naming the variable", async (env, variable) => {
    const result = await runToExit({ ...baseEnv, ...env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(variable);
    expect(result.stderr).not.toContain("too-short");
  });

  it.each([
    ["not PEM", "just some text\n", /expected PEM certificates/],
    ["a PEM key, no certificate", "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n", /expected only certificates/],
    ["a broken certificate", "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n", /cannot be parsed/],
    ["missing", null, /cannot read .*ENOENT/],
  ])("refuses a PROXBOX_CA_FILE that is %s, naming the variable", async (_, content, reason) => {
    const dir = await mkdtemp(join(tmpdir(), "proxbox-ca-"));
    try {
      const file = join(dir, "ca.pem");
      if (content !== null) await writeFile(file, content);
      const result = await runToExit({ ...baseEnv, PROXBOX_CA_FILE: file });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("PROXBOX_CA_FILE");
      expect(result.stderr).toMatch(reason);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("accepts a PROXBOX_CA_FILE of PEM certificates", async () => {
    const dir = await mkdtemp(join(tmpdir(), "proxbox-ca-"));
    try {
      const file = join(dir, "ca.pem");
      await writeFile(file, makeTestTls().ca);
      const service = await startServiceProcess({ ...baseEnv, PROXBOX_CA_FILE: file });
      expect(await service.stop()).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(databaseKind !== "pglite")("npm start on an embedded database folder", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "proxbox-folder-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("is refused while another process holds the folder, and starts once that process is killed with -9", async () => {
    const dataDir = join(dir, "held");
    const holder = startLockHolder(dataDir);
    try {
      expect(await holder.outcome).toBe("locked");
      const refused = await runToExit({ DATABASE_URL: `pglite:${dataDir}` });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`${dataDir} is held by another process (pid ${holder.child.pid} by its own account)`);
    } finally {
      holder.child.kill("SIGKILL");
      await once(holder.child, "close");
    }
    const service = await startServiceProcess({ DATABASE_URL: `pglite:${dataDir}` });
    expect(await service.stop()).toBe(0);
  });

  it("refuses to start when the key file beside existing data is gone, and makes no new one", async () => {
    const dataDir = join(dir, "keyed");
    const first = await startServiceProcess({ DATABASE_URL: `pglite:${dataDir}` });
    expect(await first.stop()).toBe(0);
    await unlink(`${dataDir}.key`);
    const result = await runToExit({ DATABASE_URL: `pglite:${dataDir}` });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`The key file ${dataDir}.key is missing`);
    expect(existsSync(`${dataDir}.key`)).toBe(false);
  });

  it("opens a folder named through a symbolic link, and locks the real folder", async () => {
    const real = join(dir, "volume", "pglite");
    await mkdir(real, { recursive: true });
    const link = join(dir, "linked");
    await symlink(real, link);
    const service = await startServiceProcess({ DATABASE_URL: `pglite:${link}` });
    try {
      const byRealPath = await runToExit({ DATABASE_URL: `pglite:${real}` });
      expect(byRealPath.code).toBe(1);
      expect(byRealPath.stderr).toContain(`${real} is held by another process`);
      expect(existsSync(`${real}.key`)).toBe(true);
    } finally {
      expect(await service.stop()).toBe(0);
    }
  });
});
