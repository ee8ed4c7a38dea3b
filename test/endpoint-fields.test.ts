// The fields issue 13 adds, through GraphQL: `enabled` on every kind (a disabled endpoint is not
// contacted), and the Proxmox `environment` and per-endpoint request limits (`timeout`,
// `maxRetries`, `retryBackoff`), which the service's own calls to that server use. Real servers on
// loopback play Proxmox VE and the Proxbox backend, so that "not contacted" is what they received.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "./generated/gql.js";
import type { CreateProxmoxEndpointInput, ProxmoxEndpointFilter } from "./generated/graphql.js";
import {
  type FakeBackend,
  type FakeProxmox,
  type SilentServer,
  startFakeBackend,
  startFakeProxmox,
  startSilentServer,
} from "./support/fake-upstreams.js";
import { startService, type TestService } from "./support/service.js";
import { makeTestTls } from "./support/tls.js";
import { withProxmoxCredentials } from "./support/proxmox-credentials.js";

// The service's own bound is long, so that a call that ends sooner used the endpoint's timeout.
const SERVICE_TIMEOUT_MS = 120_000;

const CreateIpAddress = graphql(`
  mutation FieldsCreateIpAddress($input: CreateIPAddressInput!) {
    createIpAddress(input: $input) {
      ipAddress {
        id
      }
    }
  }
`);

const CreateProxmox = graphql(`
  mutation FieldsCreateProxmox($input: CreateProxmoxEndpointInput!) {
    createProxmoxEndpoint(input: $input) {
      proxmoxEndpoint {
        ...FieldsProxmox
      }
      userErrors {
        field
        code
        message
      }
    }
  }
  fragment FieldsProxmox on ProxmoxEndpoint {
    id
    databaseId
    name
    enabled
    environment
    environmentLabel
    timeout
    maxRetries
    retryBackoff
  }
`);

const UpdateProxmox = graphql(`
  mutation FieldsUpdateProxmox($input: UpdateProxmoxEndpointInput!) {
    updateProxmoxEndpoint(input: $input) {
      proxmoxEndpoint {
        ...FieldsProxmox
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const CreateNetbox = graphql(`
  mutation FieldsCreateNetbox($input: CreateNetBoxEndpointInput!) {
    createNetBoxEndpoint(input: $input) {
      netBoxEndpoint {
        id
        enabled
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const CreateFastApi = graphql(`
  mutation FieldsCreateFastApi($input: CreateFastAPIEndpointInput!) {
    createFastApiEndpoint(input: $input) {
      fastApiEndpoint {
        id
        databaseId
        enabled
        registration {
          status
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const UpdateFastApi = graphql(`
  mutation FieldsUpdateFastApi($input: UpdateFastAPIEndpointInput!) {
    updateFastApiEndpoint(input: $input) {
      fastApiEndpoint {
        enabled
        registration {
          status
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const ProxmoxList = graphql(`
  query FieldsProxmoxList($filter: ProxmoxEndpointFilter) {
    proxmoxEndpoints(filter: $filter, first: 100) {
      edges {
        node {
          name
        }
      }
    }
  }
`);

const EndpointList = graphql(`
  query FieldsEndpointList($filter: EndpointFilter) {
    endpoints(filter: $filter, first: 100) {
      edges {
        node {
          name
          enabled
        }
      }
    }
  }
`);

const CheckConnection = graphql(`
  mutation FieldsCheck($input: IdInput!) {
    checkEndpointConnection(input: $input) {
      check {
        ok
        message
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const SyncProxmox = graphql(`
  mutation FieldsSync($input: IdInput!) {
    syncProxmoxEndpoint(input: $input) {
      proxmoxEndpoint {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

let service: TestService;
let proxmox: FakeProxmox;
let backend: FakeBackend;
let silent: SilentServer;
let loopbackId: string;

beforeAll(async () => {
  const tls = makeTestTls();
  [proxmox, backend, silent] = await Promise.all([startFakeProxmox(tls.trusted), startFakeBackend(null), startSilentServer()]);
  service = await startService({ outbound: { timeoutMs: SERVICE_TIMEOUT_MS, ca: tls.ca } });
  loopbackId = (await service.ok(CreateIpAddress, { input: { address: "127.0.0.1/32" } })).createIpAddress.ipAddress!.id;
  Object.assign(proxmox.settings, { tokenUser: "automation@pve", tokenName: "proxbox", tokenValue: "pve-token-fields" });
});

afterAll(async () => {
  await service?.close();
  await Promise.all([proxmox?.close(), backend?.close(), silent?.close()]);
});

beforeEach(() => {
  proxmox.clearRequests();
  backend.reset();
  silent.reset();
});

let names = 0;
const uniqueName = (prefix: string) => `${prefix}-${++names}`;

async function createProxmox(input: Partial<CreateProxmoxEndpointInput> = {}) {
  const data = await service.ok(CreateProxmox, {
    input: withProxmoxCredentials({ name: uniqueName("pve"), domain: "pve.example.com", ...input }),
  });
  expect(data.createProxmoxEndpoint.userErrors).toEqual([]);
  return data.createProxmoxEndpoint.proxmoxEndpoint!;
}

/** A Proxmox endpoint the fake Proxmox accepts, on `port`. */
const reachableProxmox = (input: Partial<CreateProxmoxEndpointInput> = {}, port = proxmox.port) =>
  createProxmox({
    domain: null,
    ipAddressId: loopbackId,
    port,
    username: "automation@pve",
    tokenName: "proxbox",
    tokenValue: "pve-token-fields",
    ...input,
  });

describe("defaults, create, update and clear", () => {
  it("is enabled, with no environment and the service's limits, when nothing is said", async () => {
    const endpoint = await createProxmox();
    expect(endpoint).toMatchObject({
      enabled: true,
      environment: null,
      environmentLabel: null,
      timeout: null,
      maxRetries: null,
      retryBackoff: null,
    });
    const netbox = await service.ok(CreateNetbox, { input: { name: uniqueName("nb"), domain: "netbox.example.com" } });
    expect(netbox.createNetBoxEndpoint).toMatchObject({ netBoxEndpoint: { enabled: true }, userErrors: [] });
    const stored = await service.db.prisma.endpoint.findUniqueOrThrow({ where: { id: endpoint.databaseId }, include: { proxmox: true } });
    expect(stored.enabled).toBe(true);
    expect(stored.proxmox).toMatchObject({ environment: null, timeout: null, maxRetries: null, retryBackoff: null });
  });

  it("stores what is given, changes it, and clears the nullable ones with null", async () => {
    const created = await createProxmox({ enabled: false, environment: "HOMOLOGATION", timeout: 30, maxRetries: 3, retryBackoff: 1.5 });
    expect(created).toMatchObject({
      enabled: false,
      environment: "HOMOLOGATION",
      environmentLabel: "Homologation",
      timeout: 30,
      maxRetries: 3,
      retryBackoff: 1.5,
    });

    const changed = await service.ok(UpdateProxmox, {
      input: { id: created.id, enabled: true, environment: "LAB", timeout: 3600, maxRetries: 0, retryBackoff: 0 },
    });
    expect(changed.updateProxmoxEndpoint).toMatchObject({
      proxmoxEndpoint: { enabled: true, environment: "LAB", environmentLabel: "Lab", timeout: 3600, maxRetries: 0, retryBackoff: 0 },
      userErrors: [],
    });

    // Absent keeps; null clears back to inheriting.
    const kept = await service.ok(UpdateProxmox, { input: { id: created.id, name: uniqueName("renamed") } });
    expect(kept.updateProxmoxEndpoint.proxmoxEndpoint).toMatchObject({
      enabled: true,
      environment: "LAB",
      timeout: 3600,
      maxRetries: 0,
      retryBackoff: 0,
    });
    const cleared = await service.ok(UpdateProxmox, {
      input: { id: created.id, environment: null, timeout: null, maxRetries: null, retryBackoff: null },
    });
    expect(cleared.updateProxmoxEndpoint.proxmoxEndpoint).toMatchObject({
      environment: null,
      environmentLabel: null,
      timeout: null,
      maxRetries: null,
      retryBackoff: null,
    });
  });

  it("refuses null for enabled on update, and takes the default for it on create", async () => {
    const created = await createProxmox({ enabled: null });
    expect(created.enabled).toBe(true);
    const refused = await service.ok(UpdateProxmox, { input: { id: created.id, enabled: null } });
    expect(refused.updateProxmoxEndpoint.proxmoxEndpoint).toBeNull();
    expect(refused.updateProxmoxEndpoint.userErrors).toEqual([
      { field: ["enabled"], code: "REQUIRED", message: "The enabled field cannot be null; leave it out to keep the current value." },
    ]);
  });
});

describe("bounds", () => {
  it("reports every limit out of range at once, names each field, and writes nothing", async () => {
    const name = uniqueName("out-of-range");
    const data = await service.ok(CreateProxmox, {
      input: withProxmoxCredentials({ name, domain: "pve.example.com", timeout: 0, maxRetries: 11, retryBackoff: 60.5 }),
    });
    expect(data.createProxmoxEndpoint.proxmoxEndpoint).toBeNull();
    expect(data.createProxmoxEndpoint.userErrors).toEqual([
      { field: ["timeout"], code: "OUT_OF_RANGE", message: "The timeout field must be between 1 and 3600." },
      { field: ["maxRetries"], code: "OUT_OF_RANGE", message: "The maxRetries field must be between 0 and 10." },
      { field: ["retryBackoff"], code: "OUT_OF_RANGE", message: "The retryBackoff field must be between 0 and 60." },
    ]);
    expect(await service.db.prisma.endpoint.count({ where: { name } })).toBe(0);
  });

  it("refuses the other side of each range on update, and keeps the stored values", async () => {
    const created = await createProxmox({ timeout: 10, maxRetries: 2, retryBackoff: 2 });
    const data = await service.ok(UpdateProxmox, {
      input: { id: created.id, enabled: false, timeout: 3601, maxRetries: -1, retryBackoff: -0.5 },
    });
    expect(data.updateProxmoxEndpoint.userErrors.map((error) => [error.field, error.code])).toEqual([
      [["timeout"], "OUT_OF_RANGE"],
      [["maxRetries"], "OUT_OF_RANGE"],
      [["retryBackoff"], "OUT_OF_RANGE"],
    ]);
    const stored = await service.db.prisma.endpoint.findUniqueOrThrow({ where: { id: created.databaseId }, include: { proxmox: true } });
    expect(stored.enabled).toBe(true);
    expect(stored.proxmox).toMatchObject({ timeout: 10, maxRetries: 2, retryBackoff: 2 });
  });
});

describe("filters", () => {
  const prefix = "filtered-";
  const named = (filter: ProxmoxEndpointFilter) => ({ ...filter, name: { startsWith: prefix } });

  beforeAll(async () => {
    await createProxmox({ name: `${prefix}prod`, environment: "PRODUCTION" });
    await createProxmox({ name: `${prefix}lab`, environment: "LAB", enabled: false });
    await createProxmox({ name: `${prefix}none` });
    await service.ok(CreateFastApi, { input: { name: `${prefix}backend`, domain: "backend.example.com", enabled: false } });
  });

  const proxmoxNames = async (filter: ProxmoxEndpointFilter) =>
    (await service.ok(ProxmoxList, { filter: named(filter) })).proxmoxEndpoints.edges.map((edge) => edge.node.name).sort();

  it("selects by enabled on a kind's list and across kinds", async () => {
    expect(await proxmoxNames({ enabled: true })).toEqual([`${prefix}none`, `${prefix}prod`]);
    expect(await proxmoxNames({ enabled: false })).toEqual([`${prefix}lab`]);
    const across = await service.ok(EndpointList, { filter: { name: { startsWith: prefix }, enabled: false } });
    expect(across.endpoints.edges.map((edge) => edge.node)).toEqual([
      { name: `${prefix}backend`, enabled: false },
      { name: `${prefix}lab`, enabled: false },
    ]);
  });

  it("selects by environment: exact, inList and isNull", async () => {
    expect(await proxmoxNames({ environment: { exact: "PRODUCTION" } })).toEqual([`${prefix}prod`]);
    expect(await proxmoxNames({ environment: { inList: ["LAB", "STAGING"] } })).toEqual([`${prefix}lab`]);
    expect(await proxmoxNames({ environment: { isNull: true } })).toEqual([`${prefix}none`]);
    expect(await proxmoxNames({ environment: { isNull: false } })).toEqual([`${prefix}lab`, `${prefix}prod`]);
    expect(await proxmoxNames({ environment: { inList: ["PRODUCTION", "LAB"] }, enabled: true })).toEqual([`${prefix}prod`]);
  });
});

describe("a disabled endpoint is not contacted", () => {
  it("is not checked or synced: a DISABLED userError, and no request reaches the server", async () => {
    const endpoint = await reachableProxmox({ enabled: false });
    const check = await service.ok(CheckConnection, { input: { id: endpoint.id } });
    expect(check.checkEndpointConnection).toEqual({
      check: null,
      userErrors: [
        { field: ["id"], code: "DISABLED", message: "This Proxmox endpoint is disabled, so it is not checked: set enabled to true first." },
      ],
    });
    const sync = await service.ok(SyncProxmox, { input: { id: endpoint.id } });
    expect(sync.syncProxmoxEndpoint).toEqual({ proxmoxEndpoint: null, userErrors: [{ field: ["id"], code: "DISABLED" }] });
    expect(proxmox.requests).toEqual([]);

    // Enabled again, the same endpoint is checked: the refusal above was the flag's doing.
    await service.ok(UpdateProxmox, { input: { id: endpoint.id, enabled: true } });
    const enabled = await service.ok(CheckConnection, { input: { id: endpoint.id } });
    expect(enabled.checkEndpointConnection.check?.ok).toBe(true);
    expect(proxmox.requestsTo("/api2/json/version")).toHaveLength(1);
  });

  it("does not register a FastAPI endpoint's token until it is enabled", async () => {
    const created = await service.ok(CreateFastApi, {
      input: { name: uniqueName("backend"), ipAddressId: loopbackId, port: backend.port, useHttps: false, enabled: false },
    });
    expect(created.createFastApiEndpoint).toMatchObject({
      fastApiEndpoint: { enabled: false, registration: { status: "SKIPPED" } },
      userErrors: [],
    });
    expect(backend.requests).toEqual([]);
    const check = await service.ok(CheckConnection, { input: { id: created.createFastApiEndpoint.fastApiEndpoint!.id } });
    expect(check.checkEndpointConnection.userErrors.map((error) => error.code)).toEqual(["DISABLED"]);
    expect(backend.requests).toEqual([]);

    const enabled = await service.ok(UpdateFastApi, { input: { id: created.createFastApiEndpoint.fastApiEndpoint!.id, enabled: true } });
    expect(enabled.updateFastApiEndpoint).toMatchObject({
      fastApiEndpoint: { enabled: true, registration: { status: "REGISTERED" } },
      userErrors: [],
    });
    expect(backend.registered).toHaveLength(1);
  });
});

describe("the endpoint's own request limits", () => {
  it("bounds each request by the endpoint's timeout, not the service's", async () => {
    const endpoint = await reachableProxmox({ timeout: 1 }, silent.port);
    const check = await service.ok(CheckConnection, { input: { id: endpoint.id } });
    expect(check.checkEndpointConnection.userErrors).toEqual([]);
    expect(check.checkEndpointConnection.check).toEqual({ ok: false, message: `127.0.0.1:${silent.port} did not answer within 1 s.` });
    expect(silent.connections).toBe(1);
  });

  it("retries a GET that timed out maxRetries times", async () => {
    const endpoint = await reachableProxmox({ timeout: 1, maxRetries: 2, retryBackoff: 0.05 }, silent.port);
    const check = await service.ok(CheckConnection, { input: { id: endpoint.id } });
    expect(check.checkEndpointConnection.check).toEqual({ ok: false, message: `127.0.0.1:${silent.port} did not answer within 1 s.` });
    expect(silent.connections).toBe(3);
  });

  it("does not retry an answer, even a refusal", async () => {
    const endpoint = await reachableProxmox({ maxRetries: 3, tokenValue: "not-the-token" });
    const check = await service.ok(CheckConnection, { input: { id: endpoint.id } });
    expect(check.checkEndpointConnection.check?.ok).toBe(false);
    expect(proxmox.requestsTo("/api2/json/version")).toHaveLength(1);
  });
});
