// The command line, run as `npm run …` runs it (a child process) against a database of its own:
// `token create|list|revoke`, `seed --demo`, `db:migrate`; the .env file; and the one-process rule
// of the embedded database.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "../src/config.js";
import { writeEndpoint } from "../src/data/endpoint-writes.js";
import { netboxRules } from "../src/kinds/netbox/rules.js";
import { createToken } from "../src/data/token-writes.js";
import { type Database, openDatabase } from "../src/db/database.js";
import { createService } from "../src/server/yoga.js";
import type { SecretKey } from "../src/secrets/key.js";
import { runScript, scriptDatabase } from "./support/cli.js";
import { databaseKind } from "./support/service.js";

const SLOW = 240_000;
const secretKeyText = randomBytes(32).toString("base64");
const key: SecretKey = { key: Buffer.from(secretKeyText, "base64"), source: { kind: "environment" } };

let databaseUrl: string;
let dispose: () => Promise<void>;
let env: Record<string, string>;

beforeAll(async () => {
  ({ url: databaseUrl, dispose } = await scriptDatabase());
  env = { DATABASE_URL: databaseUrl, PROXBOX_SECRET_KEY: secretKeyText };
});
afterAll(async () => {
  await dispose?.();
});

const token = (args: string[], extra: Record<string, string> = {}) => runScript("scripts/token.ts", args, { ...env, ...extra });

/** Opens the commands' database in this process, between two commands (PGlite: one process at a time). */
async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(parseDatabaseUrl(databaseUrl), { key });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Asks the service, in this process, who a token is. */
async function viewerOf(
  authorization: string,
): Promise<{ status: number; viewer?: { version: string; writeEnabled: boolean; description: string } }> {
  return withDatabase(async (db) => {
    const response = await createService(db).fetch("http://service.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: JSON.stringify({ query: "{ viewer { version writeEnabled description } }" }),
    });
    const body = (await response.json()) as { data?: { viewer: { version: string; writeEnabled: boolean; description: string } } };
    return { status: response.status, viewer: body.data?.viewer };
  });
}

describe("npm run db:migrate", () => {
  it(
    "applies the migrations to an empty database, then finds nothing to do",
    async () => {
      const first = await runScript("scripts/migrate.ts", [], env);
      expect(first.stderr).toBe("");
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/^Applied: /);
      const second = await runScript("scripts/migrate.ts", [], env);
      expect(second.code).toBe(0);
      expect(second.stdout).toContain("The database is up to date.");
    },
    SLOW,
  );
});

describe("npm run token", () => {
  let v1: { id: number; globalId: string; plaintext: string };

  it(
    "create: a write-enabled v2 token by default, printed once, that authenticates",
    async () => {
      const result = await token(["create", "--description", "ci deploy"]);
      expect(result.code).toBe(0);
      const printed = /Authorization: (Bearer nbt_\S+)/.exec(result.stdout);
      expect(printed).not.toBeNull();
      expect(result.stdout).toContain("v2, write-enabled, never expires");
      const answer = await viewerOf(printed![1]!);
      expect(answer.status).toBe(200);
      expect(answer.viewer).toEqual({ version: "V2", writeEnabled: true, description: "ci deploy" });
    },
    SLOW,
  );

  it(
    "create --v1 --read-only --expires 30d --json: a read-only v1 token that expires in 30 days",
    async () => {
      const before = Date.now();
      const result = await token(["create", "--v1", "--read-only", "--expires", "30d", "--description", "netbox link", "--json"]);
      expect(result.code).toBe(0);
      const created = JSON.parse(result.stdout) as {
        id: number;
        globalId: string;
        plaintext: string;
        authorization: string;
        expires: string;
        writeEnabled: boolean;
      };
      expect(created.plaintext).toMatch(/^[0-9a-f]{40}$/);
      expect(created.authorization).toBe(`Token ${created.plaintext}`);
      expect(created.writeEnabled).toBe(false);
      const expires = Date.parse(created.expires);
      expect(expires - before).toBeGreaterThan(30 * 86_400_000 - 60_000);
      expect(expires - before).toBeLessThan(30 * 86_400_000 + 120_000);
      v1 = created;
      expect((await viewerOf(created.authorization)).viewer).toEqual({ version: "V1", writeEnabled: false, description: "netbox link" });
    },
    SLOW,
  );

  it(
    "list: a table of every token, with no secret in it",
    async () => {
      const result = await token(["list"]);
      expect(result.code).toBe(0);
      const lines = result.stdout.trimEnd().split("\n");
      expect(lines[0]).toMatch(/^ID\s+VERSION\s+DISPLAY\s+DESCRIPTION\s+WRITE\s+EXPIRES\s+LAST USED$/);
      expect(lines).toHaveLength(3);
      expect(lines[1]).toMatch(/^1\s+v2\s+[0-9a-f]{12}\s+ci deploy\s+yes\s+never\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}Z$/);
      expect(lines[2]).toMatch(
        new RegExp(`^${v1.id}\\s+v1\\s+\\*{34}${v1.plaintext.slice(-6)}\\s+netbox link\\s+no\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}Z\\s+`),
      );
      expect(result.stdout).not.toContain(v1.plaintext);

      const json = await token(["list", "--json"]);
      const rows = JSON.parse(json.stdout) as Record<string, unknown>[];
      expect(rows.map((row) => Object.keys(row).sort())).toEqual(
        rows.map(() => [
          "created",
          "description",
          "display",
          "expires",
          "globalId",
          "id",
          "lastUsed",
          "purpose",
          "version",
          "writeEnabled",
        ]),
      );
      expect(json.stdout).not.toContain(v1.plaintext);
    },
    SLOW,
  );

  it(
    "revoke: refused while a NetBox endpoint links the token, naming it, and for the last write-enabled token; done by global ID once unlinked",
    async () => {
      const made = await token(["create", "--netbox-credential", "--json"]);
      expect(made.code).toBe(0);
      const credential = JSON.parse(made.stdout) as { id: number; globalId: string; plaintext: string; version: string; purpose: string };
      expect(credential).toMatchObject({ version: "V1", purpose: "NETBOX_CREDENTIAL" });
      expect((await viewerOf(`Token ${credential.plaintext}`)).status).toBe(401);
      const endpointId = await withDatabase(async (db) => {
        // An API token cannot be linked; the NetBox credential can.
        const refusedLink = await writeEndpoint(db, netboxRules, {
          name: "linked-netbox",
          domain: "netbox.example.com",
          tokenId: v1.id,
        });
        expect(refusedLink.userErrors).toEqual([expect.objectContaining({ field: ["tokenId"], code: "INVALID" })]);
        const saved = await writeEndpoint(db, netboxRules, {
          name: "linked-netbox",
          domain: "netbox.example.com",
          tokenId: credential.id,
        });
        expect(saved.userErrors).toEqual([]);
        return saved.id!;
      });
      const refused = await token(["revoke", String(credential.id)]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("The token is used by 1 NetBox endpoint; unlink it first.");
      expect(refused.stderr).toContain("Linked by: linked-netbox.");

      await withDatabase((db) => db.prisma.endpoint.delete({ where: { id: endpointId } }));
      expect((await token(["revoke", credential.globalId])).code).toBe(0);

      // Token 1 is the only write-enabled API token (v1 is read-only).
      const last = await token(["revoke", "1"]);
      expect(last.code).toBe(1);
      expect(last.stderr).toContain("the last write-enabled API token");
      expect(last.stderr).toContain("npm run token -- create");

      const revoked = await token(["revoke", v1.globalId]);
      expect(revoked.code).toBe(0);
      expect(revoked.stdout).toContain(`Revoked token ${v1.globalId}`);
      expect((await viewerOf(`Token ${v1.plaintext}`)).status).toBe(401);

      const again = await token(["revoke", v1.globalId]);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain("No token has this ID.");
    },
    SLOW,
  );

  it(
    "refuses what it cannot do with a message naming what is wrong, before touching the database",
    async () => {
      const unknown = await token(["frobnicate"]);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('unknown command "frobnicate"');
      expect(unknown.stderr).toContain("Usage:");

      const badExpiry = await token(["create", "--expires", "next tuesday"]);
      expect(badExpiry.code).toBe(2);
      expect(badExpiry.stderr).toContain("--expires: expected an ISO date or date-time");

      const past = await token(["create", "--expires", "2020-01-01"]);
      expect(past.code).toBe(1);
      expect(past.stderr).toContain("--expires: The expires field must be a time in the future.");

      const unknownOption = await token(["create", "--admin"]);
      expect(unknownOption.code).toBe(2);
      expect(unknownOption.stderr).toContain("--admin");

      const badUrl = await token(["list"], { DATABASE_URL: "mysql://localhost/db" });
      expect(badUrl.code).toBe(1);
      expect(badUrl.stderr).toContain("DATABASE_URL: expected postgres://");
    },
    SLOW,
  );
});

describe("configuration from a .env file", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "proxbox-env-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(
    "reads variables the environment does not set; the environment wins; a bad value names the variable and the file",
    async () => {
      const file = join(dir, "service.env");
      // The file names the database; the environment's DATABASE_URL (a wrong one) must not be there.
      await writeFile(file, `# the commands' database\nDATABASE_URL=${databaseUrl}\nPROXBOX_SECRET_KEY="${secretKeyText}"\n`);
      const fromFile = await runScript("scripts/token.ts", ["list", "--json"], { PROXBOX_ENV_FILE: file });
      expect(fromFile.stderr).toBe("");
      expect(JSON.parse(fromFile.stdout)).toHaveLength(1);

      const envWins = await runScript("scripts/token.ts", ["list"], { PROXBOX_ENV_FILE: file, DATABASE_URL: "mysql://localhost/db" });
      expect(envWins.code).toBe(1);
      expect(envWins.stderr).toContain("DATABASE_URL: expected postgres://");
      expect(envWins.stderr).not.toContain(file);

      await writeFile(file, `DATABASE_URL=${databaseUrl}\nPROXBOX_SECRET_KEY=${secretKeyText}\nPROXBOX_DB_POOL_SIZE=lots\n`);
      const bad = await runScript("scripts/token.ts", ["list"], { PROXBOX_ENV_FILE: file });
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain(`PROXBOX_DB_POOL_SIZE: expected a whole number from 1 to 1000, got "lots" (set in ${file})`);

      const missing = await runScript("scripts/token.ts", ["list"], { PROXBOX_ENV_FILE: join(dir, "nope.env") });
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain(`PROXBOX_ENV_FILE: no file at ${join(dir, "nope.env")}`);
    },
    SLOW,
  );
});

describe("npm run seed -- --demo", () => {
  const DEMO = `{
    endpoints(orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      nodes {
        __typename name domain port verifySsl display tags { name } customFields
        ... on ProxmoxEndpoint { mode version repoid username tokenName hasTokenValue hasPassword }
        ... on NetBoxEndpoint { tokenVersion tokenKey hasTokenSecret }
        ... on FastAPIEndpoint { useHttps useWebsocket websocketDomain websocketPort serverSideWebsocket websocketUrl registration { status } }
      }
    }
  }`;

  it(
    "loads the API document's three samples through the write path, and a second run changes nothing",
    async () => {
      const first = await runScript("scripts/seed.ts", ["--demo"], env);
      expect(first.stderr).toBe("");
      expect(first.code).toBe(0);
      expect(first.stdout.match(/^ {2}created /gm)).toHaveLength(3);
      expect(first.stdout).toContain("token registration skipped");

      const second = await runScript("scripts/seed.ts", ["--demo"], env);
      expect(second.code).toBe(0);
      expect(second.stdout.match(/^ {2}present /gm)).toHaveLength(3);

      await withDatabase(async (db) => {
        const service = createService(db);
        const { plaintext } = await createToken(db, { version: "V2", writeEnabled: false });
        const response = await service.fetch("http://service.test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${plaintext}` },
          body: JSON.stringify({ query: DEMO }),
        });
        const { data } = (await response.json()) as { data: { endpoints: { totalCount: number; nodes: Record<string, unknown>[] } } };
        expect(data.endpoints.totalCount).toBe(3);
        const [proxmox, backend, netbox] = data.endpoints.nodes;
        expect(proxmox).toEqual({
          __typename: "ProxmoxEndpoint",
          name: "prod-proxmox",
          domain: "proxmox.example.com",
          port: 8006,
          verifySsl: false,
          display: "prod-proxmox (proxmox.example.com)",
          tags: [],
          customFields: {},
          mode: "CLUSTER",
          version: "8.1.4",
          repoid: "",
          username: "root@pam",
          tokenName: "proxbox",
          hasTokenValue: true,
          hasPassword: false,
        });
        expect(netbox).toEqual({
          __typename: "NetBoxEndpoint",
          name: "remote-netbox",
          domain: "netbox.example.com",
          port: 443,
          verifySsl: true,
          display: "remote-netbox (netbox.example.com)",
          tags: [],
          customFields: {},
          tokenVersion: "V2",
          tokenKey: "my-key-id",
          hasTokenSecret: true,
        });
        expect(backend).toMatchObject({
          __typename: "FastAPIEndpoint",
          name: "proxbox-backend",
          domain: "proxbox-api.example.com",
          port: 8800,
          verifySsl: false,
          display: "proxbox-backend (proxbox-api.example.com)",
          useHttps: true,
          useWebsocket: true,
          websocketDomain: "",
          websocketPort: 8800,
          serverSideWebsocket: false,
          registration: null,
        });
        // The credentials went through the secret box: sealed, and bound to their rows.
        const [stored] = await db.driver.query<{ token_value: string }>("SELECT token_value FROM proxmox_endpoint");
        expect(stored!.token_value).not.toContain("xxxxxxxx-xxxx");
        const [secret] = await db.driver.query<{ token_secret: string }>("SELECT token_secret FROM netbox_endpoint");
        expect(secret!.token_secret).not.toContain("my-secret-value");
      });
    },
    SLOW,
  );

  it(
    "says what it loads when called without --demo",
    async () => {
      const result = await runScript("scripts/seed.ts", [], env);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("--demo");
    },
    SLOW,
  );
});

describe.runIf(databaseKind === "pglite")("the embedded database, one process at a time", () => {
  it(
    "refuses a command while another process holds the data folder, naming that process",
    async () => {
      const db = await openDatabase(parseDatabaseUrl(databaseUrl), { key });
      try {
        const result = await token(["list"]);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain(
          `is held by another process (pid ${process.pid} by its own account): PGlite serves one process at a time`,
        );
      } finally {
        await db.close();
      }
      // Given back at close: the next command runs.
      expect((await token(["list"])).code).toBe(0);
    },
    SLOW,
  );

  it(
    "refuses a second opening in one process too, and takes over a lock whose process is gone",
    async () => {
      const target = parseDatabaseUrl(databaseUrl);
      const db = await openDatabase(target, { key });
      try {
        await expect(openDatabase(target, { key })).rejects.toThrow(/is already open in this process/);
      } finally {
        await db.close();
      }
      // A process that died (kill -9) left its lock file behind, with its pid.
      const dead = 2 ** 22 + 12345;
      await writeFile(`${target.kind === "pglite" ? target.dataDir : ""}.lock`, `${dead}\n`);
      const again = await openDatabase(target, { key });
      await again.close();
    },
    SLOW,
  );
});
