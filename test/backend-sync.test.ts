// Backend synchronisation over real HTTP: Proxmox and NetBox endpoints written through GraphQL
// reach a fake proxbox-api (test/support/fake-upstreams.ts) through the outbox and its deliverer,
// with the backend's key and the payload proxbox-api takes; a backend that is down receives
// everything once it is back, a restart loses nothing, and two deliverers on one PostgreSQL deliver
// each row once.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "./generated/gql.js";
import type { DatabaseTarget } from "../src/config.js";
import { createToken } from "../src/data/token-writes.js";
import { encodeGlobalId } from "../src/domain/global-id.js";
import { type Database, openDatabase } from "../src/db/database.js";
import { fastapiToken } from "../src/kinds/fastapi/connection.js";
import { httpUpstreams } from "../src/outbound/upstreams.js";
import { DEFAULT_OUTBOUND_OPTIONS } from "../src/outbound/options.js";
import { createService } from "../src/server/yoga.js";
import { type BackendDeliverer, type DelivererLogger, startBackendDeliverer } from "../src/sync/backend-deliverer.js";
import { type FakeBackend, startFakeBackend } from "./support/fake-upstreams.js";
import { createTestDatabase } from "./support/postgres.js";
import { statementLog } from "./support/statement-log.js";
import { authorization, databaseKind, openTestDatabase, testKey } from "./support/service.js";

const CreateIpAddress = graphql(`
  mutation BackendSyncCreateIpAddress($input: CreateIPAddressInput!) {
    createIpAddress(input: $input) {
      ipAddress {
        id
      }
    }
  }
`);

const CreateFastApi = graphql(`
  mutation BackendSyncCreateFastApi($input: CreateFastAPIEndpointInput!) {
    createFastApiEndpoint(input: $input) {
      fastApiEndpoint {
        id
        databaseId
        registration {
          status
        }
      }
      userErrors {
        message
      }
    }
  }
`);

const CreateProxmox = graphql(`
  mutation BackendSyncCreateProxmox($input: CreateProxmoxEndpointInput!) {
    createProxmoxEndpoint(input: $input) {
      proxmoxEndpoint {
        id
        databaseId
      }
      userErrors {
        message
      }
    }
  }
`);

const UpdateProxmox = graphql(`
  mutation BackendSyncUpdateProxmox($input: UpdateProxmoxEndpointInput!) {
    updateProxmoxEndpoint(input: $input) {
      proxmoxEndpoint {
        id
      }
      userErrors {
        message
      }
    }
  }
`);

const UpdateFastApi = graphql(`
  mutation BackendSyncUpdateFastApi($input: UpdateFastAPIEndpointInput!) {
    updateFastApiEndpoint(input: $input) {
      fastApiEndpoint {
        id
      }
      userErrors {
        message
      }
    }
  }
`);

const DeleteProxmox = graphql(`
  mutation BackendSyncDeleteProxmox($input: IdInput!) {
    deleteProxmoxEndpoint(input: $input) {
      deletedId
      userErrors {
        message
      }
    }
  }
`);

const CreateNetBox = graphql(`
  mutation BackendSyncCreateNetBox($input: CreateNetBoxEndpointInput!) {
    createNetBoxEndpoint(input: $input) {
      netBoxEndpoint {
        id
        databaseId
      }
      userErrors {
        message
      }
    }
  }
`);

const ProxmoxSync = graphql(`
  query BackendSyncStates($first: Int!) {
    proxmoxEndpoints(first: $first) {
      nodes {
        databaseId
        backendSync {
          state
          lastError
          backendId
          syncedAt
          backend {
            databaseId
            name
          }
        }
      }
    }
  }
`);

const Reconcile = graphql(`
  mutation BackendSyncReconcile($input: ReconcileBackendInput!) {
    reconcileBackend(input: $input) {
      backendId
      missingIds
      staleIds
      removedNames
      inStepCount
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const PASSWORD = "pve-password-5e1f";
const TOKEN_VALUE = "7b1c2a9e-0000-4f6e-9d3c-5a2b1c0d9e8f";
const NETBOX_SECRET = "netbox-secret-0123456789abcdef0123456789";

/** The database id inside a global ID. */
function databaseIdOf(globalId: string): number {
  return Number(Buffer.from(globalId, "base64").toString("utf8").split(":")[1]);
}

/** Bounded polling: no test waits on a duration, only on a condition. */
async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let round = 0; round < 600; round++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting until ${what}`);
}

interface Instance {
  db: Database;
  /** Every response body, in order. */
  responses(): string[];
  token: string;
  deliverer: BackendDeliverer | null;
  gql<Data, Variables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data>;
  startDeliverer(): BackendDeliverer;
  close(): Promise<void>;
}

const logged: string[] = [];
const logger: DelivererLogger = {
  warn: (fields, message) => void logged.push(JSON.stringify({ ...fields, message })),
  debug: (fields, message) => void logged.push(JSON.stringify({ ...fields, message })),
};

const FAST = { pollMs: 50, backoffBaseMs: 20, backoffMaxMs: 200, claimMs: 5_000 };

/** A service on `db`, as main.ts runs it: Yoga and, when started, a deliverer with the same upstreams. */
async function instanceOn(db: Database, token?: string): Promise<Instance> {
  const upstreams = httpUpstreams({ ...DEFAULT_OUTBOUND_OPTIONS, timeoutMs: 3_000 });
  const yoga = createService(db, { upstreams });
  const plaintext = token ?? (await createToken(db, { version: "V2", description: "tests: write" })).plaintext;
  const bodies: string[] = [];
  const instance: Instance = {
    db,
    responses: () => bodies,
    token: plaintext,
    deliverer: null,
    async gql(document, variables) {
      const response = await yoga.fetch("http://service.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: authorization(plaintext) },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const text = await response.text();
      bodies.push(text);
      const body = JSON.parse(text) as { data?: unknown; errors?: unknown };
      if (body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
      return body.data as never;
    },
    startDeliverer() {
      instance.deliverer = startBackendDeliverer({ db, upstreams }, logger, FAST);
      return instance.deliverer;
    },
    async close() {
      await instance.deliverer?.stop();
    },
  };
  return instance;
}

let backend: FakeBackend;
beforeAll(async () => {
  backend = await startFakeBackend(null);
});
afterAll(async () => {
  await backend.close();
});
beforeEach(() => {
  backend.reset();
  logged.length = 0;
});

/** Makes the FastAPI endpoint (which registers its token with the fake) and the loopback address. */
async function setUp(instance: Instance): Promise<{ backendId: number; key: string; ipId: string }> {
  const ip = await instance.gql(CreateIpAddress, { input: { address: "127.0.0.1/32" } });
  const ipId = ip.createIpAddress.ipAddress!.id;
  const created = await instance.gql(CreateFastApi, {
    input: { name: "backend", ipAddressId: ipId, port: backend.port, verifySsl: false },
  });
  expect(created.createFastApiEndpoint.userErrors).toEqual([]);
  expect(created.createFastApiEndpoint.fastApiEndpoint!.registration?.status).toBe("REGISTERED");
  const backendId = created.createFastApiEndpoint.fastApiEndpoint!.databaseId;
  return { backendId, key: await fastapiToken(instance.db, backendId), ipId };
}

async function outboxStates(db: Database): Promise<{ endpointId: number; state: string; lastError: string | null }[]> {
  return db.prisma.backendOutbox.findMany({ select: { endpointId: true, state: true, lastError: true }, orderBy: { endpointId: "asc" } });
}

function expectNoSecretIn(texts: string[], secrets: string[]): void {
  for (const secret of secrets) for (const text of texts) expect(text).not.toContain(secret);
}

describe("backend synchronisation", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let instance: Instance;
  let backendId: number;
  let key: string;
  let ipId: string;

  beforeEach(async () => {
    opened = await openTestDatabase();
    instance = await instanceOn(opened.db);
    ({ backendId, key, ipId } = await setUp(instance));
  });
  afterEach(async () => {
    await instance.close();
    await opened.dispose();
  });

  it("pushes each create, update and delete with the backend's key and proxbox-api's payload", async () => {
    instance.startDeliverer();
    const created = await instance.gql(CreateProxmox, {
      input: { name: "pve-a", ipAddressId: ipId, port: 8006, verifySsl: false, username: "root@pam", password: PASSWORD },
    });
    const proxmox = created.createProxmoxEndpoint.proxmoxEndpoint!;
    await until(() => backend.endpointStore.proxmox.length === 1, "the Proxmox endpoint arrives");
    expect(backend.endpointStore.proxmox[0]!.body).toEqual({
      name: `pve-a (nb:${proxmox.databaseId})`,
      ip_address: "127.0.0.1",
      domain: null,
      port: 8006,
      username: "root@pam",
      password: PASSWORD,
      verify_ssl: false,
      timeout: null,
      max_retries: null,
      retry_backoff: null,
      token_name: null,
      token_value: null,
    });
    const writes = () => backend.requests.filter((request) => request.path.startsWith("/proxmox/endpoints"));
    for (const request of writes()) expect(request.headers["x-proxbox-api-key"]).toBe(key);
    for (const request of writes().filter((r) => r.method !== "GET")) {
      expect(request.headers["content-length"]).toBe(String(Buffer.byteLength(request.body)));
      expect(request.headers["transfer-encoding"]).toBeUndefined();
    }

    await instance.gql(UpdateProxmox, { input: { id: proxmox.id, name: "pve-b", tokenName: "sync", tokenValue: TOKEN_VALUE } });
    await until(() => backend.endpointStore.log.length === 2, "the update arrives");
    expect(backend.endpointStore.proxmox[0]!.body).toMatchObject({
      name: `pve-b (nb:${proxmox.databaseId})`,
      token_name: "sync",
      token_value: TOKEN_VALUE,
      password: PASSWORD,
    });

    await instance.gql(DeleteProxmox, { input: { id: proxmox.id } });
    await until(() => backend.endpointStore.proxmox.length === 0, "the deletion arrives");
    expect(backend.endpointStore.log).toEqual([
      `POST proxmox pve-a (nb:${proxmox.databaseId})`,
      `PUT proxmox pve-b (nb:${proxmox.databaseId})`,
      `DELETE proxmox pve-b (nb:${proxmox.databaseId})`,
    ]);
    // Delivered deletions leave nothing behind, and a row in step is not delivered again.
    await until(async () => (await outboxStates(instance.db)).length === 0, "the outbox is empty");
    expect(backend.requestsTo("/proxmox/endpoints", "GET")).toHaveLength(3);
    expectNoSecretIn(logged, [PASSWORD, TOKEN_VALUE, key]);
  });

  it("pushes an endpoint's own request limits, removes it there once disabled, and sends a disabled backend nothing", async () => {
    instance.startDeliverer();
    const created = await instance.gql(CreateProxmox, {
      input: {
        name: "pve-limits",
        ipAddressId: ipId,
        port: 8006,
        username: "root@pam",
        password: PASSWORD,
        timeout: 30,
        maxRetries: 3,
        retryBackoff: 1.5,
      },
    });
    const proxmox = created.createProxmoxEndpoint.proxmoxEndpoint!;
    await until(() => backend.endpointStore.proxmox.length === 1, "the Proxmox endpoint arrives");
    expect(backend.endpointStore.proxmox[0]!.body).toMatchObject({ timeout: 30, max_retries: 3, retry_backoff: 1.5 });

    await instance.gql(UpdateProxmox, { input: { id: proxmox.id, enabled: false } });
    await until(() => backend.endpointStore.proxmox.length === 0, "the disabled endpoint is removed there");

    const backendGlobalId = encodeGlobalId("FastAPIEndpoint", backendId);
    await instance.gql(UpdateFastApi, { input: { id: backendGlobalId, enabled: false } });
    const before = backend.requests.length;
    await instance.gql(UpdateProxmox, { input: { id: proxmox.id, enabled: true, name: "pve-limits-2" } });
    await instance.gql(CreateProxmox, {
      input: { name: "pve-later", ipAddressId: ipId, port: 8006, username: "root@pam", password: PASSWORD },
    });
    // Nothing is queued for a disabled backend, nor sent to it.
    expect((await outboxStates(instance.db)).filter((row) => row.state !== "IN_STEP")).toEqual([]);
    expect(backend.requests.slice(before).filter((request) => request.path.startsWith("/proxmox/endpoints"))).toEqual([]);

    await instance.gql(UpdateFastApi, { input: { id: backendGlobalId, enabled: true } });
    await until(() => backend.endpointStore.proxmox.length === 2, "both endpoints arrive once the backend is enabled again");
    expect(backend.endpointStore.proxmox.map((row) => row.body.name).sort()).toEqual(
      [`pve-later (nb:${proxmox.databaseId + 1})`, `pve-limits-2 (nb:${proxmox.databaseId})`].sort(),
    );
  });

  it("pushes a NetBox endpoint with its v2 token, and refuses a second one as proxbox-api does", async () => {
    instance.startDeliverer();
    const first = await instance.gql(CreateNetBox, {
      input: { name: "netbox", domain: "netbox.example.com", tokenVersion: "V2", tokenKey: "k3y", tokenSecret: NETBOX_SECRET },
    });
    const netboxId = first.createNetBoxEndpoint.netBoxEndpoint!.databaseId;
    await until(() => backend.endpointStore.netbox.length === 1, "the NetBox endpoint arrives");
    expect(backend.endpointStore.netbox[0]!.body).toEqual({
      name: `netbox (nb:${netboxId})`,
      ip_address: "127.0.0.1",
      domain: "netbox.example.com",
      port: 443,
      verify_ssl: true,
      token_version: "v2",
      token: NETBOX_SECRET,
      token_key: "k3y",
    });
    const second = await instance.gql(CreateNetBox, {
      input: { name: "netbox-2", domain: "netbox2.example.com", tokenVersion: "V1", tokenSecret: NETBOX_SECRET },
    });
    const secondId = second.createNetBoxEndpoint.netBoxEndpoint!.databaseId;
    await until(
      async () => (await outboxStates(instance.db)).some((row) => row.endpointId === secondId && row.state === "FAILED"),
      "the second NetBox endpoint fails",
    );
    const failed = (await outboxStates(instance.db)).find((row) => row.endpointId === secondId)!;
    expect(failed.lastError).toBe("The backend answered HTTP 400 to POST /netbox/endpoint: Only one NetBox endpoint is allowed");
    expectNoSecretIn([...logged, failed.lastError!], [NETBOX_SECRET, key]);
  });

  it("keeps what a backend that is down missed, and delivers it once, in order, when it is back", async () => {
    instance.startDeliverer();
    backend.settings.endpointsDown = true;
    const ids: string[] = [];
    for (const name of ["pve-1", "pve-2", "pve-3"]) {
      const created = await instance.gql(CreateProxmox, { input: { name, domain: `${name}.example.com`, password: PASSWORD } });
      ids.push(created.createProxmoxEndpoint.proxmoxEndpoint!.id);
    }
    await until(
      async () => (await outboxStates(instance.db)).filter((row) => row.state === "FAILED").length === 3,
      "every delivery has failed at least once",
    );
    expect((await outboxStates(instance.db)).map((row) => row.lastError)).toEqual(
      Array(3).fill("The backend answered HTTP 503 to GET /proxmox/endpoints: Service Unavailable"),
    );
    // Changes while it is down replace the pending ones: the backend gets the latest state only.
    await instance.gql(UpdateProxmox, { input: { id: ids[0]!, name: "pve-1-renamed" } });
    await instance.gql(DeleteProxmox, { input: { id: ids[2]! } });
    backend.settings.endpointsDown = false;
    await until(async () => {
      const rows = await outboxStates(instance.db);
      return rows.length === 2 && rows.every((row) => row.state === "IN_STEP");
    }, "the backend is in step");
    const names = backend.endpointStore.proxmox.map((row) => String(row.body.name).replace(/ \(nb:\d+\)$/, "")).sort();
    expect(names).toEqual(["pve-1-renamed", "pve-2"]);
    // Once each and in order, per endpoint: one POST (no duplicate row), and its last write is its
    // state here. A delivery that read the endpoint just before a change may still send that
    // state; the change follows it, never the other way round.
    const linesOf = (databaseId: number) =>
      backend.endpointStore.log.filter((line) => line.endsWith(`(nb:${databaseId})`)).map((line) => line.replace(/ \(nb:\d+\)$/, ""));
    const [first, second, third] = ids.map((id) => databaseIdOf(id));
    for (const id of [first!, second!]) expect(linesOf(id).filter((line) => line.startsWith("POST "))).toHaveLength(1);
    expect(linesOf(first!).at(-1)).toMatch(/^(POST|PUT) proxmox pve-1-renamed$/);
    expect(linesOf(second!)).toEqual(["POST proxmox pve-2"]);
    const deleted = linesOf(third!);
    expect(
      deleted.length === 0 || (deleted.length === 2 && deleted[0] === "POST proxmox pve-3" && deleted[1] === "DELETE proxmox pve-3"),
    ).toBe(true);
    expectNoSecretIn(logged, [PASSWORD, key]);
  });

  it("shows each endpoint's state per backend, in a number of statements that does not grow with the page", async () => {
    const capture = statementLog(instance.db);
    for (const name of ["pve-s1", "pve-s2", "pve-s3", "pve-s4"]) {
      await instance.gql(CreateProxmox, { input: { name, domain: `${name}.example.com`, password: PASSWORD } });
    }
    let page = await instance.gql(ProxmoxSync, { first: 10 });
    expect(page.proxmoxEndpoints.nodes.map((node) => node.backendSync.map((sync) => sync.state))).toEqual(Array(4).fill(["PENDING"]));
    instance.startDeliverer();
    await until(async () => (await outboxStates(instance.db)).every((row) => row.state === "IN_STEP"), "all are in step");
    page = await instance.gql(ProxmoxSync, { first: 10 });
    const remoteIds = new Map(backend.endpointStore.proxmox.map((row) => [String(row.body.name), row.id]));
    for (const node of page.proxmoxEndpoints.nodes) {
      expect(node.backendSync).toHaveLength(1);
      const [sync] = node.backendSync;
      expect(sync).toMatchObject({ state: "IN_STEP", lastError: null, backend: { databaseId: backendId, name: "backend" } });
      expect(sync!.syncedAt).not.toBeNull();
      expect([...remoteIds.entries()].find(([name]) => name.endsWith(`(nb:${node.databaseId})`))?.[1]).toBe(sync!.backendId);
    }
    await instance.deliverer!.stop();
    const one = await capture(() => instance.gql(ProxmoxSync, { first: 1 }));
    const four = await capture(() => instance.gql(ProxmoxSync, { first: 4 }));
    expect(four.length).toBe(one.length);
  });

  it("reconciles a backend: pushes what is missing or stale there, removes what was deleted here, leaves others' rows", async () => {
    instance.startDeliverer();
    const ids: { id: string; databaseId: number }[] = [];
    for (const name of ["pve-r1", "pve-r2"]) {
      const created = await instance.gql(CreateProxmox, { input: { name, domain: `${name}.example.com`, password: PASSWORD } });
      ids.push(created.createProxmoxEndpoint.proxmoxEndpoint!);
    }
    await until(async () => (await outboxStates(instance.db)).every((row) => row.state === "IN_STEP"), "both are in step");
    const backendGlobalId = (await instance.gql(ProxmoxSync, { first: 1 })).proxmoxEndpoints.nodes[0]!.backendSync[0]!.backend;
    expect(backendGlobalId.databaseId).toBe(backendId);
    const store = backend.endpointStore.proxmox;
    // Drift: one row lost there, one changed there, one left from an endpoint deleted here, one made by hand.
    store.splice(
      store.findIndex((row) => String(row.body.name).endsWith(`(nb:${ids[0]!.databaseId})`)),
      1,
    );
    store.find((row) => String(row.body.name).endsWith(`(nb:${ids[1]!.databaseId})`))!.body.port = 9999;
    store.push({ id: 900, body: { name: "old (nb:99999)", domain: "old.example.com", port: 8006, password: "x" } });
    store.push({ id: 901, body: { name: "manual", domain: "manual.example.com", port: 8006, password: "x" } });
    const backendNodeId = `${Buffer.from(`FastAPIEndpoint:${backendId}`).toString("base64")}`;
    const report = await instance.gql(Reconcile, { input: { backendId: backendNodeId } });
    expect(report.reconcileBackend).toEqual({
      backendId: backendNodeId,
      missingIds: [ids[0]!.id],
      staleIds: [ids[1]!.id],
      removedNames: ["old (nb:99999)"],
      inStepCount: 0,
      userErrors: [],
    });
    await until(
      () => store.length === 3 && store.find((row) => String(row.body.name).endsWith(`(nb:${ids[1]!.databaseId})`))?.body.port === 8006,
      "the drift is repaired",
    );
    expect(store.map((row) => String(row.body.name)).sort()).toEqual(
      ["manual", `pve-r1 (nb:${ids[0]!.databaseId})`, `pve-r2 (nb:${ids[1]!.databaseId})`].sort(),
    );
    await until(async () => (await outboxStates(instance.db)).every((row) => row.state === "IN_STEP"), "both are in step again");
    const again = await instance.gql(Reconcile, { input: { backendId: backendNodeId } });
    expect(again.reconcileBackend).toMatchObject({ missingIds: [], staleIds: [], removedNames: [], inStepCount: 2, userErrors: [] });

    backend.settings.endpointsDown = true;
    const down = await instance.gql(Reconcile, { input: { backendId: backendNodeId } });
    expect(down.reconcileBackend.userErrors).toEqual(
      ["/proxmox/endpoints", "/netbox/endpoint"].map((path) => ({
        field: ["backendId"],
        code: "BAD_RESPONSE",
        message: `The backend answered HTTP 503 to GET ${path}: Service Unavailable`,
      })),
    );
    expectNoSecretIn([...instance.responses(), ...logged], [PASSWORD, key]);
  });

  it("answers a wrong key with the failure, and stays failed and visible until the key is right", async () => {
    backend.keys[0]!.key = "another-key-0123456789abcdef0123456789";
    instance.startDeliverer();
    const created = await instance.gql(CreateProxmox, { input: { name: "pve-key", domain: "pve.example.com", password: PASSWORD } });
    const id = created.createProxmoxEndpoint.proxmoxEndpoint!.databaseId;
    await until(async () => (await outboxStates(instance.db))[0]?.state === "FAILED", "the delivery fails");
    expect((await outboxStates(instance.db))[0]).toEqual({
      endpointId: id,
      state: "FAILED",
      lastError:
        "The backend refused the service's API key (HTTP 403) to GET /proxmox/endpoints: register the FastAPI endpoint's token with it again (rotateFastApiEndpointToken).",
    });
    backend.keys[0]!.key = key;
    await until(async () => (await outboxStates(instance.db))[0]?.state === "IN_STEP", "the delivery succeeds with the right key");
    expect(backend.endpointStore.proxmox).toHaveLength(1);
    expect(backendId).toBeGreaterThan(0);
  });
});

describe("backend synchronisation across restarts and instances", () => {
  it("loses nothing across a restart: a new service on the same database delivers what the old one could not", async () => {
    const folder = databaseKind === "pglite" ? await mkdtemp(join(tmpdir(), "proxbox-sync-")) : null;
    let target: DatabaseTarget;
    let dispose: () => Promise<void>;
    const key = testKey();
    if (folder) {
      target = { kind: "pglite", dataDir: folder };
      dispose = () => rm(folder, { recursive: true, force: true });
    } else {
      const created = await createTestDatabase();
      target = { kind: "postgres", url: created.url };
      dispose = () => created.drop();
    }
    try {
      const first = await instanceOn(await openDatabase(target, { key, snapshotDir: null }));
      const { key: backendKey } = await setUp(first);
      first.startDeliverer();
      backend.settings.endpointsDown = true;
      const created = await first.gql(CreateProxmox, { input: { name: "pve-restart", domain: "pve.example.com", password: PASSWORD } });
      const id = created.createProxmoxEndpoint.proxmoxEndpoint!.databaseId;
      await until(async () => (await outboxStates(first.db))[0]?.state === "FAILED", "the delivery fails while the backend is down");
      await first.close();
      await first.db.close();

      backend.settings.endpointsDown = false;
      const second = await instanceOn(await openDatabase(target, { key, snapshotDir: null }), first.token);
      second.startDeliverer();
      await until(async () => (await outboxStates(second.db))[0]?.state === "IN_STEP", "the new service delivers it");
      expect(backend.endpointStore.log).toEqual([`POST proxmox pve-restart (nb:${id})`]);
      expect(backend.endpointStore.proxmox[0]!.body.password).toBe(PASSWORD);
      expectNoSecretIn(logged, [PASSWORD, backendKey]);
      await second.close();
      await second.db.close();
    } finally {
      await dispose();
    }
  });

  it.runIf(databaseKind === "postgres")("delivers each row once with two deliverers on one PostgreSQL", async () => {
    const opened = await openTestDatabase();
    const first = await instanceOn(opened.db);
    const otherDb = await openDatabase(opened.target, { key: opened.key });
    const second = await instanceOn(otherDb, first.token);
    try {
      await setUp(first);
      const names = Array.from({ length: 12 }, (_, index) => `pve-${index}`);
      for (const name of names) await first.gql(CreateProxmox, { input: { name, domain: `${name}.example.com`, password: PASSWORD } });
      first.startDeliverer();
      second.startDeliverer();
      await until(async () => {
        const rows = await outboxStates(first.db);
        return rows.length === names.length && rows.every((row) => row.state === "IN_STEP");
      }, "every row is delivered");
      const posts = backend.endpointStore.log.filter((line) => line.startsWith("POST "));
      expect(posts).toHaveLength(names.length);
      expect(backend.endpointStore.log.filter((line) => !line.startsWith("POST "))).toEqual([]);
      expect(backend.endpointStore.proxmox).toHaveLength(names.length);
    } finally {
      await first.close();
      await second.close();
      await otherDb.close();
      await opened.dispose();
    }
  });
});
