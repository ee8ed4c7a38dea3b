// Talking to the systems behind the endpoints: registering a FastAPI endpoint's token with its
// backend (on create and on rotation), syncProxmoxEndpoint, checkEndpointConnection, and where the
// secrets go. Real HTTP and HTTPS servers on loopback play Proxmox VE, NetBox and the Proxbox
// backend; the tests assert what they received as well as what the service stored and answered.
import { randomBytes } from "node:crypto";
import type http from "node:http";
import https from "node:https";
import { inspect } from "node:util";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { graphql } from "./generated/gql.js";
import type {
  CreateFastApiEndpointInput,
  CreateNetBoxEndpointInput,
  CreateProxmoxEndpointInput,
  ProxmoxMode,
} from "./generated/graphql.js";
import {
  closedPort,
  type ClusterShape,
  type FakeBackend,
  type FakeNetbox,
  type FakeProxmox,
  type FakeServer,
  PROXMOX_VERSION,
  type RecordedRequest,
  type SilentServer,
  startFakeBackend,
  startFakeNetbox,
  startFakeProxmox,
  startRecordingServer,
  startSilentServer,
} from "./support/fake-upstreams.js";
import { fastapiToken } from "../src/kinds/fastapi/connection.js";
import { type GraphQLResponse, startService, type TestService } from "./support/service.js";
import { makeTestTls, type TestTls } from "./support/tls.js";
import { withProxmoxCredentials } from "./support/proxmox-credentials.js";

// Short bounds, so that timeouts are quick to provoke, yet long enough that a loopback server on a
// loaded 2-core machine answers within them (at 300-500 ms, good answers timed out there); each is
// distinct from the defaults (5 s, 10 s).
const TIMEOUT_MS = 1500;
const REGISTRATION_STATUS_TIMEOUT_MS = 1200;
const REGISTRATION_TIMEOUT_MS = 1800;
/** A request bounded by the timeouts above must come back well within this. */
const PROMPT_MS = 8000;

// ---------------------------------------------------------------------------------------------
// Operations

const CreateIpAddress = graphql(`
  mutation OutboundCreateIpAddress($input: CreateIPAddressInput!) {
    createIpAddress(input: $input) {
      ipAddress {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const CreateToken = graphql(`
  mutation OutboundCreateToken($input: CreateTokenInput!) {
    createToken(input: $input) {
      token {
        id
        version
      }
      plaintext
      userErrors {
        field
        code
        message
      }
    }
  }
`);

graphql(`
  fragment OutboundFastApiFields on FastAPIEndpoint {
    id
    databaseId
    name
    display
    connectionUrl
    useHttps
    verifySsl
    token
    lastUpdated
    registration {
      status
      message
      attemptedAt
    }
  }
`);

const CreateFastApi = graphql(`
  mutation OutboundCreateFastApi($input: CreateFastAPIEndpointInput!) {
    createFastApiEndpoint(input: $input) {
      fastApiEndpoint {
        ...OutboundFastApiFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const FastApi = graphql(`
  query OutboundFastApi($id: ID!) {
    fastApiEndpoint(id: $id) {
      ...OutboundFastApiFields
    }
  }
`);

const RotateToken = graphql(`
  mutation OutboundRotateToken($input: IdInput!) {
    rotateFastApiEndpointToken(input: $input) {
      fastApiEndpoint {
        ...OutboundFastApiFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

graphql(`
  fragment OutboundProxmoxFields on ProxmoxEndpoint {
    id
    databaseId
    display
    connectionUrl
    verifySsl
    username
    tokenName
    hasPassword
    hasTokenValue
    version
    repoid
    mode
    modeLabel
    lastUpdated
  }
`);

const CreateProxmox = graphql(`
  mutation OutboundCreateProxmox($input: CreateProxmoxEndpointInput!) {
    createProxmoxEndpoint(input: $input) {
      proxmoxEndpoint {
        ...OutboundProxmoxFields
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
  mutation OutboundSyncProxmox($input: IdInput!) {
    syncProxmoxEndpoint(input: $input) {
      proxmoxEndpoint {
        ...OutboundProxmoxFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const CreateNetBox = graphql(`
  mutation OutboundCreateNetBox($input: CreateNetBoxEndpointInput!) {
    createNetBoxEndpoint(input: $input) {
      netBoxEndpoint {
        id
        databaseId
        connectionUrl
        tokenVersion
        tokenKey
        hasTokenSecret
        token {
          id
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const CheckConnection = graphql(`
  mutation OutboundCheckConnection($input: IdInput!) {
    checkEndpointConnection(input: $input) {
      check {
        ok
        httpStatus
        latencyMs
        message
        checkedAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

// ---------------------------------------------------------------------------------------------
// The world: a service that trusts the test CA, and the systems it talks to

let tls: TestTls;
let service: TestService;
/** Global ID of the IP address 127.0.0.1/32, which every endpoint here is reached by. */
let loopbackId: string;

let proxmox: FakeProxmox; // HTTPS, certificate from the test CA
let proxmoxUntrusted: FakeProxmox; // HTTPS, self-signed
let proxmoxWrongName: FakeProxmox; // HTTPS, from the test CA but for another host name
let netbox: FakeNetbox; // HTTPS, test CA
let netboxUntrusted: FakeNetbox; // HTTPS, self-signed
let netboxPlain: FakeNetbox; // plain HTTP
let backend: FakeBackend; // plain HTTP
let backendTls: FakeBackend; // HTTPS, test CA
let backendUntrusted: FakeBackend; // HTTPS, self-signed
let bystander: FakeServer; // plain HTTP; should never hear from the service
let silent: SilentServer; // accepts connections, never answers
let deadPort: number; // nothing listens there

const recorders = (): FakeServer[] => [
  proxmox,
  proxmoxUntrusted,
  proxmoxWrongName,
  netbox,
  netboxUntrusted,
  netboxPlain,
  backend,
  backendTls,
  backendUntrusted,
  bystander,
];

let consoleSpies: MockInstance[] = [];

beforeAll(async () => {
  tls = makeTestTls();
  [
    proxmox,
    proxmoxUntrusted,
    proxmoxWrongName,
    netbox,
    netboxUntrusted,
    netboxPlain,
    backend,
    backendTls,
    backendUntrusted,
    bystander,
    silent,
    deadPort,
  ] = await Promise.all([
    startFakeProxmox(tls.trusted),
    startFakeProxmox(tls.untrusted),
    startFakeProxmox(tls.wrongName),
    startFakeNetbox(tls.trusted),
    startFakeNetbox(tls.untrusted),
    startFakeNetbox(null),
    startFakeBackend(null),
    startFakeBackend(tls.trusted),
    startFakeBackend(tls.untrusted),
    startRecordingServer(null, () => ({ status: 200, json: { data: { version: "stolen" } } })),
    startSilentServer(),
    closedPort(),
  ]);
  service = await startService({
    outbound: {
      timeoutMs: TIMEOUT_MS,
      registrationStatusTimeoutMs: REGISTRATION_STATUS_TIMEOUT_MS,
      registrationTimeoutMs: REGISTRATION_TIMEOUT_MS,
      ca: tls.ca,
    },
  });
  // The service's own tokens go nowhere.
  planted.set(service.writeToken, null);
  planted.set(service.readToken, null);
  consoleSpies = (["log", "info", "warn", "error", "debug"] as const).map((method) => vi.spyOn(console, method));
  const data = await service.ok(CreateIpAddress, { input: { address: "127.0.0.1/32" } });
  expect(data.createIpAddress.userErrors).toEqual([]);
  loopbackId = data.createIpAddress.ipAddress!.id;
});

afterAll(async () => {
  await service?.close();
  await Promise.all([...recorders().map((fake) => fake?.close()), silent?.close()]);
  for (const spy of consoleSpies) spy.mockRestore();
});

beforeEach(() => {
  for (const fake of [
    proxmox,
    proxmoxUntrusted,
    proxmoxWrongName,
    netbox,
    netboxUntrusted,
    netboxPlain,
    backend,
    backendTls,
    backendUntrusted,
  ])
    fake.reset();
  bystander.clearRequests();
  bystander.redirectTo = null;
  silent.reset();
});

// ---------------------------------------------------------------------------------------------
// Secrets: each planted secret may reach one server only, and no response or log line

/** Planted secrets, with the port of the only server that may receive them (null: none may). */
const planted = new Map<string, number | null>();
/** Secrets that no response of the service may contain. */
const hidden = new Set<string>();

/** A fresh secret for an endpoint reached on `ownerPort`; it must never come back in a response. */
function secret(label: string, ownerPort: number, length = 24): string {
  const value = `${label}-${randomBytes(length).toString("hex")}`;
  planted.set(value, ownerPort);
  hidden.add(value);
  return value;
}

function leaksIn(text: string): string[] {
  return [...hidden].filter((value) => text.includes(value));
}

afterEach(() => {
  const misdirected: string[] = [];
  for (const fake of recorders()) {
    for (const request of fake.requests) {
      const text = JSON.stringify(request);
      for (const [value, owner] of planted) {
        if (owner !== fake.port && text.includes(value))
          misdirected.push(`${value.slice(0, 12)}… reached ${fake.origin} in ${request.method} ${request.path}`);
      }
    }
  }
  expect(misdirected, "secrets sent to a host other than their endpoint's").toEqual([]);
  const logged = consoleSpies.flatMap((spy) =>
    spy.mock.calls.map((args) => args.map((arg) => (typeof arg === "string" ? arg : inspect(arg, { depth: 8 }))).join(" ")),
  );
  expect(logged.flatMap(leaksIn), "secrets written to the console").toEqual([]);
});

/** Sends an operation and checks that the response carries none of the planted secrets. */
async function send<Data, Variables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<GraphQLResponse<Data>> {
  const result = await service.gql(document, variables);
  expect(leaksIn(JSON.stringify(result)), "secrets in a response").toEqual([]);
  return result;
}

/** Like send, but fails on any GraphQL error and returns data. */
async function ok<Data, Variables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data> {
  const result = await send(document, variables);
  expect(result.errors, "GraphQL errors").toBeUndefined();
  expect(result.data).toBeTruthy();
  return result.data!;
}

/** Runs `work` and returns its result with how long it took. */
async function timed<T>(work: () => Promise<T>): Promise<{ result: T; elapsedMs: number; startedAt: number; endedAt: number }> {
  const startedAt = Date.now();
  const result = await work();
  const endedAt = Date.now();
  return { result, elapsedMs: endedAt - startedAt, startedAt, endedAt };
}

// ---------------------------------------------------------------------------------------------
// Endpoints

let counter = 0;
const uniqueName = (prefix: string) => `outbound-${prefix}-${++counter}`;

type FastApiOptions = Partial<Omit<CreateFastApiEndpointInput, "port" | "ipAddressId">>;

async function createFastApi(port: number, options: FastApiOptions = {}) {
  const {
    result: data,
    startedAt,
    endedAt,
  } = await timed(() =>
    ok(CreateFastApi, {
      input: { name: uniqueName("backend"), ipAddressId: loopbackId, port, useHttps: false, verifySsl: true, ...options },
    }),
  );
  const payload = data.createFastApiEndpoint;
  // Registration is best effort: whatever the backend did, the endpoint is written.
  expect(payload.userErrors).toEqual([]);
  expect(payload.fastApiEndpoint).not.toBeNull();
  const endpoint = payload.fastApiEndpoint!;
  planted.set(endpoint.token!, port);
  return { endpoint, startedAt, endedAt };
}

/** The stored FastAPI row, with its token decrypted. */
async function storedFastApi(databaseId: number) {
  const row = await service.db.prisma.fastapiEndpoint.findUnique({ where: { endpointId: databaseId } });
  return row && { ...row, token: await fastapiToken(service.db, databaseId) };
}

/** The registration outcome is in the payload, stored, and read back the same by a query. */
async function expectRegistration(
  created: Awaited<ReturnType<typeof createFastApi>>,
  status: "REGISTERED" | "ALREADY_CONFIGURED" | "SKIPPED" | "FAILED",
) {
  const { endpoint, startedAt, endedAt } = created;
  expect(endpoint.registration, "registration in the payload").not.toBeNull();
  const registration = endpoint.registration!;
  expect(registration.status).toBe(status);
  expect(registration.message.trim()).not.toBe("");
  const attemptedAt = Date.parse(registration.attemptedAt);
  expect(attemptedAt).toBeGreaterThanOrEqual(startedAt);
  expect(attemptedAt).toBeLessThanOrEqual(endedAt);

  const row = await storedFastApi(endpoint.databaseId);
  expect(row, "the endpoint is stored").not.toBeNull();
  expect(row!.token).toBe(endpoint.token);
  expect(row!.registrationStatus).toBe(status);
  expect(row!.registrationMessage).toBe(registration.message);
  expect(row!.registrationAt?.getTime()).toBe(attemptedAt);

  const read = await ok(FastApi, { id: endpoint.id });
  expect(read.fastApiEndpoint?.registration).toEqual(registration);
  return registration;
}

function jsonBody(request: RecordedRequest): unknown {
  return JSON.parse(request.body);
}

type ProxmoxOptions = Partial<Omit<CreateProxmoxEndpointInput, "port" | "ipAddressId">>;

async function createProxmox(port: number, options: ProxmoxOptions = {}) {
  const data = await ok(CreateProxmox, {
    input: withProxmoxCredentials({ name: uniqueName("pve"), ipAddressId: loopbackId, port, ...options }),
  });
  expect(data.createProxmoxEndpoint.userErrors).toEqual([]);
  return data.createProxmoxEndpoint.proxmoxEndpoint!;
}

/** A Proxmox endpoint on `fake` with an API token that the fake accepts. */
async function proxmoxWithToken(fake: FakeProxmox, options: ProxmoxOptions = {}) {
  const tokenValue = secret("pve-token", fake.port);
  Object.assign(fake.settings, { tokenUser: "automation@pve", tokenName: "proxbox", tokenValue });
  const endpoint = await createProxmox(fake.port, { username: "automation@pve", tokenName: "proxbox", tokenValue, ...options });
  return { endpoint, tokenValue };
}

/** A Proxmox endpoint on `fake` with a password that the fake accepts, and no token value. */
async function proxmoxWithPassword(fake: FakeProxmox, options: ProxmoxOptions = {}) {
  // Characters that need escaping in a form body and in a cookie.
  const password = `${secret("pve-pass", fake.port)}&x=1 +%;`;
  planted.set(password, fake.port);
  hidden.add(password);
  Object.assign(fake.settings, { username: "admin@pve", password });
  const endpoint = await createProxmox(fake.port, { username: "admin@pve", password, ...options });
  return { endpoint, password };
}

async function sync(id: string) {
  return timed(async () => (await ok(SyncProxmox, { input: { id } })).syncProxmoxEndpoint);
}

async function storedProxmox(databaseId: number) {
  return service.db.prisma.endpoint.findUniqueOrThrow({ where: { id: databaseId }, include: { proxmox: true } });
}

type NetboxOptions = Partial<Omit<CreateNetBoxEndpointInput, "port" | "ipAddressId">>;

async function createNetbox(port: number, options: NetboxOptions = {}) {
  const data = await ok(CreateNetBox, { input: { name: uniqueName("netbox"), ipAddressId: loopbackId, port, ...options } });
  expect(data.createNetBoxEndpoint.userErrors).toEqual([]);
  return data.createNetBoxEndpoint.netBoxEndpoint!;
}

/** A NetBox credential token of this service, created through the API, for a NetBox endpoint reached on `ownerPort`. */
async function v1Token(ownerPort: number) {
  const data = await service.ok(CreateToken, { input: { purpose: "NETBOX_CREDENTIAL", description: "outbound: for a NetBox endpoint" } });
  expect(data.createToken.userErrors).toEqual([]);
  const plaintext = data.createToken.plaintext!;
  expect(plaintext).toMatch(/^[0-9a-f]{40}$/);
  planted.set(plaintext, ownerPort);
  hidden.add(plaintext);
  return { id: data.createToken.token!.id, plaintext };
}

/** A NetBox endpoint on `fake` with a v2 key and secret that the fake accepts. */
async function netboxWithV2(fake: FakeNetbox) {
  const key = randomBytes(6).toString("hex");
  const tokenSecret = secret("nbsecret", fake.port, 16);
  fake.settings.v2 = { key, secret: tokenSecret };
  const endpoint = await createNetbox(fake.port, { tokenVersion: "V2", tokenKey: key, tokenSecret });
  return { endpoint, key, tokenSecret };
}

/** Every row the service keeps, but the lastUsed of tokens (authenticating a request sets it). */
async function snapshot() {
  const prisma = service.db.prisma;
  // Secret columns too (the client leaves them out unless asked).
  const endpoints = await prisma.endpoint.findMany({
    orderBy: { id: "asc" },
    include: {
      proxmox: { omit: { password: false, tokenValue: false } },
      netbox: { omit: { tokenSecret: false } },
      fastapi: { omit: { token: false } },
      tags: true,
    },
  });
  const tokens = await prisma.token.findMany({ orderBy: { id: "asc" }, omit: { lastUsed: true } });
  const ipAddresses = await prisma.ipAddress.findMany({ orderBy: { id: "asc" } });
  const tags = await prisma.tag.findMany({ orderBy: { id: "asc" } });
  return { endpoints, tokens, ipAddresses, tags };
}

/** checkEndpointConnection, asserting that it stored nothing. */
async function check(id: string) {
  const before = await snapshot();
  const { result, elapsedMs, startedAt, endedAt } = await timed(
    async () => (await ok(CheckConnection, { input: { id } })).checkEndpointConnection,
  );
  expect(await snapshot(), "checkEndpointConnection stores nothing").toEqual(before);
  if (result.check) {
    const checkedAt = Date.parse(result.check.checkedAt);
    expect(checkedAt).toBeGreaterThanOrEqual(startedAt);
    expect(checkedAt).toBeLessThanOrEqual(endedAt);
    expect(result.check.message.trim()).not.toBe("");
    if (result.check.latencyMs !== null) {
      expect(Number.isInteger(result.check.latencyMs)).toBe(true);
      expect(result.check.latencyMs).toBeGreaterThanOrEqual(0);
      expect(result.check.latencyMs, "measured within the request").toBeLessThanOrEqual(elapsedMs + 2);
    }
  }
  return { ...result, elapsedMs };
}

function expectGoodCheck(result: Awaited<ReturnType<typeof check>>) {
  expect(result.userErrors).toEqual([]);
  expect(result.check).toMatchObject({ ok: true, httpStatus: 200 });
  expect(result.check!.latencyMs).not.toBeNull();
}

/** A failed check that never got an HTTP answer. */
function expectUnansweredCheck(result: Awaited<ReturnType<typeof check>>, message: RegExp) {
  expect(result.userErrors).toEqual([]);
  expect(result.check).toMatchObject({ ok: false, httpStatus: null, latencyMs: null });
  expect(result.check!.message).toMatch(message);
}

const CERTIFICATE_MESSAGE = /certificate/i;
const TIMEOUT_MESSAGE = /did not answer|timed? ?out|within/i;
const UNREACHABLE_MESSAGE = /reach|refused/i;

// =============================================================================================

describe("FastAPI endpoint creation registers the token with the backend", () => {
  it("asks bootstrap-status, then POSTs exactly {api_key, label} to /auth/register-key, and stores REGISTERED", async () => {
    const created = await createFastApi(backend.port);
    const { endpoint } = created;
    expect(endpoint.connectionUrl).toBe(`http://127.0.0.1:${backend.port}`);
    expect(endpoint.token).toMatch(/^[A-Za-z0-9_-]{64}$/);

    expect(backend.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /auth/bootstrap-status", "POST /auth/register-key"]);
    const [, post] = backend.requests;
    expect(post!.headers["content-type"]).toMatch(/^application\/json/);
    // With its length, not chunked (as Proxbox's requests sends it).
    expect(post!.headers["transfer-encoding"]).toBeUndefined();
    expect(post!.headers["content-length"]).toBe(String(Buffer.byteLength(post!.body)));
    expect(jsonBody(post!)).toEqual({ api_key: endpoint.token, label: endpoint.display });
    expect(endpoint.display).toBe(`${endpoint.name} (127.0.0.1)`);
    expect(backend.registered).toEqual([{ api_key: endpoint.token, label: endpoint.display }]);

    await expectRegistration(created, "REGISTERED");
  });

  it("stores ALREADY_CONFIGURED when register-key answers 409", async () => {
    backend.settings.registerKey = 409;
    const created = await createFastApi(backend.port);
    expect(backend.requestsTo("/auth/register-key", "POST")).toHaveLength(1);
    await expectRegistration(created, "ALREADY_CONFIGURED");
  });

  it("stores SKIPPED and POSTs nothing when bootstrap-status says needs_bootstrap false", async () => {
    Object.assign(backend.settings, { needsBootstrap: false, hasDbKeys: true });
    const created = await createFastApi(backend.port);
    expect(backend.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /auth/bootstrap-status"]);
    await expectRegistration(created, "SKIPPED");
  });

  it("still registers when bootstrap-status fails (only a 200 with needs_bootstrap false skips)", async () => {
    backend.settings.bootstrapStatus = 500;
    const created = await createFastApi(backend.port);
    expect(backend.requestsTo("/auth/register-key", "POST")).toHaveLength(1);
    expect(backend.registered.map((r) => r.api_key)).toEqual([created.endpoint.token]);
    await expectRegistration(created, "REGISTERED");
  });

  it("still registers when bootstrap-status answers 200 without a bootstrap status", async () => {
    backend.settings.bootstrapStatus = "html";
    const created = await createFastApi(backend.port);
    expect(backend.registered.map((r) => r.api_key)).toEqual([created.endpoint.token]);
    await expectRegistration(created, "REGISTERED");
  });

  it("does not call the backend when the input is refused", async () => {
    const before = await snapshot();
    const data = await ok(CreateFastApi, {
      input: { name: uniqueName("backend"), ipAddressId: loopbackId, port: backend.port, websocketPort: 0 },
    });
    expect(data.createFastApiEndpoint.fastApiEndpoint).toBeNull();
    expect(data.createFastApiEndpoint.userErrors).toEqual([expect.objectContaining({ field: ["websocketPort"] })]);
    expect(await snapshot()).toEqual(before);
    expect(backend.requests).toEqual([]);
  });

  describe("a failure is recorded as FAILED with a reason, and the endpoint is created anyway", () => {
    const failures: { what: string; arrange: () => { port: number; options?: FastApiOptions }; reason: RegExp; after?: () => void }[] = [
      {
        what: "register-key answers 500",
        arrange: () => ((backend.settings.registerKey = 500), { port: backend.port }),
        reason: /500/,
      },
      {
        what: "register-key refuses the key with 400",
        arrange: () => ((backend.settings.minKeyLength = 100), { port: backend.port }),
        reason: /400/,
        after: () => expect(backend.registered).toEqual([]),
      },
      {
        what: "the backend is unreachable",
        arrange: () => ({ port: deadPort }),
        reason: UNREACHABLE_MESSAGE,
      },
      {
        what: "bootstrap-status never answers",
        arrange: () => ({ port: silent.port }),
        reason: TIMEOUT_MESSAGE,
        after: () => expect(silent.connections).toBeGreaterThan(0),
      },
      {
        what: "register-key never answers",
        arrange: () => ((backend.settings.registerKey = "hang"), { port: backend.port }),
        reason: TIMEOUT_MESSAGE,
        after: () => expect(backend.requestsTo("/auth/register-key", "POST")).toHaveLength(1),
      },
      {
        what: "the certificate is not trusted (useHttps, verifySsl true)",
        arrange: () => ({ port: backendUntrusted.port, options: { useHttps: true, verifySsl: true } }),
        reason: CERTIFICATE_MESSAGE,
        after: () => expect(backendUntrusted.requests).toEqual([]),
      },
    ];
    for (const { what, arrange, reason, after } of failures) {
      it(what, async () => {
        const before = await service.db.prisma.endpoint.count({ where: { kind: "FASTAPI" } });
        const { port, options } = arrange();
        const created = await createFastApi(port, options);
        expect(created.endedAt - created.startedAt, "bounded by the registration timeouts").toBeLessThan(PROMPT_MS);
        const registration = await expectRegistration(created, "FAILED");
        expect(registration.message).toMatch(reason);
        expect(await service.db.prisma.endpoint.count({ where: { kind: "FASTAPI" } })).toBe(before + 1);
        after?.();
      });
    }
  });

  describe("TLS", () => {
    it("useHttps true speaks https; verifySsl true works with a certificate from a trusted CA", async () => {
      const created = await createFastApi(backendTls.port, { useHttps: true, verifySsl: true });
      expect(created.endpoint.connectionUrl).toBe(`https://127.0.0.1:${backendTls.port}`);
      // The fake only speaks TLS: that it recorded the requests proves they came over https.
      expect(backendTls.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /auth/bootstrap-status", "POST /auth/register-key"]);
      expect(backendTls.registered.map((r) => r.api_key)).toEqual([created.endpoint.token]);
      await expectRegistration(created, "REGISTERED");
    });

    it("verifySsl false accepts a certificate nobody trusts", async () => {
      const created = await createFastApi(backendUntrusted.port, { useHttps: true, verifySsl: false });
      expect(backendUntrusted.registered.map((r) => r.api_key)).toEqual([created.endpoint.token]);
      await expectRegistration(created, "REGISTERED");
    });

    it("verifySsl true refuses an untrusted certificate: FAILED, the message names the certificate, the token is not sent", async () => {
      const created = await createFastApi(backendUntrusted.port, { useHttps: true, verifySsl: true });
      const registration = await expectRegistration(created, "FAILED");
      expect(registration.message).toMatch(CERTIFICATE_MESSAGE);
      expect(registration.message).toMatch(/verifySsl/);
      expect(backendUntrusted.requests).toEqual([]);
    });

    it("useHttps false speaks plain http, which an https-only backend cannot answer", async () => {
      const created = await createFastApi(backendTls.port, { useHttps: false });
      expect(created.endpoint.connectionUrl).toBe(`http://127.0.0.1:${backendTls.port}`);
      const registration = await expectRegistration(created, "FAILED");
      expect(registration.message).toMatch(/https/i);
      expect(backendTls.registered).toEqual([]);
    });
  });
});

describe("rotateFastApiEndpointToken", () => {
  it("replaces the token with a new 64-character one, registers it, and keeps it once GET /auth/keys accepts it", async () => {
    const created = await createFastApi(backend.port);
    const oldToken = created.endpoint.token;
    const oldAttempt = Date.parse(created.endpoint.registration!.attemptedAt);
    // The backend lost its key (as after a reset), so it asks for one again.
    backend.reset();

    const { result, startedAt, endedAt } = await timed(() => ok(RotateToken, { input: { id: created.endpoint.id } }));
    const payload = result.rotateFastApiEndpointToken;
    expect(payload.userErrors).toEqual([]);
    const rotated = payload.fastApiEndpoint!;
    planted.set(rotated.token!, backend.port);
    expect(rotated.id).toBe(created.endpoint.id);
    expect(rotated.token).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(rotated.token).not.toBe(oldToken);

    expect(backend.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /auth/bootstrap-status",
      "POST /auth/register-key",
      "GET /auth/keys",
    ]);
    expect(jsonBody(backend.requests[1]!)).toEqual({ api_key: rotated.token, label: rotated.display });
    // Adopted only once the backend accepted it.
    expect(backend.requests[2]!.headers["x-proxbox-api-key"]).toBe(rotated.token);

    const registration = await expectRegistration({ endpoint: rotated, startedAt, endedAt }, "REGISTERED");
    expect(Date.parse(registration.attemptedAt)).toBeGreaterThan(oldAttempt);
    expect((await storedFastApi(rotated.databaseId))!.token).toBe(rotated.token);
  });

  it("asks a backend that has a key for a new one with the stored key (POST /auth/keys), proves it, and stores it", async () => {
    const created = await createFastApi(backend.port);
    expect(backend.settings.needsBootstrap).toBe(false); // the create registered a key
    backend.clearRequests();

    const { result, startedAt, endedAt } = await timed(() => ok(RotateToken, { input: { id: created.endpoint.id } }));
    expect(result.rotateFastApiEndpointToken.userErrors).toEqual([]);
    const rotated = result.rotateFastApiEndpointToken.fastApiEndpoint!;
    planted.set(rotated.token!, backend.port);
    expect(backend.keys.map((key) => key.key)).toEqual([created.endpoint.token, rotated.token]);
    expect(backend.requests.map((r) => `${r.method} ${r.path} ${String(r.headers["x-proxbox-api-key"] ?? "-")}`)).toEqual([
      "GET /auth/bootstrap-status -",
      `POST /auth/keys ${created.endpoint.token}`,
      `GET /auth/keys ${rotated.token}`,
    ]);
    const registration = await expectRegistration({ endpoint: rotated, startedAt, endedAt }, "REGISTERED");
    expect(registration.message).toMatch(/POST \/auth\/keys/);
  });

  /** A rotation that must keep the stored key: one userError, and nothing stored changed. */
  async function expectKeptKey(id: string, code: string, reason: RegExp) {
    const before = await snapshot();
    const payload = (await ok(RotateToken, { input: { id } })).rotateFastApiEndpointToken;
    expect(payload.fastApiEndpoint).toBeNull();
    expect(payload.userErrors).toEqual([{ field: null, code, message: expect.stringMatching(reason) }]);
    expect(payload.userErrors[0]!.message).toMatch(/The stored key was kept\.$/);
    expect(await snapshot(), "the stored key and its registration stay").toEqual(before);
    return payload.userErrors[0]!.message;
  }

  it("keeps the stored key when the backend refuses it and so issues no new one (401), saying why", async () => {
    // The backend has a key, but not this endpoint's.
    Object.assign(backend.settings, { needsBootstrap: false, hasDbKeys: true });
    const created = await createFastApi(backend.port);
    backend.clearRequests();
    const message = await expectKeptKey(created.endpoint.id, "AUTHENTICATION_FAILED", /refused the stored key.*HTTP 401.*Invalid API key/);
    expect(message).not.toContain(created.endpoint.token);
    expect(backend.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /auth/bootstrap-status", "POST /auth/keys"]);
    expect(backend.keys).toEqual([]);
  });

  it("keeps the stored key when the new key does not pass GET /auth/keys", async () => {
    const created = await createFastApi(backend.port);
    backend.reset(); // needs a key again, registers the new one, but GET /auth/keys fails
    backend.settings.listKeys = 500;
    await expectKeptKey(created.endpoint.id, "BAD_RESPONSE", /HTTP 500 to GET \/auth\/keys/);
    expect(backend.registered).toHaveLength(1);
    planted.set(backend.registered[0]!.api_key, backend.port);
    expect(backend.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /auth/bootstrap-status",
      "POST /auth/register-key",
      "GET /auth/keys",
    ]);
  });

  it("keeps the stored key when a backend that needs a key refuses to register one (409)", async () => {
    const created = await createFastApi(backend.port);
    backend.reset();
    backend.settings.registerKey = 409;
    await expectKeptKey(created.endpoint.id, "BAD_RESPONSE", /HTTP 409 to POST \/auth\/register-key: An API key is already configured\./);
  });

  it("keeps the stored key when the backend cannot be reached", async () => {
    const created = await createFastApi(deadPort);
    await expectKeptKey(created.endpoint.id, "UNREACHABLE", UNREACHABLE_MESSAGE);
  });

  it("answers NOT_FOUND for an unknown ID and for the ID of another kind of endpoint, changing nothing", async () => {
    const { endpoint: pve } = await proxmoxWithToken(proxmox);
    const before = await snapshot();
    for (const id of ["RmFzdEFQSUVuZHBvaW50Ojk5OTk5OQ==", String(999_999), pve.id]) {
      const payload = (await ok(RotateToken, { input: { id } })).rotateFastApiEndpointToken;
      expect(payload.fastApiEndpoint).toBeNull();
      expect(payload.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["id"] })]);
    }
    expect(await snapshot()).toEqual(before);
    expect(backend.requests).toEqual([]);
  });
});

describe("syncProxmoxEndpoint", () => {
  it("authenticates with the API token header and stores version, repoid and mode", async () => {
    const { endpoint, tokenValue } = await proxmoxWithToken(proxmox, { verifySsl: true, mode: "STANDALONE" });
    expect(endpoint).toMatchObject({ version: "", repoid: "", mode: "STANDALONE" });
    const { result } = await sync(endpoint.id);
    expect(result.userErrors).toEqual([]);
    expect(result.proxmoxEndpoint).toMatchObject({
      id: endpoint.id,
      version: "8.1.4",
      repoid: "ec5affc9e41f1d79",
      mode: "CLUSTER",
      modeLabel: "Cluster",
    });
    expect(Date.parse(result.proxmoxEndpoint!.lastUpdated)).toBeGreaterThanOrEqual(Date.parse(endpoint.lastUpdated));

    const header = `PVEAPIToken=automation@pve!proxbox=${tokenValue}`;
    expect(proxmox.requestsTo("/api2/json/access/ticket")).toEqual([]);
    const version = proxmox.requestsTo("/api2/json/version", "GET");
    const status = proxmox.requestsTo("/api2/json/cluster/status", "GET");
    expect(version).toHaveLength(1);
    expect(status).toHaveLength(1);
    for (const request of [...version, ...status]) expect(request.headers.authorization).toBe(header);

    const row = await storedProxmox(endpoint.databaseId);
    expect(row.proxmox).toMatchObject({ version: "8.1.4", repoid: "ec5affc9e41f1d79", mode: "CLUSTER" });
  });

  it("prefers the API token when a password is stored too", async () => {
    const password = secret("pve-pass", proxmox.port);
    proxmox.settings.password = password;
    const { endpoint } = await proxmoxWithToken(proxmox, { password });
    const { result } = await sync(endpoint.id);
    expect(result.userErrors).toEqual([]);
    expect(proxmox.requestsTo("/api2/json/access/ticket")).toEqual([]);
  });

  it("without a token value, gets a ticket with the password and sends it as the PVEAuthCookie", async () => {
    const { endpoint, password } = await proxmoxWithPassword(proxmox);
    const { result } = await sync(endpoint.id);
    expect(result.userErrors).toEqual([]);
    expect(result.proxmoxEndpoint).toMatchObject({ version: PROXMOX_VERSION.version, repoid: PROXMOX_VERSION.repoid, mode: "CLUSTER" });

    const [login, ...rest] = proxmox.requests;
    expect(login).toMatchObject({ method: "POST", path: "/api2/json/access/ticket" });
    expect(login!.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
    const form = new URLSearchParams(login!.body);
    expect(form.get("username")).toBe("admin@pve");
    expect(form.get("password")).toBe(password);
    // pve-http-server refuses a chunked body (501); the form goes with its length.
    expect(login!.headers["transfer-encoding"]).toBeUndefined();
    expect(login!.headers["content-length"]).toBe(String(Buffer.byteLength(login!.body)));

    expect(proxmox.tickets).toHaveLength(1);
    expect(rest.map((r) => `${r.method} ${r.path}`).sort()).toEqual(["GET /api2/json/cluster/status", "GET /api2/json/version"]);
    for (const request of rest) {
      const cookie = /(?:^|;\s*)PVEAuthCookie=([^;]*)/.exec(request.headers.cookie ?? "");
      expect(cookie, `PVEAuthCookie on ${request.path}`).not.toBeNull();
      expect(decodeURIComponent(cookie![1]!)).toBe(proxmox.tickets[0]);
      expect(request.headers.authorization ?? "").not.toMatch(/PVEAPIToken/);
    }
  });

  it("the fake Proxmox refuses a chunked body as pve-http-server does: 501, the reason as status text, no body", async () => {
    const answer = await new Promise<{ status: number; reason: string; headers: http.IncomingHttpHeaders; body: string }>(
      (resolve, reject) => {
        const request = https.request(
          `${proxmox.origin}/api2/json/access/ticket`,
          { method: "POST", ca: tls.ca, headers: { "content-type": "application/x-www-form-urlencoded" } },
          (response) => {
            let body = "";
            response.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
            response.on("end", () =>
              resolve({ status: response.statusCode!, reason: response.statusMessage!, headers: response.headers, body }),
            );
          },
        );
        request.on("error", reject);
        // Two writes before the end: node:http sends them chunked.
        request.write("username=root%40pam");
        request.end("&password=x");
      },
    );
    expect(answer).toMatchObject({ status: 501, reason: "chunked transfer encoding not supported", body: "" });
    expect(answer.headers).toMatchObject({ connection: "close", server: "pve-api-daemon/3.0" });
    expect(answer.headers["content-length"]).toBeUndefined();
    expect(proxmox.tickets).toEqual([]);
  });

  const modes: { shape: ClusterShape; what: string; mode: ProxmoxMode }[] = [
    { shape: "cluster", what: "a cluster entry and three nodes", mode: "CLUSTER" },
    { shape: "standalone", what: "exactly one node", mode: "STANDALONE" },
    { shape: "none", what: "no entries", mode: "UNDEFINED" },
    {
      shape: [
        { type: "cluster", id: "cluster", name: "lab", nodes: 1, quorate: 1, version: 1 },
        { type: "node", id: "node/pve1", name: "pve1", nodeid: 1, local: 1, online: 1, ip: "10.0.0.1", level: "" },
      ],
      what: "a cluster entry and one node",
      mode: "STANDALONE",
    },
    {
      shape: [
        { type: "node", id: "node/pve1", name: "pve1", nodeid: 1, local: 1, online: 1, ip: "10.0.0.1", level: "" },
        { type: "node", id: "node/pve2", name: "pve2", nodeid: 2, local: 0, online: 1, ip: "10.0.0.2", level: "" },
      ],
      what: "two nodes but no cluster entry",
      mode: "UNDEFINED",
    },
  ];
  for (const { shape, what, mode } of modes) {
    it(`derives ${mode} from ${what}`, async () => {
      const initial: ProxmoxMode = mode === "CLUSTER" ? "STANDALONE" : "CLUSTER";
      const { endpoint } = await proxmoxWithToken(proxmox, { mode: initial });
      proxmox.settings.cluster = shape;
      const { result } = await sync(endpoint.id);
      expect(result.userErrors).toEqual([]);
      expect(result.proxmoxEndpoint?.mode).toBe(mode);
      expect((await storedProxmox(endpoint.databaseId)).proxmox?.mode).toBe(mode);
    });
  }

  it("keeps at most 20 characters of the version and 16 of the repoid", async () => {
    const long = { version: "8.1.4-extraordinarily-long-build", release: "8.1", repoid: "ec5affc9e41f1d79deadbeefcafe" };
    proxmox.settings.version = long;
    const { endpoint } = await proxmoxWithToken(proxmox);
    const { result } = await sync(endpoint.id);
    expect(result.userErrors).toEqual([]);
    expect(result.proxmoxEndpoint).toMatchObject({ version: long.version.slice(0, 20), repoid: long.repoid.slice(0, 16) });
    expect((await storedProxmox(endpoint.databaseId)).proxmox).toMatchObject({
      version: long.version.slice(0, 20),
      repoid: long.repoid.slice(0, 16),
    });
  });

  it("with verifySsl false, accepts a certificate nobody trusts", async () => {
    const { endpoint } = await proxmoxWithToken(proxmoxUntrusted, { verifySsl: false });
    const { result } = await sync(endpoint.id);
    expect(result.userErrors).toEqual([]);
    expect(result.proxmoxEndpoint?.version).toBe("8.1.4");
  });

  describe("a failure comes back as one userError with an actionable message, and nothing is stored", () => {
    const failures: {
      what: string;
      arrange: () => Promise<{ id: string; databaseId: number }>;
      code: string;
      message: RegExp[];
      after?: () => void;
    }[] = [
      {
        what: "an untrusted certificate with verifySsl true",
        arrange: async () => (await proxmoxWithToken(proxmoxUntrusted, { verifySsl: true })).endpoint,
        code: "CERTIFICATE_NOT_TRUSTED",
        message: [CERTIFICATE_MESSAGE, /verifySsl/],
        after: () => expect(proxmoxUntrusted.requests).toEqual([]),
      },
      {
        what: "a certificate from the trusted CA but for another host name",
        arrange: async () => (await proxmoxWithToken(proxmoxWrongName, { verifySsl: true })).endpoint,
        code: "CERTIFICATE_NOT_TRUSTED",
        message: [CERTIFICATE_MESSAGE],
        after: () => expect(proxmoxWrongName.requests).toEqual([]),
      },
      {
        what: "a refused API token",
        arrange: async () => {
          const { endpoint } = await proxmoxWithToken(proxmox);
          proxmox.settings.tokenValue = "a-different-value";
          return endpoint;
        },
        code: "AUTHENTICATION_FAILED",
        message: [/credential|token/i],
      },
      {
        what: "a refused password",
        arrange: async () => {
          const { endpoint } = await proxmoxWithPassword(proxmox);
          proxmox.settings.password = "a-different-password";
          return endpoint;
        },
        code: "AUTHENTICATION_FAILED",
        message: [/credential|password/i],
        after: () => expect(proxmox.requestsTo("/api2/json/version")).toEqual([]),
      },
      {
        what: "no credentials stored at all",
        arrange: () => createProxmox(proxmox.port, { username: "root@pam" }),
        code: "AUTHENTICATION_FAILED",
        message: [/password|token/i],
      },
      {
        what: "a server that never answers",
        arrange: () => createProxmox(silent.port, { tokenName: "proxbox", tokenValue: secret("pve-token", silent.port) }),
        code: "TIMEOUT",
        message: [TIMEOUT_MESSAGE],
        after: () => expect(silent.connections).toBeGreaterThan(0),
      },
      {
        what: "a port nothing listens on",
        arrange: () => createProxmox(deadPort, { tokenName: "proxbox", tokenValue: secret("pve-token", deadPort) }),
        code: "UNREACHABLE",
        message: [UNREACHABLE_MESSAGE],
      },
    ];
    for (const { what, arrange, code, message, after } of failures) {
      it(`${what}: ${code}`, async () => {
        const endpoint = await arrange();
        const before = await snapshot();
        const { result, elapsedMs } = await sync(endpoint.id);
        expect(elapsedMs).toBeLessThan(PROMPT_MS);
        expect(result.proxmoxEndpoint).toBeNull();
        expect(result.userErrors).toHaveLength(1);
        expect(result.userErrors[0]!.code).toBe(code);
        for (const pattern of message) expect(result.userErrors[0]!.message).toMatch(pattern);
        expect(await snapshot(), "nothing stored").toEqual(before);
        after?.();
      });
    }
  });

  it("a server that is not Proxmox: BAD_RESPONSE, nothing stored", async () => {
    const endpoint = await createProxmox(netbox.port, { tokenName: "proxbox", tokenValue: secret("pve-token", netbox.port) });
    const before = await snapshot();
    const { result } = await sync(endpoint.id);
    expect(result.proxmoxEndpoint).toBeNull();
    expect(result.userErrors).toEqual([expect.objectContaining({ code: "BAD_RESPONSE" })]);
    expect(await snapshot()).toEqual(before);
    expect(netbox.requestsTo("/api2/json/version")).toHaveLength(1);
  });

  it("a plain-HTTP server where Proxmox's HTTPS is expected: a userError that points at the scheme", async () => {
    const endpoint = await createProxmox(backend.port, { tokenName: "proxbox", tokenValue: secret("pve-token", backend.port) });
    const before = await snapshot();
    const { result, elapsedMs } = await sync(endpoint.id);
    expect(elapsedMs).toBeLessThan(PROMPT_MS);
    expect(result.proxmoxEndpoint).toBeNull();
    expect(result.userErrors).toHaveLength(1);
    expect(["UNREACHABLE", "BAD_RESPONSE"]).toContain(result.userErrors[0]!.code);
    expect(result.userErrors[0]!.message).toMatch(/https/i);
    expect(await snapshot()).toEqual(before);
  });

  it("an answer far too large for the API: BAD_RESPONSE (the server was reached), and the check says it answered", async () => {
    const huge = await startRecordingServer(tls.trusted, () => ({
      status: 200,
      json: { data: { version: "8".repeat(2 * 1024 * 1024), repoid: "x" } },
    }));
    try {
      const endpoint = await createProxmox(huge.port, { tokenName: "proxbox", tokenValue: secret("pve-token", huge.port) });
      const before = await snapshot();
      const { result } = await sync(endpoint.id);
      expect(result.proxmoxEndpoint).toBeNull();
      expect(await snapshot()).toEqual(before);
      const checked = await check(endpoint.id);
      expect(checked.check?.ok).toBe(false);
      expect(result.userErrors, "UserErrorCode: UNREACHABLE is for an endpoint that could not be reached").toEqual([
        expect.objectContaining({ code: "BAD_RESPONSE" }),
      ]);
      expect(checked.check!.message).not.toMatch(/cannot reach/i);
    } finally {
      await huge.close();
    }
  });

  it("a stored token value that cannot go into an HTTP header: a userError and ok false, never an internal error", async () => {
    // A pasted value with a line break, which would also inject a header if it were sent.
    const tokenValue = `${secret("pve-token", proxmox.port)}\r\nX-Injected: yes`;
    const created = (
      await ok(CreateProxmox, {
        input: { name: uniqueName("pve"), ipAddressId: loopbackId, port: proxmox.port, tokenName: "proxbox", tokenValue },
      })
    ).createProxmoxEndpoint;
    if (created.userErrors.length > 0) {
      // Refusing the value when it is written is as good: it is then never stored.
      expect(created.userErrors).toEqual([expect.objectContaining({ field: ["tokenValue"] })]);
      return;
    }
    const endpoint = created.proxmoxEndpoint!;
    const before = await snapshot();
    const synced = await send(SyncProxmox, { input: { id: endpoint.id } });
    expect(synced.errors, "syncProxmoxEndpoint fails with an internal error").toBeUndefined();
    expect(synced.data?.syncProxmoxEndpoint.proxmoxEndpoint).toBeNull();
    expect(synced.data?.syncProxmoxEndpoint.userErrors).toHaveLength(1);
    expect(await snapshot()).toEqual(before);

    const checked = await send(CheckConnection, { input: { id: endpoint.id } });
    expect(checked.errors, "checkEndpointConnection fails with an internal error").toBeUndefined();
    expect(checked.data?.checkEndpointConnection.check?.ok).toBe(false);
    expect(proxmox.requests.filter((r) => r.headers["x-injected"] !== undefined)).toEqual([]);
  });

  it("answers NOT_FOUND for an unknown ID and for a NetBox endpoint's ID", async () => {
    const nb = await createNetbox(netbox.port);
    for (const id of ["UHJveG1veEVuZHBvaW50Ojk5OTk5OQ==", String(999_999), nb.id]) {
      const { result } = await sync(id);
      expect(result.proxmoxEndpoint).toBeNull();
      expect(result.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["id"] })]);
    }
    expect(netbox.requests).toEqual([]);
  });
});

describe("checkEndpointConnection", () => {
  describe("Proxmox", () => {
    it("with an API token: the authenticated version call only", async () => {
      const { endpoint, tokenValue } = await proxmoxWithToken(proxmox, { verifySsl: true });
      const result = await check(endpoint.id);
      expectGoodCheck(result);
      expect(proxmox.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /api2/json/version"]);
      expect(proxmox.requests[0]!.headers.authorization).toBe(`PVEAPIToken=automation@pve!proxbox=${tokenValue}`);
    });

    it("with a password: a ticket, then the version call with the cookie", async () => {
      const { endpoint, password } = await proxmoxWithPassword(proxmox);
      const result = await check(endpoint.id);
      expectGoodCheck(result);
      expect(proxmox.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /api2/json/access/ticket", "GET /api2/json/version"]);
      expect(new URLSearchParams(proxmox.requests[0]!.body).get("password")).toBe(password);
      expect(proxmox.requests[1]!.headers.cookie).toContain("PVEAuthCookie=");
    });

    it("refused credentials: ok false with the HTTP status and a message", async () => {
      const { endpoint } = await proxmoxWithToken(proxmox);
      proxmox.settings.tokenValue = "something-else";
      const result = await check(endpoint.id);
      expect(result.userErrors).toEqual([]);
      expect(result.check).toMatchObject({ ok: false, httpStatus: 401 });
      expect(result.check!.message).toMatch(/credential|token/i);
    });

    it("an untrusted certificate with verifySsl true: ok false, suggesting verifySsl", async () => {
      const { endpoint } = await proxmoxWithToken(proxmoxUntrusted, { verifySsl: true });
      const result = await check(endpoint.id);
      expectUnansweredCheck(result, CERTIFICATE_MESSAGE);
      expect(result.check!.message).toMatch(/verifySsl/);
      expect(proxmoxUntrusted.requests).toEqual([]);
    });

    it("an untrusted certificate with verifySsl false: ok", async () => {
      const { endpoint } = await proxmoxWithToken(proxmoxUntrusted, { verifySsl: false });
      expectGoodCheck(await check(endpoint.id));
    });

    it("a server that never answers: ok false within the configured timeout", async () => {
      const endpoint = await createProxmox(silent.port, { tokenName: "proxbox", tokenValue: secret("pve-token", silent.port) });
      const result = await check(endpoint.id);
      expectUnansweredCheck(result, TIMEOUT_MESSAGE);
      expect(result.elapsedMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(result.elapsedMs).toBeLessThan(PROMPT_MS);
    });

    it("a port nothing listens on: ok false, unreachable", async () => {
      const endpoint = await createProxmox(deadPort, { tokenName: "proxbox", tokenValue: secret("pve-token", deadPort) });
      expectUnansweredCheck(await check(endpoint.id), UNREACHABLE_MESSAGE);
    });
  });

  describe("NetBox", () => {
    it("sends Token <v1 plaintext> when a NetBox credential token of this service is linked", async () => {
      const token = await v1Token(netbox.port);
      netbox.settings.v1Token = token.plaintext;
      const endpoint = await createNetbox(netbox.port, { tokenId: token.id });
      expect(endpoint).toMatchObject({ tokenVersion: "V1", token: { id: token.id } });
      const result = await check(endpoint.id);
      expectGoodCheck(result);
      expect(netbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /api/status/"]);
      expect(netbox.requests[0]!.headers.authorization).toBe(`Token ${token.plaintext}`);
    });

    it("sends Bearer nbt_<key>.<secret> for a v2 key and secret", async () => {
      const { endpoint, key, tokenSecret } = await netboxWithV2(netbox);
      const result = await check(endpoint.id);
      expectGoodCheck(result);
      expect(netbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /api/status/"]);
      expect(netbox.requests[0]!.headers.authorization).toBe(`Bearer nbt_${key}.${tokenSecret}`);
    });

    it("reports the time the answer took", async () => {
      const { endpoint } = await netboxWithV2(netbox);
      netbox.delayMs = 150;
      const result = await check(endpoint.id);
      expectGoodCheck(result);
      expect(result.check!.latencyMs).toBeGreaterThanOrEqual(140);
    });

    it("a refused token: ok false with 403 and a message", async () => {
      const { endpoint } = await netboxWithV2(netbox);
      netbox.settings.v2 = null;
      const result = await check(endpoint.id);
      expect(result.check).toMatchObject({ ok: false, httpStatus: 403 });
      expect(result.check!.message).toMatch(/token/i);
    });

    it("no token at all: ok false with 403, saying so", async () => {
      const endpoint = await createNetbox(netbox.port);
      const result = await check(endpoint.id);
      expect(netbox.requests[0]!.headers.authorization).toBeUndefined();
      expect(result.check).toMatchObject({ ok: false, httpStatus: 403 });
      expect(result.check!.message).toMatch(/token/i);
    });

    it("an untrusted certificate with verifySsl true: ok false, and the token is not sent", async () => {
      const token = await v1Token(netboxUntrusted.port);
      netboxUntrusted.settings.v1Token = token.plaintext;
      const strict = await createNetbox(netboxUntrusted.port, { tokenId: token.id, verifySsl: true });
      expect(strict.connectionUrl).toBe(`https://127.0.0.1:${netboxUntrusted.port}`);
      expectUnansweredCheck(await check(strict.id), CERTIFICATE_MESSAGE);
      expect(netboxUntrusted.requests).toEqual([]);
    });

    it("plain HTTP when the port is not 443 and verifySsl is false (proxbox-api's rule): a NetBox without TLS answers", async () => {
      const token = await v1Token(netboxPlain.port);
      netboxPlain.settings.v1Token = token.plaintext;
      const endpoint = await createNetbox(netboxPlain.port, { tokenId: token.id, verifySsl: false });
      expect(endpoint.connectionUrl).toBe(`http://127.0.0.1:${netboxPlain.port}`);
      const result = await check(endpoint.id);
      expectGoodCheck(result);
      // The fake speaks plain HTTP only: that it recorded the request proves it came over http.
      expect(netboxPlain.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /api/status/"]);
      expect(netboxPlain.requests[0]!.headers.authorization).toBe(`Token ${token.plaintext}`);
    });

    it("https when verifySsl is true, which a NetBox without TLS cannot answer; nothing is sent in the clear", async () => {
      const endpoint = await createNetbox(netboxPlain.port, {
        tokenVersion: "V2",
        tokenKey: "abcdefabcdef",
        tokenSecret: secret("nbsecret", netboxPlain.port),
        verifySsl: true,
      });
      expect(endpoint.connectionUrl).toBe(`https://127.0.0.1:${netboxPlain.port}`);
      const result = await check(endpoint.id);
      expect(result.check).toMatchObject({ ok: false, httpStatus: null });
      expect(netboxPlain.requests).toEqual([]);
    });

    it("verifySsl false on a NetBox that serves HTTPS on another port than 443: http, which it cannot answer", async () => {
      const token = await v1Token(netboxUntrusted.port);
      netboxUntrusted.settings.v1Token = token.plaintext;
      const lax = await createNetbox(netboxUntrusted.port, { tokenId: token.id, verifySsl: false });
      expect(lax.connectionUrl).toBe(`http://127.0.0.1:${netboxUntrusted.port}`);
      const result = await check(lax.id);
      expect(result.check).toMatchObject({ ok: false });
      expect(netboxUntrusted.requests).toEqual([]);
    });

    it("a server that never answers, and a closed port: ok false", async () => {
      const slow = await createNetbox(silent.port, {
        tokenVersion: "V2",
        tokenKey: "abcdefabcdef",
        tokenSecret: secret("nbsecret", silent.port),
      });
      const result = await check(slow.id);
      expectUnansweredCheck(result, TIMEOUT_MESSAGE);
      expect(result.elapsedMs).toBeLessThan(PROMPT_MS);
      const dead = await createNetbox(deadPort, {
        tokenVersion: "V2",
        tokenKey: "abcdefabcdef",
        tokenSecret: secret("nbsecret", deadPort),
      });
      expectUnansweredCheck(await check(dead.id), UNREACHABLE_MESSAGE);
    });
  });

  describe("FastAPI", () => {
    it("authenticates with the stored key (GET /auth/keys with X-Proxbox-API-Key) and registers nothing", async () => {
      const { endpoint } = await createFastApi(backend.port);
      backend.clearRequests();
      const result = await check(endpoint.id);
      expectGoodCheck(result);
      expect(result.check!.message).toMatch(/accepted the stored API key/);
      expect(backend.requests.map((r) => `${r.method} ${r.path} ${String(r.headers["x-proxbox-api-key"] ?? "-")}`)).toEqual([
        `GET /auth/keys ${endpoint.token}`,
      ]);
      expect(backend.registered).toHaveLength(1);
    });

    it("a key the backend does not accept: ok false with 401, saying the key was refused, and registers nothing", async () => {
      const { endpoint } = await createFastApi(backend.port);
      backend.reset(); // the backend lost its keys: it answers, but no longer accepts this one
      const result = await check(endpoint.id);
      expect(result.check).toMatchObject({ ok: false, httpStatus: 401 });
      expect(result.check!.message).toMatch(/refused the stored API key \(HTTP 401\).*No API key configured/);
      expect(backend.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /auth/keys"]);
      expect(backend.registered).toEqual([]);
    });

    it("a backend that locked this address out after failed attempts: ok false with 429, saying so", async () => {
      Object.assign(backend.settings, { needsBootstrap: false, hasDbKeys: true });
      const { endpoint } = await createFastApi(backend.port);
      for (let attempt = 0; attempt < 5; attempt += 1)
        expect((await check(endpoint.id)).check).toMatchObject({ ok: false, httpStatus: 401 });
      const result = await check(endpoint.id);
      expect(result.check).toMatchObject({ ok: false, httpStatus: 429 });
      expect(result.check!.message).toMatch(/too many failed attempts/);
    });

    it("honours useHttps and verifySsl", async () => {
      const trusted = await createFastApi(backendTls.port, { useHttps: true, verifySsl: true });
      const lax = await createFastApi(backendUntrusted.port, { useHttps: true, verifySsl: false });
      const strict = await createFastApi(backendUntrusted.port, { useHttps: true, verifySsl: true });
      backendTls.clearRequests();
      backendUntrusted.clearRequests();

      expectGoodCheck(await check(trusted.endpoint.id));
      expect(backendTls.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /auth/keys"]);
      expectGoodCheck(await check(lax.endpoint.id));
      expect(backendUntrusted.requests).toHaveLength(1);
      const refused = await check(strict.endpoint.id);
      expectUnansweredCheck(refused, CERTIFICATE_MESSAGE);
      expect(refused.check!.message).toMatch(/verifySsl/);
      expect(backendUntrusted.requests).toHaveLength(1);
    });

    it("a backend that answers 500: ok false with the status", async () => {
      const { endpoint } = await createFastApi(backend.port);
      backend.settings.listKeys = 500;
      const result = await check(endpoint.id);
      expect(result.check).toMatchObject({ ok: false, httpStatus: 500 });
    });

    it("a backend that never answers, and a closed port: ok false", async () => {
      const slow = await createFastApi(silent.port);
      const result = await check(slow.endpoint.id);
      expectUnansweredCheck(result, TIMEOUT_MESSAGE);
      expect(result.elapsedMs).toBeLessThan(PROMPT_MS);
      const dead = await createFastApi(deadPort);
      expectUnansweredCheck(await check(dead.endpoint.id), UNREACHABLE_MESSAGE);
    });
  });

  it("answers NOT_FOUND for an ID that names no endpoint", async () => {
    const token = await v1Token(0);
    for (const id of ["UHJveG1veEVuZHBvaW50Ojk5OTk5OQ==", String(999_999), token.id]) {
      const result = await check(id);
      expect(result.check).toBeNull();
      expect(result.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["id"] })]);
    }
  });
});

describe("secrets go to the endpoint's own host only", () => {
  // The afterEach hook checks every test: no planted secret reached another fake server, or came
  // back in a response, or was written to the console. These tests add a server that tries to
  // send the credentials elsewhere with a redirect.

  it("Proxmox: a redirect is not followed, with the token or with the password", async () => {
    const { endpoint: withToken } = await proxmoxWithToken(proxmox);
    const { endpoint: withPassword } = await proxmoxWithPassword(proxmox);
    proxmox.redirectTo = bystander.origin;
    for (const endpoint of [withToken, withPassword]) {
      const before = await snapshot();
      const { result } = await sync(endpoint.id);
      expect(result.proxmoxEndpoint).toBeNull();
      expect(result.userErrors).toHaveLength(1);
      expect(await snapshot()).toEqual(before);
      expect((await check(endpoint.id)).check?.ok).toBe(false);
    }
    expect(proxmox.requests.length).toBeGreaterThan(0);
    expect(bystander.requests).toEqual([]);
  });

  it("NetBox: a redirect is not followed", async () => {
    const { endpoint } = await netboxWithV2(netbox);
    netbox.redirectTo = bystander.origin;
    expect((await check(endpoint.id)).check?.ok).toBe(false);
    expect(netbox.requests).toHaveLength(1);
    expect(bystander.requests).toEqual([]);
  });

  it("FastAPI: a redirect of register-key is not followed, and the registration FAILS", async () => {
    backend.redirectTo = bystander.origin;
    const created = await createFastApi(backend.port);
    await expectRegistration(created, "FAILED");
    expect(backend.requests.length).toBeGreaterThan(0);
    expect(bystander.requests).toEqual([]);
  });

  it("failure messages carry no secret, even when the server echoes what it received", async () => {
    // A server that answers with the request it got, headers and body, as some error pages do.
    let status = 401;
    const echo = await startRecordingServer(tls.trusted, (request) => ({
      status,
      json: { data: null, detail: `${request.method} ${request.path} ${request.body} ${JSON.stringify(request.headers)}`, echo: request },
    }));
    try {
      const proxmoxIds = [
        (await createProxmox(echo.port, { username: "automation@pve", tokenName: "proxbox", tokenValue: secret("pve-token", echo.port) }))
          .id,
        (await createProxmox(echo.port, { username: "admin@pve", password: secret("pve-pass", echo.port) })).id,
      ];
      const netboxIds = [
        (await createNetbox(echo.port, { tokenVersion: "V2", tokenKey: "abcdefabcdef", tokenSecret: secret("nbsecret", echo.port) })).id,
        (await createNetbox(echo.port, { tokenId: (await v1Token(echo.port)).id })).id,
      ];
      for (status of [401, 403, 500]) {
        for (const id of proxmoxIds) {
          const { result } = await sync(id);
          expect(result.userErrors).toHaveLength(1);
        }
        for (const id of [...proxmoxIds, ...netboxIds]) expect((await check(id)).check?.ok).toBe(false);
      }
      // send() has compared every response with the secrets; the echo server did receive them.
      expect(echo.requests.some((r) => r.body.includes("pve-pass-"))).toBe(true);
      expect(echo.requests.some((r) => (r.headers.authorization ?? "").includes("pve-token-"))).toBe(true);
      expect(echo.requests.some((r) => (r.headers.authorization ?? "").includes("nbsecret-"))).toBe(true);
    } finally {
      await echo.close();
    }
  });
});
