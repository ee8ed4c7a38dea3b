// Planted secrets never come back out: not in any response body, error message or extension, and
// not in any log line, through a full run of everything the service does with them (creates,
// updates, failing mutations, malformed variables, checks and syncs that succeed and fail, an
// unexpected error). Unexpected errors reach the client masked, with a request id the log shares.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../src/data/token-writes.js";
import { createLogger } from "../../src/server/logger.js";
import {
  startFakeBackend,
  startFakeNetbox,
  startFakeProxmox,
  type FakeBackend,
  type FakeNetbox,
  type FakeProxmox,
} from "../support/fake-upstreams.js";
import { authorization, startService, type TestService } from "../support/service.js";
import { makeTestTls, type TestTls } from "../support/tls.js";

const PLANTED = {
  password: "PLANTED-password-3f9a1c",
  tokenValue: "PLANTED-tokenvalue-81be2d",
  tokenSecret: "PLANTED-tokensecret-c07d44",
  otherPassword: "PLANTED-other-password-5e2b90",
};

let logText = "";
let service: TestService;
let tls: TestTls;
let proxmox: FakeProxmox;
let netbox: FakeNetbox;
let backend: FakeBackend;
let v1Plaintext: string;
let v2Plaintext: string;

beforeAll(async () => {
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logText += chunk.toString();
      done();
    },
  });
  tls = makeTestTls();
  proxmox = await startFakeProxmox(tls.trusted);
  netbox = await startFakeNetbox(tls.trusted);
  backend = await startFakeBackend(null);
  service = await startService({
    logger: createLogger({ level: "trace", format: "json", destination }),
    outbound: { ca: tls.ca, timeoutMs: 2000, registrationStatusTimeoutMs: 500, registrationTimeoutMs: 500 },
  });
  v1Plaintext = (await createToken(service.db, { version: "V1" })).plaintext;
  v2Plaintext = (await createToken(service.db, { version: "V2", writeEnabled: false })).plaintext;
  proxmox.settings = {
    ...proxmox.settings,
    username: "root@pam",
    password: PLANTED.password,
    tokenName: "ci",
    tokenValue: PLANTED.tokenValue,
  };
  netbox.settings = { v1Token: v1Plaintext, v2: { key: "k1", secret: PLANTED.tokenSecret } };
});
afterAll(async () => {
  await service?.close();
  await Promise.all([proxmox?.close(), netbox?.close(), backend?.close()]);
});

/** Sends raw GraphQL and keeps the whole response text. */
async function send(
  query: string,
  variables: Record<string, unknown> = {},
  token = service.writeToken,
): Promise<{ status: number; text: string; body: any }> {
  const response = await service.yoga.fetch("http://service.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", authorization: authorization(token) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  service.responses.push(text);
  return { status: response.status, text, body: JSON.parse(text) };
}

const PROXMOX_FIELDS = "id databaseId display hasPassword hasTokenValue tokenName username";
const NETBOX_FIELDS = "id databaseId display hasTokenSecret tokenKey token { display }";
const ENDPOINT_FIELDS = `id display ... on ProxmoxEndpoint { ${PROXMOX_FIELDS} } ... on NetBoxEndpoint { ${NETBOX_FIELDS} }`;

describe("a full run with planted secrets", () => {
  let proxmoxId: string;
  let netboxId: string;

  it("creates, updates, lists and refetches endpoints that hold secrets", async () => {
    const proxmoxPort = new URL(proxmox.origin).port;
    const created = await send(
      `mutation($input: CreateProxmoxEndpointInput!) { createProxmoxEndpoint(input: $input) { proxmoxEndpoint { ${PROXMOX_FIELDS} } userErrors { message } } }`,
      {
        input: {
          name: "leak-pve",
          domain: "localhost",
          port: Number(proxmoxPort),
          verifySsl: true,
          password: PLANTED.password,
          tokenName: "ci",
          tokenValue: PLANTED.tokenValue,
        },
      },
    );
    proxmoxId = created.body.data.createProxmoxEndpoint.proxmoxEndpoint.id;
    const nb = await send(
      `mutation($input: CreateNetBoxEndpointInput!) { createNetBoxEndpoint(input: $input) { netBoxEndpoint { ${NETBOX_FIELDS} } userErrors { message } } }`,
      {
        input: {
          name: "leak-nb",
          domain: "localhost",
          port: Number(new URL(netbox.origin).port),
          tokenVersion: "V2",
          tokenKey: "k1",
          tokenSecret: PLANTED.tokenSecret,
        },
      },
    );
    netboxId = nb.body.data.createNetBoxEndpoint.netBoxEndpoint.id;
    await send(
      `mutation($input: UpdateProxmoxEndpointInput!) { updateProxmoxEndpoint(input: $input) { proxmoxEndpoint { ${PROXMOX_FIELDS} } userErrors { message } } }`,
      { input: { id: proxmoxId, password: PLANTED.otherPassword } },
    );
    await send(
      `mutation($input: UpdateProxmoxEndpointInput!) { updateProxmoxEndpoint(input: $input) { proxmoxEndpoint { ${PROXMOX_FIELDS} } userErrors { message } } }`,
      { input: { id: proxmoxId, password: PLANTED.password } },
    );
    await send(`{ endpoints(first: 100) { totalCount nodes { ${ENDPOINT_FIELDS} } } }`);
    await send(`query($ids: [ID!]!) { nodes(ids: $ids) { ${ENDPOINT_FIELDS} } }`, { ids: [proxmoxId, netboxId] });
    await send(`{ tokens { nodes { id display version key } } viewer { display } }`);
  });

  it("refuses bad input that carries secrets without echoing them", async () => {
    // Rule failures with secrets in the same input.
    await send(
      `mutation($input: CreateProxmoxEndpointInput!) { createProxmoxEndpoint(input: $input) { proxmoxEndpoint { id } userErrors { field message code } } }`,
      { input: { name: " ", domain: "not a domain", port: 0, password: PLANTED.password, tokenValue: PLANTED.tokenValue } },
    );
    await send(
      `mutation($input: UpdateNetBoxEndpointInput!) { updateNetBoxEndpoint(input: $input) { netBoxEndpoint { id } userErrors { field message code } } }`,
      { input: { id: netboxId, tokenKey: "", tokenSecret: PLANTED.tokenSecret, domain: "-bad-" } },
    );
    // Variables graphql-js cannot coerce: a missing required field, an unknown field, a wrong type.
    const missing = await send(
      `mutation($input: CreateProxmoxEndpointInput!) { createProxmoxEndpoint(input: $input) { proxmoxEndpoint { id } } }`,
      { input: { password: PLANTED.password, tokenValue: PLANTED.tokenValue } },
    );
    expect(missing.status).toBe(400);
    expect(missing.text).toContain("name");
    await send(`mutation($input: CreateProxmoxEndpointInput!) { createProxmoxEndpoint(input: $input) { proxmoxEndpoint { id } } }`, {
      input: { name: "x", domain: "pve", passwrd: PLANTED.password },
    });
    await send(`mutation($input: UpdateNetBoxEndpointInput!) { updateNetBoxEndpoint(input: $input) { netBoxEndpoint { id } } }`, {
      input: { id: netboxId, tokenSecret: PLANTED.tokenSecret, port: "eighty" },
    });
    // A read-only token trying to write a secret.
    const forbidden = await send(
      `mutation($input: UpdateProxmoxEndpointInput!) { updateProxmoxEndpoint(input: $input) { proxmoxEndpoint { id } } }`,
      { input: { id: proxmoxId, password: PLANTED.password } },
      v2Plaintext,
    );
    expect(forbidden.status).toBe(403);
    // Moves that would send the stored secrets elsewhere, and links to API tokens: refused.
    const moved = await send(
      `mutation($input: UpdateProxmoxEndpointInput!) { updateProxmoxEndpoint(input: $input) { proxmoxEndpoint { id } userErrors { field message code } } }`,
      { input: { id: proxmoxId, port: 1, verifySsl: false } },
    );
    expect(moved.body.data.updateProxmoxEndpoint.userErrors.map((error: { code: string }) => error.code)).toEqual([
      "SECRET_REENTRY_REQUIRED",
      "SECRET_REENTRY_REQUIRED",
    ]);
    const tokens = await send(`{ tokens(first: 100) { nodes { id version } } }`);
    const v1Id = tokens.body.data.tokens.nodes.find((token: { version: string }) => token.version === "V1").id;
    const linked = await send(
      `mutation($input: UpdateNetBoxEndpointInput!) { updateNetBoxEndpoint(input: $input) { netBoxEndpoint { id } userErrors { field message code } } }`,
      { input: { id: netboxId, tokenId: v1Id, domain: "elsewhere.example.com" } },
    );
    expect(linked.body.data.updateNetBoxEndpoint.userErrors.map((error: { field: string[] }) => error.field)).toEqual([
      ["tokenSecret"],
      ["tokenId"],
    ]);
  });

  it("uses the secrets against the systems behind the endpoints, successfully and not", async () => {
    const check = (id: string) =>
      send(`mutation { checkEndpointConnection(input: { id: "${id}" }) { check { ok httpStatus message } userErrors { message } } }`);
    const sync = (id: string) =>
      send(`mutation { syncProxmoxEndpoint(input: { id: "${id}" }) { proxmoxEndpoint { version mode } userErrors { message code } } }`);
    expect((await check(proxmoxId)).body.data.checkEndpointConnection.check.ok).toBe(true);
    expect((await sync(proxmoxId)).body.data.syncProxmoxEndpoint.userErrors).toEqual([]);
    expect((await check(netboxId)).body.data.checkEndpointConnection.check.ok).toBe(true);
    // Refused credentials, then an untrusted certificate, then nobody listening.
    proxmox.settings = { ...proxmox.settings, tokenValue: "something-else", password: "something-else" };
    expect((await sync(proxmoxId)).body.data.syncProxmoxEndpoint.userErrors[0].code).toBe("AUTHENTICATION_FAILED");
    netbox.settings = { v1Token: null, v2: { key: "k1", secret: "other" } };
    expect((await check(netboxId)).body.data.checkEndpointConnection.check.ok).toBe(false);
    await proxmox.close();
    expect((await sync(proxmoxId)).body.data.syncProxmoxEndpoint.userErrors[0].code).toBe("UNREACHABLE");
    const backendPort = backend.port;
    await send(
      `mutation { createFastApiEndpoint(input: { name: "leak-api", domain: "localhost", port: ${backendPort} }) { fastApiEndpoint { id registration { status } } } }`,
    );
  });

  it("masks an unexpected error, with a request id that the log shares", async () => {
    // A ciphertext moved to another row no longer decrypts: reading it fails unexpectedly.
    const databaseId = Number(Buffer.from(proxmoxId, "base64").toString().split(":")[1]);
    await service.db.driver.query("UPDATE proxmox_endpoint SET token_value = password WHERE endpoint_id = $1", [databaseId]);
    const answer = await send(`mutation { checkEndpointConnection(input: { id: "${proxmoxId}" }) { check { ok } } }`);
    const error = answer.body.errors[0];
    expect(error.message).toBe("Unexpected error.");
    expect(error.extensions.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error.extensions.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.text).not.toMatch(/\.ts:\d+|at [A-Za-z]+ \(|SELECT|proxmox_endpoint|decrypt/);
    const logged = logText.split("\n").filter((line) => line.includes(error.extensions.requestId));
    expect(logged.some((line) => line.includes('"unexpected error"') && line.includes("does not decrypt"))).toBe(true);
    expect(logged.some((line) => line.includes('"msg":"request"') && line.includes('"status":200'))).toBe(true);
  });

  it("never let a planted secret into a response or a log line", () => {
    const everything = `${service.responses.join("\n")}\n${logText}`;
    expect(service.responses.length).toBeGreaterThan(15);
    expect(logText.split("\n").length).toBeGreaterThan(15);
    for (const secret of [...Object.values(PLANTED), v1Plaintext, v2Plaintext.slice(17), service.writeToken.slice(17)]) {
      expect(everything).not.toContain(secret);
    }
  });
});
