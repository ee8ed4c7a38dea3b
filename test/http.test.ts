// The service over real HTTP, as browsers, curl and GraphQL clients reach it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../src/server/http.js";
import { authorization, startService, type TestService } from "./support/service.js";

let service: TestService;
let server: RunningServer;
beforeAll(async () => {
  service = await startService();
  server = await service.listen();
});
afterAll(async () => {
  await service?.close();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: authorization(service.writeToken), ...headers },
    body,
  });

describe("HTTP", () => {
  it("answers /health without a token", async () => {
    const response = await fetch(`${server.origin}/health`);
    expect(response.status).toBe(200);
  });

  it("serves GraphiQL to a browser at /graphql, with a hint for the Authorization header", async () => {
    const response = await fetch(`${server.origin}/graphql`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const page = await response.text();
    expect(page).toContain("Authorization");
  });

  it("runs a query sent by POST", async () => {
    const response = await post(JSON.stringify({ query: "{ viewer { version } }" }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { viewer: { version: "V2" } } });
  });

  it("runs a query sent by GET", async () => {
    const url = `${server.origin}/graphql?query=${encodeURIComponent("{ viewer { version } }")}`;
    const response = await fetch(url, { headers: { authorization: authorization(service.writeToken), accept: "application/json" } });
    expect(response.status).toBe(200);
  });

  it("refuses a mutation sent by GET with 405", async () => {
    const query = 'mutation { createTag(input: {name: "by-get"}) { tag { id } } }';
    const response = await fetch(`${server.origin}/graphql?query=${encodeURIComponent(query)}`, {
      headers: { authorization: authorization(service.writeToken), accept: "application/json" },
    });
    expect(response.status).toBe(405);
    expect(await service.db.prisma.tag.count({ where: { name: "by-get" } })).toBe(0);
  });

  it("answers malformed JSON with 400", async () => {
    const response = await post("{ not json", { accept: "application/graphql-response+json" });
    expect(response.status).toBe(400);
  });

  it("answers 401 over HTTP without a token, with a WWW-Authenticate header", async () => {
    const response = await fetch(`${server.origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ viewer { id } }" }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/Bearer/);
  });

  it("answers null for an ID that names nothing, and shows no stack", async () => {
    const response = await post(JSON.stringify({ query: '{ node(id: "not base64!") { id } }' }));
    const body = await response.json();
    expect(body).toEqual({ data: { node: null } });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });
});
