// Write-only secrets cannot be walked out: a client that may write, but cannot read a stored
// secret, cannot have it sent to a host it chose (another domain, IP address or port, or with
// certificate checking or https turned off) without giving the secret again; no token that
// authenticates to this service is ever sent to another; and the smaller rules around them (the
// FastAPI token for readers, the last write-enabled token, syncs and rotations racing a delete).
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "../../src/auth/authenticate.js";
import { createToken, ensureAdminToken } from "../../src/data/token-writes.js";
import {
  type FakeBackend,
  type FakeNetbox,
  type FakeProxmox,
  type FakeServer,
  startFakeBackend,
  startFakeNetbox,
  startFakeProxmox,
  startRecordingServer,
} from "../support/fake-upstreams.js";
import { startService, type TestService } from "../support/service.js";
import { makeTestTls, type TestTls } from "../support/tls.js";

const PASSWORD = "walkout-password-7d1e";
const TOKEN_VALUE = "walkout-tokenvalue-92ab";
const TOKEN_SECRET = "walkout-tokensecret-44c0";
const ADMIN_TOKEN = "walkout-admin-token-0123456789abcdefghijklmnopqrstuvwxyz";

let service: TestService;
let tls: TestTls;
let proxmox: FakeProxmox;
let netbox: FakeNetbox;
let backend: FakeBackend;
let otherBackend: FakeBackend;
/** The host a write token controls: it must never receive a stored secret. */
let attacker: FakeServer;

beforeAll(async () => {
  tls = makeTestTls();
  [proxmox, netbox, backend, otherBackend] = await Promise.all([
    startFakeProxmox(tls.trusted),
    startFakeNetbox(tls.trusted),
    startFakeBackend(null),
    startFakeBackend(null),
  ]);
  attacker = await startRecordingServer(tls.trusted, () => ({ status: 200, json: { data: { version: "8.0", repoid: "x" } } }));
  service = await startService({
    outbound: { ca: tls.ca, timeoutMs: 2000, registrationStatusTimeoutMs: 1000, registrationTimeoutMs: 1000 },
  });
  await ensureAdminToken(service.db, ADMIN_TOKEN);
});
afterAll(async () => {
  await service?.close();
  await Promise.all([proxmox, netbox, backend, otherBackend, attacker].map((server) => server?.close()));
});
beforeEach(() => {
  proxmox.reset();
  netbox.reset();
  backend.reset();
  otherBackend.reset();
  attacker.clearRequests();
});

async function run(query: string, variables: Record<string, unknown> = {}, token?: string | null): Promise<any> {
  const result = await service.gql(parse(query) as TypedDocumentNode<any, any>, variables, { token });
  expect(result.errors).toBeUndefined();
  return result.data;
}

const ERRORS = "userErrors { field code message }";

/** Every request the attacker's host received, as text, to search for secrets. */
function attackerSaw(): string {
  return JSON.stringify(attacker.requests);
}

async function createProxmox(input: Record<string, unknown>): Promise<string> {
  const data = await run(
    `mutation($input: CreateProxmoxEndpointInput!) { createProxmoxEndpoint(input: $input) { proxmoxEndpoint { id } ${ERRORS} } }`,
    { input: { domain: "localhost", port: proxmox.port, verifySsl: true, ...input } },
  );
  expect(data.createProxmoxEndpoint.userErrors).toEqual([]);
  return data.createProxmoxEndpoint.proxmoxEndpoint.id;
}

async function updateProxmox(input: Record<string, unknown>): Promise<any> {
  const data = await run(
    `mutation($input: UpdateProxmoxEndpointInput!) {
      updateProxmoxEndpoint(input: $input) { proxmoxEndpoint { id domain port verifySsl hasPassword hasTokenValue ipAddress { address } } ${ERRORS} }
    }`,
    { input },
  );
  return data.updateProxmoxEndpoint;
}

async function check(id: string): Promise<{ ok: boolean; message: string }> {
  const data = await run(`mutation($id: ID!) { checkEndpointConnection(input: { id: $id }) { check { ok message } ${ERRORS} } }`, { id });
  return data.checkEndpointConnection.check;
}

async function createIpAddress(address: string): Promise<string> {
  const data = await run(`mutation($address: String!) { createIpAddress(input: { address: $address }) { ipAddress { id } } }`, { address });
  return data.createIpAddress.ipAddress.id;
}

const reentryErrors = (fields: string[]) =>
  fields.map((field) => ({ field: [field], code: "SECRET_REENTRY_REQUIRED", message: expect.stringContaining(`give ${field} again`) }));

describe("a change of destination must give the stored secrets again", () => {
  let id: string;
  beforeEach(async () => {
    id = await createProxmox({ name: `pve-${Math.random()}`, password: PASSWORD, tokenName: "ci", tokenValue: TOKEN_VALUE });
  });

  const moves: [string, () => Promise<Record<string, unknown>>][] = [
    ["another domain", () => Promise.resolve({ domain: "127.0.0.1.nip.io" })],
    ["another port", () => Promise.resolve({ port: attacker.port })],
    ["an IP address instead of the domain", async () => ({ domain: null, ipAddressId: await createIpAddress("127.0.0.1") })],
    ["verifySsl turned off", () => Promise.resolve({ verifySsl: false })],
  ];
  for (const [what, change] of moves) {
    it(`${what}: refused on password and tokenValue, nothing written`, async () => {
      const result = await updateProxmox({ id, ...(await change()) });
      expect(result.proxmoxEndpoint).toBeNull();
      expect(result.userErrors).toEqual(reentryErrors(["password", "tokenValue"]));
      const stored = await run(`query($id: ID!) { proxmoxEndpoint(id: $id) { domain port verifySsl ipAddress { id } } }`, { id });
      expect(stored.proxmoxEndpoint).toEqual({ domain: "localhost", port: proxmox.port, verifySsl: true, ipAddress: null });
    });
  }

  it("the attacker's port never receives the password or the token value, before or after a check", async () => {
    const moved = await updateProxmox({ id, port: attacker.port });
    expect(moved.userErrors).toHaveLength(2);
    proxmox.settings = { ...proxmox.settings, username: "root@pam", password: PASSWORD, tokenName: "ci", tokenValue: TOKEN_VALUE };
    expect((await check(id)).ok).toBe(true);
    expect(attacker.requests).toEqual([]);
    expect(attackerSaw()).not.toContain(PASSWORD);
  });

  it("giving both secrets again, or clearing one and giving the other again, is accepted", async () => {
    const again = await updateProxmox({ id, port: attacker.port, password: "new-pass", tokenValue: "new-value" });
    expect(again.userErrors).toEqual([]);
    expect(again.proxmoxEndpoint).toMatchObject({ port: attacker.port, hasPassword: true, hasTokenValue: true });
    // One credential must remain (proxbox-api's rule): the token is cleared, the password given again.
    const cleared = await updateProxmox({ id, port: proxmox.port, password: "back-pass", tokenName: "", tokenValue: "" });
    expect(cleared.userErrors).toEqual([]);
    expect(cleared.proxmoxEndpoint).toMatchObject({ hasPassword: true, hasTokenValue: false });
    // Only the secret still stored is asked for.
    expect((await updateProxmox({ id, domain: "pve.example.com" })).userErrors).toEqual(reentryErrors(["password"]));
  });

  it("asks only for the secrets that are stored, and not for changes that send them nowhere new", async () => {
    const passwordOnly = await createProxmox({ name: `pve-pass-${Math.random()}`, password: PASSWORD });
    expect((await updateProxmox({ id: passwordOnly, port: 8443 })).userErrors).toEqual(reentryErrors(["password"]));
    expect((await updateProxmox({ id, name: "renamed", verifySsl: true, domain: "localhost", port: proxmox.port })).userErrors).toEqual([]);
    // Turning certificate checking on protects them more.
    const unchecked = await createProxmox({ name: `pve-nocheck-${Math.random()}`, verifySsl: false, password: PASSWORD });
    expect((await updateProxmox({ id: unchecked, verifySsl: true })).userErrors).toEqual([]);
  });

  it("a NetBox token secret, v1 or v2, is asked for again on ['tokenSecret']", async () => {
    for (const input of [
      { tokenVersion: "V2", tokenKey: "k1", tokenSecret: TOKEN_SECRET },
      { tokenVersion: "V1", tokenSecret: TOKEN_SECRET },
    ]) {
      const created = await run(
        `mutation($input: CreateNetBoxEndpointInput!) { createNetBoxEndpoint(input: $input) { netBoxEndpoint { id hasTokenSecret } ${ERRORS} } }`,
        { input: { name: `nb-${Math.random()}`, domain: "localhost", port: netbox.port, ...input } },
      );
      expect(created.createNetBoxEndpoint.netBoxEndpoint.hasTokenSecret).toBe(true);
      const nbId = created.createNetBoxEndpoint.netBoxEndpoint.id;
      const moved = await run(
        `mutation($input: UpdateNetBoxEndpointInput!) { updateNetBoxEndpoint(input: $input) { netBoxEndpoint { id } ${ERRORS} } }`,
        { input: { id: nbId, port: attacker.port } },
      );
      expect(moved.updateNetBoxEndpoint.userErrors).toEqual(reentryErrors(["tokenSecret"]));
      expect((await check(nbId)).ok).toBe(false); // the fake NetBox knows no token here
      expect(attacker.requests).toEqual([]);
    }
  });
});

describe("no token that authenticates to this service leaves it", () => {
  const LINK = `mutation($input: CreateNetBoxEndpointInput!) { createNetBoxEndpoint(input: $input) { netBoxEndpoint { id tokenVersion token { id purpose } } ${ERRORS} } }`;
  const CREATE_TOKEN = `mutation($input: CreateTokenInput!) { createToken(input: $input) { token { id version purpose } plaintext ${ERRORS} } }`;

  async function tokenIdOf(digestOfPlaintextOwner: "admin" | "v1"): Promise<string> {
    const data = await run(`{ tokens(first: 100) { nodes { id description version } } }`);
    const nodes = data.tokens.nodes as { id: string; description: string; version: string }[];
    return digestOfPlaintextOwner === "admin"
      ? nodes.find((node) => node.description === "PROXBOX_ADMIN_TOKEN")!.id
      : nodes.find((node) => node.version === "V1" && node.description !== "PROXBOX_ADMIN_TOKEN")!.id;
  }

  it("linking an API token, PROXBOX_ADMIN_TOKEN's or any v1 one, is refused on ['tokenId']", async () => {
    for (const owner of ["admin", "v1"] as const) {
      const data = await run(LINK, {
        input: { name: `nb-link-${owner}`, domain: "localhost", port: attacker.port, tokenId: await tokenIdOf(owner) },
      });
      expect(data.createNetBoxEndpoint.netBoxEndpoint).toBeNull();
      expect(data.createNetBoxEndpoint.userErrors).toEqual([
        { field: ["tokenId"], code: "INVALID", message: expect.stringContaining("NetBox credential") },
      ]);
    }
    expect(attacker.requests).toEqual([]);
  });

  it("a NetBox credential token is v1, linkable and sent as Token <plaintext>, and never authenticates here", async () => {
    const created = (await run(CREATE_TOKEN, { input: { purpose: "NETBOX_CREDENTIAL", description: "for the remote NetBox" } }))
      .createToken;
    expect(created.userErrors).toEqual([]);
    expect(created.token).toMatchObject({ version: "V1", purpose: "NETBOX_CREDENTIAL" });
    const viewer = await service.gql(parse("{ viewer { id } }") as TypedDocumentNode<any, any>, {}, { token: created.plaintext });
    expect(viewer.status).toBe(401);
    expect(await authenticate(service.db.driver, `Token ${created.plaintext}`)).toBeNull();

    const linked = (
      await run(LINK, { input: { name: "nb-credential", domain: "localhost", port: netbox.port, tokenId: created.token.id } })
    ).createNetBoxEndpoint;
    expect(linked.userErrors).toEqual([]);
    expect(linked.netBoxEndpoint.token).toEqual({ id: created.token.id, purpose: "NETBOX_CREDENTIAL" });
    netbox.settings.v1Token = created.plaintext;
    expect((await check(linked.netBoxEndpoint.id)).ok).toBe(true);
    expect(netbox.requests[0]!.headers.authorization).toBe(`Token ${created.plaintext}`);

    const v2 = (await run(CREATE_TOKEN, { input: { purpose: "NETBOX_CREDENTIAL", version: "V2" } })).createToken;
    expect(v2.userErrors).toEqual([{ field: ["version"], code: "INVALID", message: expect.any(String) }]);
  });

  it("a credential token goes to one destination only: no second link, no following a move, no relinking once released", async () => {
    const created = (await run(CREATE_TOKEN, { input: { purpose: "NETBOX_CREDENTIAL" } })).createToken;
    const UPDATE = `mutation($input: UpdateNetBoxEndpointInput!) { updateNetBoxEndpoint(input: $input) { netBoxEndpoint { id token { id } } ${ERRORS} } }`;
    const legit = (await run(LINK, { input: { name: "nb-bound", domain: "localhost", port: netbox.port, tokenId: created.token.id } }))
      .createNetBoxEndpoint;
    expect(legit.userErrors).toEqual([]);
    const refusedOn = (field: string, code: string) => [{ field: [field], code, message: expect.any(String) }];

    // A second endpoint, at the attacker's host, linking the same token.
    const second = (await run(LINK, { input: { name: "nb-walkout", domain: "localhost", port: attacker.port, tokenId: created.token.id } }))
      .createNetBoxEndpoint;
    expect(second).toMatchObject({ netBoxEndpoint: null, userErrors: refusedOn("tokenId", "INVALID") });

    // Moving the endpoint and giving the token again.
    const moved = (await run(UPDATE, { input: { id: legit.netBoxEndpoint.id, port: attacker.port, tokenId: created.token.id } }))
      .updateNetBoxEndpoint;
    expect(moved).toMatchObject({ netBoxEndpoint: null, userErrors: refusedOn("tokenId", "SECRET_REENTRY_REQUIRED") });

    // Unlinking releases it: relinking it after a move, or from another endpoint, is refused.
    const cleared = (await run(UPDATE, { input: { id: legit.netBoxEndpoint.id, port: attacker.port, tokenId: null } }))
      .updateNetBoxEndpoint;
    expect(cleared.userErrors).toEqual([]);
    const relinked = (await run(UPDATE, { input: { id: legit.netBoxEndpoint.id, tokenId: created.token.id } })).updateNetBoxEndpoint;
    expect(relinked).toMatchObject({ netBoxEndpoint: null, userErrors: refusedOn("tokenId", "INVALID") });
    const elsewhere = (
      await run(LINK, { input: { name: "nb-walkout-2", domain: "localhost", port: attacker.port, tokenId: created.token.id } })
    ).createNetBoxEndpoint;
    expect(elsewhere).toMatchObject({ netBoxEndpoint: null, userErrors: refusedOn("tokenId", "INVALID") });

    // The database holds the rule against writers that skip the checks.
    const endpointId = Number(
      (await run(`query($id: ID!) { netBoxEndpoint(id: $id) { databaseId } }`, { id: legit.netBoxEndpoint.id })).netBoxEndpoint.databaseId,
    );
    const tokenId = Number(
      (await run(`query($id: ID!) { node(id: $id) { ... on Token { databaseId } } }`, { id: created.token.id })).node.databaseId,
    );
    await expect(service.db.prisma.netboxEndpoint.update({ where: { endpointId }, data: { tokenId } })).rejects.toThrow();

    await check(legit.netBoxEndpoint.id);
    expect(attackerSaw()).not.toContain(created.plaintext);
  });

  it("a link to an API token already in the database is never used: the check sends no token", async () => {
    const created = (await run(LINK, { input: { name: "nb-legacy", domain: "localhost", port: attacker.port } })).createNetBoxEndpoint;
    const endpointId = Number(
      (await run(`query($id: ID!) { netBoxEndpoint(id: $id) { databaseId } }`, { id: created.netBoxEndpoint.id })).netBoxEndpoint
        .databaseId,
    );
    const admin = await service.db.prisma.token.findFirstOrThrow({ where: { description: "PROXBOX_ADMIN_TOKEN" } });
    await service.db.prisma.netboxEndpoint.update({ where: { endpointId }, data: { tokenId: admin.id } });
    await check(created.netBoxEndpoint.id);
    expect(attacker.requests).toHaveLength(1);
    expect(attacker.requests[0]!.headers.authorization).toBeUndefined();
    expect(attackerSaw()).not.toContain(ADMIN_TOKEN);
    await service.db.prisma.netboxEndpoint.update({ where: { endpointId }, data: { tokenId: null } });
  });

  it("a NetBox v1 token is entered as a write-only secret: Token <tokenSecret>", async () => {
    const data = await run(
      `mutation($input: CreateNetBoxEndpointInput!) { createNetBoxEndpoint(input: $input) { netBoxEndpoint { id tokenVersion hasTokenSecret token { id } } ${ERRORS} } }`,
      { input: { name: "nb-v1-secret", domain: "localhost", port: netbox.port, tokenVersion: "V1", tokenSecret: TOKEN_SECRET } },
    );
    expect(data.createNetBoxEndpoint.netBoxEndpoint).toMatchObject({ tokenVersion: "V1", hasTokenSecret: true, token: null });
    netbox.settings.v1Token = TOKEN_SECRET;
    expect((await check(data.createNetBoxEndpoint.netBoxEndpoint.id)).ok).toBe(true);
    expect(netbox.requests[0]!.headers.authorization).toBe(`Token ${TOKEN_SECRET}`);
  });
});

describe("the FastAPI backend token", () => {
  const FIELDS = "id token useHttps port registration { status }";

  async function createFastApi(name: string, port: number, extra: Record<string, unknown> = {}): Promise<{ id: string; token: string }> {
    const data = await run(
      `mutation($input: CreateFastAPIEndpointInput!) { createFastApiEndpoint(input: $input) { fastApiEndpoint { ${FIELDS} } ${ERRORS} } }`,
      { input: { name, domain: "127.0.0.1.nip.io", port, ...extra } },
    );
    expect(data.createFastApiEndpoint.userErrors).toEqual([]);
    return data.createFastApiEndpoint.fastApiEndpoint;
  }

  it("a move to another port gets a fresh token, registered there; the old one never reaches the new host", async () => {
    const created = await createFastApi("fa-move", backend.port, { domain: "localhost" });
    expect(backend.registered.map((r) => r.api_key)).toEqual([created.token]);
    const data = await run(
      `mutation($input: UpdateFastAPIEndpointInput!) { updateFastApiEndpoint(input: $input) { fastApiEndpoint { ${FIELDS} } ${ERRORS} } }`,
      { input: { id: created.id, port: otherBackend.port } },
    );
    const moved = data.updateFastApiEndpoint.fastApiEndpoint;
    expect(data.updateFastApiEndpoint.userErrors).toEqual([]);
    expect(moved.token).not.toBe(created.token);
    expect(moved.registration.status).toBe("REGISTERED");
    expect(otherBackend.registered.map((r) => r.api_key)).toEqual([moved.token]);
    expect(JSON.stringify(otherBackend.requests)).not.toContain(created.token);

    // A change that sends it nowhere new keeps it and registers nothing.
    otherBackend.clearRequests();
    const renamed = await run(
      `mutation($input: UpdateFastAPIEndpointInput!) { updateFastApiEndpoint(input: $input) { fastApiEndpoint { ${FIELDS} } ${ERRORS} } }`,
      { input: { id: created.id, name: "fa-renamed" } },
    );
    expect(renamed.updateFastApiEndpoint.fastApiEndpoint.token).toBe(moved.token);
    expect(otherBackend.requests).toEqual([]);
  });

  it("turning https off replaces the token too", async () => {
    const created = await createFastApi("fa-https", backend.port, { domain: "localhost", useHttps: true, verifySsl: false });
    const data = await run(
      `mutation($input: UpdateFastAPIEndpointInput!) { updateFastApiEndpoint(input: $input) { fastApiEndpoint { ${FIELDS} } ${ERRORS} } }`,
      { input: { id: created.id, useHttps: false } },
    );
    expect(data.updateFastApiEndpoint.fastApiEndpoint.token).not.toBe(created.token);
    expect(JSON.stringify(backend.requests)).not.toContain(created.token);
  });

  it("is null for a read-only token", async () => {
    const created = await createFastApi("fa-read", backend.port, { domain: "localhost" });
    const asReader = await service.gql(
      parse(`query($id: ID!) { fastApiEndpoint(id: $id) { token } }`) as TypedDocumentNode<any, any>,
      { id: created.id },
      { token: service.readToken },
    );
    expect(asReader.errors).toBeUndefined();
    expect(asReader.data.fastApiEndpoint.token).toBeNull();
    expect(JSON.stringify(asReader)).not.toContain(created.token);
    expect((await run(`query($id: ID!) { fastApiEndpoint(id: $id) { token } }`, { id: created.id })).fastApiEndpoint.token).toBe(
      created.token,
    );
  });
});

describe("races with a delete, and the last write-enabled token", () => {
  it("a sync whose endpoint is deleted while Proxmox answers: a NOT_FOUND userError", async () => {
    const id = await createProxmox({ name: "pve-race", tokenName: "ci", tokenValue: TOKEN_VALUE });
    proxmox.settings = { ...proxmox.settings, tokenName: "ci", tokenValue: TOKEN_VALUE };
    proxmox.delayMs = 300;
    const sync = service.gql(
      parse(`mutation($id: ID!) { syncProxmoxEndpoint(input: { id: $id }) { proxmoxEndpoint { id } ${ERRORS} } }`) as TypedDocumentNode<
        any,
        any
      >,
      { id },
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    await run(`mutation($id: ID!) { deleteProxmoxEndpoint(input: { id: $id }) { deletedId } }`, { id });
    const result = await sync;
    expect(result.errors).toBeUndefined();
    expect(result.data.syncProxmoxEndpoint).toEqual({
      proxmoxEndpoint: null,
      userErrors: [{ field: ["id"], code: "NOT_FOUND", message: expect.any(String) }],
    });
  });

  it("a rotation whose endpoint is deleted while the backend answers: a NOT_FOUND userError", async () => {
    const created = await run(
      `mutation { createFastApiEndpoint(input: { name: "fa-race", domain: "localhost", port: ${backend.port} }) { fastApiEndpoint { id } } }`,
    );
    const id = created.createFastApiEndpoint.fastApiEndpoint.id;
    backend.delayMs = 300;
    const rotation = service.gql(
      parse(
        `mutation($id: ID!) { rotateFastApiEndpointToken(input: { id: $id }) { fastApiEndpoint { id } ${ERRORS} } }`,
      ) as TypedDocumentNode<any, any>,
      { id },
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    await run(`mutation($id: ID!) { deleteFastApiEndpoint(input: { id: $id }) { deletedId } }`, { id });
    const result = await rotation;
    expect(result.errors).toBeUndefined();
    expect(result.data.rotateFastApiEndpointToken).toEqual({
      fastApiEndpoint: null,
      userErrors: [{ field: ["id"], code: "NOT_FOUND", message: expect.any(String) }],
    });
  });

  it("deleting the last write-enabled API token is refused, saying how access comes back; expired ones do not count", async () => {
    const prisma = service.db.prisma;
    const DELETE = `mutation($id: ID!) { deleteToken(input: { id: $id }) { deletedId ${ERRORS} } }`;
    const own = await run(`{ viewer { id } }`);
    const ids = (await prisma.token.findMany({ where: { purpose: "API", writeEnabled: true }, select: { id: true } })).map((t) => t.id);
    const viewerDbId = Number((await run(`{ viewer { databaseId } }`)).viewer.databaseId);
    // Only the request's own token stays write-enabled; another one has expired.
    await prisma.token.updateMany({ where: { id: { in: ids.filter((id) => id !== viewerDbId) } }, data: { writeEnabled: false } });
    const expired = await createToken(service.db, { version: "V2", expires: new Date(Date.now() + 60_000) });
    await prisma.token.update({ where: { id: expired.id }, data: { expires: new Date(Date.now() - 1000) } });
    try {
      const refused = (await run(DELETE, { id: own.viewer.id })).deleteToken;
      expect(refused).toEqual({
        deletedId: null,
        userErrors: [{ field: ["id"], code: "IN_USE", message: expect.stringContaining("npm run token -- create") }],
      });
      expect(await prisma.token.count({ where: { id: viewerDbId } })).toBe(1);
      // With another write-enabled token, it may go (the other is then the last).
      const other = await createToken(service.db, { version: "V2" });
      const deleted = (await service.gql(parse(DELETE) as TypedDocumentNode<any, any>, { id: own.viewer.id })).data.deleteToken;
      expect(deleted.userErrors).toEqual([]);
      const last = await service.gql(parse(DELETE) as TypedDocumentNode<any, any>, { id: String(other.id) }, { token: other.plaintext });
      expect(last.data.deleteToken.userErrors[0]).toMatchObject({ code: "IN_USE", field: ["id"] });
    } finally {
      await prisma.token.updateMany({ where: { id: { in: ids } }, data: { writeEnabled: true } });
    }
  });
});
