// What the systems behind endpoints answer is not trusted: NUL bytes, lone surrogates, control
// characters, 1 MB strings, wrong types and non-JSON are cleaned or refused before anything is
// stored or echoed, and never fail a write that succeeded (a FastAPI endpoint is created whatever
// its backend answers to the registration).
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { upstreamText } from "../../src/outbound/upstream-text.js";
import { type FakeServer, type Reply, startRecordingServer } from "../support/fake-upstreams.js";
import { startService, type TestService } from "../support/service.js";
import { makeTestTls, type TestTls } from "../support/tls.js";

const HUGE = "A".repeat(1_000_000);
const HOSTILE_STRINGS: [string, unknown][] = [
  ["a NUL byte", "8.1\u00004"],
  ["a lone surrogate", "8.1\ud800x"],
  ["control characters", "8.1\u001b[31m\r\nforged: line"],
  ["a string of 400 000 characters (twice: under the 1 MB body limit)", HUGE.slice(0, 400_000)],
  ["a number", 8.1],
  ["an object", { nested: "8.1" }],
  ["null", null],
];

let service: TestService;
let tls: TestTls;
let upstream: FakeServer;
/** How the fake upstream answers each request. */
let answer: (path: string) => Reply = () => ({ status: 404, text: "" });

beforeAll(async () => {
  tls = makeTestTls();
  upstream = await startRecordingServer(tls.trusted, (request) => answer(request.path.split("?")[0]!));
  service = await startService({
    outbound: { ca: tls.ca, timeoutMs: 3000, registrationStatusTimeoutMs: 1000, registrationTimeoutMs: 3000 },
  });
});
afterAll(async () => {
  await service?.close();
  await upstream?.close();
});
beforeEach(() => upstream.clearRequests());

async function run(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const result = await service.gql(parse(query) as TypedDocumentNode<any, any>, variables);
  expect(result.errors).toBeUndefined();
  return result.data;
}

/** Nothing an upstream sent may come back with characters that are not safe text. */
function expectSafe(text: string, max: number): void {
  expect(text.length).toBeLessThanOrEqual(max);
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
}

describe("FastAPI registration answers", () => {
  const answers: [string, Reply][] = [
    ["a detail with a NUL byte", { status: 400, json: { detail: "bad\u0000key" } }],
    ["a detail of 1 MB", { status: 400, json: { detail: HUGE.slice(0, 1_000_000 - 20) } }],
    ["a detail with a lone surrogate and control characters", { status: 422, json: { detail: "x\udc00y\u001b[2J\nz" } }],
    ["a detail that is a number", { status: 400, json: { detail: 42 } }],
    ["a detail that is a list", { status: 422, json: { detail: [{ msg: "bad\u0000" }] } }],
    ["a body that is not JSON", { status: 500, text: "\u0000\u0001<html>" }],
    ["a JSON body that is a bare string", { status: 400, text: '"\\u0000"' }],
    ["a body far over 1 MB", { status: 400, text: "B".repeat(1_100_000) }],
  ];
  for (const [what, reply] of answers) {
    it(`${what}: the endpoint is created, FAILED with a clean message, and a retry is not TAKEN`, async () => {
      answer = (path) => (path === "/auth/bootstrap-status" ? { status: 200, json: { needs_bootstrap: true } } : reply);
      const name = `fa-${what}`;
      const data = await run(
        `mutation($input: CreateFastAPIEndpointInput!) {
          createFastApiEndpoint(input: $input) { fastApiEndpoint { id registration { status message } } userErrors { field code message } }
        }`,
        { input: { name, domain: "localhost", port: upstream.port, useHttps: true } },
      );
      expect(data.createFastApiEndpoint.userErrors).toEqual([]);
      const registration = data.createFastApiEndpoint.fastApiEndpoint.registration;
      expect(registration.status).toBe("FAILED");
      expectSafe(registration.message, 300);
      expect(upstream.requestsTo("/auth/register-key", "POST")).toHaveLength(1);
    });
  }

  it("a bootstrap status of the wrong type still registers", async () => {
    answer = (path) =>
      path === "/auth/bootstrap-status" ? { status: 200, json: { needs_bootstrap: "false\u0000" } } : { status: 201, json: {} };
    const data = await run(
      `mutation { createFastApiEndpoint(input: { name: "fa-typed", domain: "localhost", port: ${upstream.port}, useHttps: true }) { fastApiEndpoint { registration { status } } } }`,
    );
    expect(data.createFastApiEndpoint.fastApiEndpoint.registration.status).toBe("REGISTERED");
  });
});

describe("Proxmox answers", () => {
  let id: string;
  beforeAll(async () => {
    const data = await run(
      `mutation($input: CreateProxmoxEndpointInput!) { createProxmoxEndpoint(input: $input) { proxmoxEndpoint { id } } }`,
      { input: { name: "pve-hostile", domain: "localhost", port: upstream.port, verifySsl: true, tokenName: "ci", tokenValue: "value" } },
    );
    id = data.createProxmoxEndpoint.proxmoxEndpoint.id;
  });

  for (const [what, value] of HOSTILE_STRINGS) {
    it(`a version and repoid that are ${what}: the sync stores clean text, the check echoes clean text`, async () => {
      answer = (path) =>
        path === "/api2/json/version"
          ? { status: 200, json: { data: { version: value, repoid: value } } }
          : { status: 200, json: { data: [{ type: "node" }] } };
      const synced = await run(
        `mutation($id: ID!) { syncProxmoxEndpoint(input: { id: $id }) { proxmoxEndpoint { version repoid mode } userErrors { code message } } }`,
        { id },
      );
      expect(synced.syncProxmoxEndpoint.userErrors).toEqual([]);
      const { version, repoid, mode } = synced.syncProxmoxEndpoint.proxmoxEndpoint;
      expectSafe(version, 20);
      expectSafe(repoid, 16);
      expect(mode).toBe("STANDALONE");
      if (typeof value !== "string") expect(version).toBe("");
      const checked = await run(`mutation($id: ID!) { checkEndpointConnection(input: { id: $id }) { check { ok message } } }`, { id });
      expect(checked.checkEndpointConnection.check.ok).toBe(true);
      expectSafe(checked.checkEndpointConnection.check.message, 200);
    });
  }

  it("version data that is not an object, and cluster data of the wrong type: stored as unknown, no crash", async () => {
    answer = (path) => ({ status: 200, json: { data: path === "/api2/json/version" ? "8.1\u0000" : { type: "cluster" } } });
    const synced = await run(
      `mutation($id: ID!) { syncProxmoxEndpoint(input: { id: $id }) { proxmoxEndpoint { version repoid mode } userErrors { code } } }`,
      { id },
    );
    expect(synced.syncProxmoxEndpoint).toEqual({ proxmoxEndpoint: { version: "", repoid: "", mode: "UNDEFINED" }, userErrors: [] });
  });

  it("a ticket that cannot go back in a cookie (lone surrogate, NUL, 1 MB): a BAD_RESPONSE userError, not an internal error", async () => {
    const password = await run(
      `mutation($input: CreateProxmoxEndpointInput!) { createProxmoxEndpoint(input: $input) { proxmoxEndpoint { id } } }`,
      { input: { name: "pve-ticket", domain: "localhost", port: upstream.port, verifySsl: true, password: "pw" } },
    );
    const passwordId = password.createProxmoxEndpoint.proxmoxEndpoint.id;
    for (const ticket of ["PVE:\ud800", "PVE:\u0000x", `PVE:${HUGE.slice(0, 500_000)}`, 12345]) {
      answer = () => ({ status: 200, json: { data: { ticket } } });
      const synced = await run(
        `mutation($id: ID!) { syncProxmoxEndpoint(input: { id: $id }) { proxmoxEndpoint { id } userErrors { code message } } }`,
        { id: passwordId },
      );
      expect(synced.syncProxmoxEndpoint.proxmoxEndpoint).toBeNull();
      expect(synced.syncProxmoxEndpoint.userErrors).toEqual([
        { code: typeof ticket === "string" ? "BAD_RESPONSE" : "AUTHENTICATION_FAILED", message: expect.any(String) },
      ]);
      expect(upstream.requestsTo("/api2/json/version")).toEqual([]);
    }
  });
});

describe("NetBox answers", () => {
  for (const [what, value] of HOSTILE_STRINGS) {
    it(`a netbox-version that is ${what}: the check echoes clean text`, async () => {
      answer = () => ({ status: 200, json: { "netbox-version": value } });
      const created = await run(
        `mutation($input: CreateNetBoxEndpointInput!) { createNetBoxEndpoint(input: $input) { netBoxEndpoint { id } } }`,
        { input: { name: `nb-${what}`, domain: "localhost", port: upstream.port, tokenVersion: "V1", tokenSecret: "s" } },
      );
      const checked = await run(`mutation($id: ID!) { checkEndpointConnection(input: { id: $id }) { check { ok message } } }`, {
        id: created.createNetBoxEndpoint.netBoxEndpoint.id,
      });
      expect(checked.checkEndpointConnection.check.ok).toBe(true);
      expectSafe(checked.checkEndpointConnection.check.message, 200);
    });
  }
});

describe("upstreamText", () => {
  it("keeps at most max characters, never half a surrogate pair", () => {
    expect(upstreamText("ab😀cd", 3)).toBe("ab");
    expect(upstreamText("ab😀cd", 4)).toBe("ab😀");
    expect(upstreamText("  a \u0000\u0000 b  ", 10)).toBe("a b");
    expect(upstreamText(7, 10)).toBe("");
  });
});
