// Secrets at rest: none is stored in clear, each is bound to its row, a wrong key is refused at
// start-up, and rotation moves every secret to a new key at once.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fastapiToken } from "../../src/kinds/fastapi/connection.js";
import { netboxAuthorization } from "../../src/kinds/netbox/connection.js";
import { proxmoxCredentials } from "../../src/kinds/proxmox/connection.js";
import { createToken } from "../../src/data/token-writes.js";
import { openDatabase } from "../../src/db/database.js";
import { SecretKeyMismatchError } from "../../src/secrets/key-check.js";
import { rotateSecrets } from "../../src/data/secret-rotation.js";
import { SecretBox } from "../../src/secrets/secret-box.js";
import { graphql } from "../generated/gql.js";
import { startService, testKey, type TestService } from "../support/service.js";

const CreateProxmox = graphql(`
  mutation AtRestCreateProxmox($input: CreateProxmoxEndpointInput!) {
    createProxmoxEndpoint(input: $input) {
      proxmoxEndpoint {
        databaseId
      }
      userErrors {
        field
      }
    }
  }
`);

const CreateNetbox = graphql(`
  mutation AtRestCreateNetbox($input: CreateNetBoxEndpointInput!) {
    createNetBoxEndpoint(input: $input) {
      netBoxEndpoint {
        databaseId
      }
    }
  }
`);

const CreateFastapi = graphql(`
  mutation AtRestCreateFastapi($input: CreateFastAPIEndpointInput!) {
    createFastApiEndpoint(input: $input) {
      fastApiEndpoint {
        databaseId
        token
      }
    }
  }
`);

const Planted = {
  password: "pw-PLANTED-7c1f0e2d9a",
  tokenValue: "tv-PLANTED-0b5e3c1a88",
  tokenSecret: "ts-PLANTED-e4d2b6a901",
};

let service: TestService;
let proxmoxId: number;
let netboxId: number;
let fastapiId: number;
let backendToken: string;
let v1Plaintext: string;
let v1Id: number;

beforeAll(async () => {
  // Backend registration is attempted on create; nothing listens on port 9.
  service = await startService({ outbound: { registrationStatusTimeoutMs: 300, registrationTimeoutMs: 300 } });
  proxmoxId = (
    await service.ok(CreateProxmox, {
      input: { name: "at-rest", domain: "pve.example.com", password: Planted.password, tokenName: "ci", tokenValue: Planted.tokenValue },
    })
  ).createProxmoxEndpoint.proxmoxEndpoint!.databaseId;
  netboxId = (
    await service.ok(CreateNetbox, {
      input: { name: "at-rest", domain: "netbox.example.com", tokenVersion: "V2", tokenKey: "key-1", tokenSecret: Planted.tokenSecret },
    })
  ).createNetBoxEndpoint.netBoxEndpoint!.databaseId;
  const fastapi = (await service.ok(CreateFastapi, { input: { name: "at-rest", domain: "localhost", port: 9 } })).createFastApiEndpoint
    .fastApiEndpoint!;
  fastapiId = fastapi.databaseId;
  backendToken = fastapi.token!;
  ({ id: v1Id, plaintext: v1Plaintext } = await createToken(service.db, { version: "V1" }));
});
afterAll(async () => {
  await service?.close();
});

async function everyStoredValue(): Promise<string> {
  const tables = await service.db.driver.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
  );
  const dumps: string[] = [];
  for (const { table_name } of tables) {
    dumps.push(JSON.stringify(await service.db.driver.query(`SELECT * FROM "${table_name}"`)));
  }
  return dumps.join("\n");
}

describe("secrets at rest", () => {
  it("stores none of the planted secrets in clear, in any table", async () => {
    const stored = await everyStoredValue();
    for (const secret of [...Object.values(Planted), backendToken, v1Plaintext]) expect(stored).not.toContain(secret);
  });

  it("stores each secret sealed (AES-256-GCM), with a fresh nonce every time", async () => {
    const [row] = await service.db.driver.query<{ password: string; token_value: string }>(
      "SELECT password, token_value FROM proxmox_endpoint WHERE endpoint_id = $1",
      [proxmoxId],
    );
    expect(row!.password).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    const again = service.db.secrets.seal(Planted.password, `proxmox_endpoint.password:${proxmoxId}`);
    expect(again).not.toBe(row!.password);
  });

  it("reads them back for the systems behind the endpoints", async () => {
    expect(await proxmoxCredentials(service.db, proxmoxId)).toMatchObject({ password: Planted.password, tokenValue: Planted.tokenValue });
    expect(await netboxAuthorization(service.db, netboxId)).toBe(`Bearer nbt_key-1.${Planted.tokenSecret}`);
    expect(await fastapiToken(service.db, fastapiId)).toBe(backendToken);
  });

  it("binds each ciphertext to its row: moved to another row, it does not decrypt", async () => {
    const other = (await service.ok(CreateProxmox, { input: { name: "at-rest-2", domain: "pve2.example.com", password: "other" } }))
      .createProxmoxEndpoint.proxmoxEndpoint!.databaseId;
    const [own] = await service.db.driver.query<{ password: string }>("SELECT password FROM proxmox_endpoint WHERE endpoint_id = $1", [
      other,
    ]);
    await service.db.driver.query(
      "UPDATE proxmox_endpoint SET password = (SELECT password FROM proxmox_endpoint WHERE endpoint_id = $1) WHERE endpoint_id = $2",
      [proxmoxId, other],
    );
    await expect(proxmoxCredentials(service.db, other)).rejects.toThrow(/does not decrypt/);
    await service.db.driver.query("UPDATE proxmox_endpoint SET password = $1 WHERE endpoint_id = $2", [own!.password, other]);
  });

  it("binds each ciphertext to its column too", async () => {
    const [row] = await service.db.driver.query<{ password: string }>("SELECT password FROM proxmox_endpoint WHERE endpoint_id = $1", [
      proxmoxId,
    ]);
    expect(() => service.db.secrets.open(row!.password, `proxmox_endpoint.tokenValue:${proxmoxId}`)).toThrow();
  });

  it("seals v1 token plaintexts too", async () => {
    const [row] = await service.db.driver.query<{ plaintext: string }>("SELECT plaintext FROM token WHERE id = $1", [v1Id]);
    expect(row!.plaintext).not.toContain(v1Plaintext);
    expect(service.db.secrets.open(row!.plaintext, `token.plaintext:${v1Id}`)).toBe(v1Plaintext);
  });
});

describe("the secret key", () => {
  it("is checked when the database is opened: a wrong key is refused, and nothing is changed", async () => {
    // A second opening of the same database: PGlite in memory cannot be shared, so use a folder.
    const dir = await mkdtemp(join(tmpdir(), "proxbox-key-"));
    const { target, dispose } =
      service.target.kind === "postgres"
        ? { target: service.target, dispose: () => Promise.resolve() }
        : { target: { kind: "pglite" as const, dataDir: join(dir, "db") }, dispose: () => rm(dir, { recursive: true, force: true }) };
    try {
      const right = testKey();
      if (target.kind === "pglite") {
        const first = await openDatabase(target, { key: right });
        await createToken(first, { version: "V1" });
        await first.close();
      }
      const dump = async () => {
        const db = await openDatabase(target, { key: target.kind === "pglite" ? right : service.key });
        try {
          return (
            JSON.stringify(await db.driver.query("SELECT * FROM token ORDER BY id")) +
            JSON.stringify(await db.driver.query("SELECT * FROM secret_key_check"))
          );
        } finally {
          await db.close();
        }
      };
      const before = await dump();
      await expect(openDatabase(target, { key: testKey() })).rejects.toBeInstanceOf(SecretKeyMismatchError);
      await expect(openDatabase(target, { key: testKey() })).rejects.toThrow(/not the key the stored secrets were encrypted with/);
      expect(await dump()).toBe(before);
    } finally {
      await dispose();
    }
  });

  it("rotates: every secret moves to the new key in one transaction", async () => {
    const newBox = SecretBox.random();
    const count = await rotateSecrets(service.db, newBox);
    expect(count).toBeGreaterThanOrEqual(6);
    const [row] = await service.db.driver.query<{ token_secret: string }>(
      "SELECT token_secret FROM netbox_endpoint WHERE endpoint_id = $1",
      [netboxId],
    );
    expect(newBox.open(row!.token_secret, `netbox_endpoint.tokenSecret:${netboxId}`)).toBe(Planted.tokenSecret);
    expect(() => service.db.secrets.open(row!.token_secret, `netbox_endpoint.tokenSecret:${netboxId}`)).toThrow();
  });
});
