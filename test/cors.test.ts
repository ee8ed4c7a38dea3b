// CORS as browsers meet it, over real HTTP: the headers of Apollo Client, Sentry and W3C tracing
// pass a preflight, the answer is kept for Max-Age, and an origin not listed, "null" included,
// gets no Access-Control-Allow-Origin at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, DEFAULTS, loadConfig } from "../src/config.js";
import { listen, type RunningServer } from "../src/server/http.js";
import { createService } from "../src/server/yoga.js";
import { authorization, startService, type TestService } from "./support/service.js";

const NETBOX = "https://netbox.example.com";
const PORTAL = "https://portal.example.com";

let service: TestService;
/** One origin listed, the default headers and Max-Age. */
let oneServer: RunningServer;
/** Two origins, headers and Max-Age of its own: a second service on the same database. */
let twoServer: RunningServer;
beforeAll(async () => {
  service = await startService({ cors: { origins: [NETBOX] } });
  oneServer = await service.listen();
  const two = createService(service.db, {
    cors: { origins: [NETBOX, PORTAL], allowedHeaders: ["authorization", "content-type", "x-tenant"], maxAgeSeconds: 600 },
  });
  twoServer = await listen(two, "127.0.0.1", 0);
});
afterAll(async () => {
  await twoServer?.stop(1000);
  await service?.close();
});

const preflight = (server: RunningServer, origin: string, requestHeaders: string) =>
  fetch(`${server.origin}/graphql`, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": requestHeaders },
  });

const post = (server: RunningServer, origin: string) =>
  fetch(`${server.origin}/graphql`, {
    method: "POST",
    headers: { origin, "content-type": "application/json", authorization: authorization(service.writeToken) },
    body: JSON.stringify({ query: "{ viewer { version } }" }),
  });

const CORS_HEADERS = [
  "access-control-allow-origin",
  "access-control-allow-methods",
  "access-control-allow-headers",
  "access-control-allow-credentials",
  "access-control-expose-headers",
  "access-control-max-age",
];
const corsHeadersOf = (response: Response) =>
  Object.fromEntries(CORS_HEADERS.filter((name) => response.headers.has(name)).map((name) => [name, response.headers.get(name)]));

describe("an allowed origin", () => {
  it("passes a preflight for the headers of Apollo Client, Sentry and W3C tracing, kept for Max-Age", async () => {
    const browserStack =
      "authorization,content-type,apollographql-client-name,apollographql-client-version,sentry-trace,baggage,traceparent,tracestate";
    const response = await preflight(oneServer, NETBOX, browserStack);
    expect(response.status).toBe(204);
    expect(corsHeadersOf(response)).toEqual({
      "access-control-allow-origin": NETBOX,
      "access-control-allow-methods": "GET, POST",
      "access-control-allow-headers":
        "authorization, content-type, x-request-id, x-graphql-yoga-csrf, apollographql-client-name, apollographql-client-version, apollo-require-preflight, sentry-trace, baggage, traceparent, tracestate",
      "access-control-expose-headers": "x-request-id",
      "access-control-max-age": "7200",
    });
    const allowed = response.headers.get("access-control-allow-headers")!.split(", ");
    for (const header of browserStack.split(",")) expect(allowed).toContain(header);
    expect(response.headers.get("vary")).toBe("Origin");
  });

  it("reads the answer of a request, and its request id", async () => {
    const response = await post(oneServer, NETBOX);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { viewer: { version: "V2" } } });
    expect(corsHeadersOf(response)).toEqual({ "access-control-allow-origin": NETBOX, "access-control-expose-headers": "x-request-id" });
    expect(response.headers.get("vary")).toContain("Origin");
  });

  it("is told the configured headers and Max-Age", async () => {
    const response = await preflight(twoServer, PORTAL, "authorization,x-tenant");
    expect(corsHeadersOf(response)).toMatchObject({
      "access-control-allow-origin": PORTAL,
      "access-control-allow-headers": "authorization, content-type, x-tenant",
      "access-control-max-age": "600",
    });
  });
});

describe("an origin not listed", () => {
  it.each([
    ["another site, with one origin listed", "one", "https://evil.example"],
    ["another site, with two origins listed", "two", "https://evil.example"],
    ['a sandboxed iframe or file: page ("null")', "one", "null"],
    ['"null" with two origins listed', "two", "null"],
    ["a listed origin in other case", "two", "https://NETBOX.example.com"],
  ] as const)("gets no CORS header at all: %s", async (_kind, which, origin) => {
    const server = which === "one" ? oneServer : twoServer;
    const pre = await preflight(server, origin, "authorization,content-type");
    expect(pre.status).toBe(204);
    expect(corsHeadersOf(pre)).toEqual({});
    expect(pre.headers.get("vary")).toBe("Origin");
    const response = await post(server, origin);
    expect(corsHeadersOf(response)).toEqual({});
    expect(response.headers.get("vary")).toContain("Origin");
  });

  it("still runs nothing a browser could not send anyway: a request without a token is 401", async () => {
    const response = await fetch(`${oneServer.origin}/graphql`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      body: JSON.stringify({ query: "{ viewer { id } }" }),
    });
    expect(response.status).toBe(401);
  });
});

describe("CORS configuration", () => {
  it("defaults to the browser stack's headers and two hours", () => {
    expect(loadConfig({}).cors).toEqual({
      origins: [],
      allowedHeaders: DEFAULTS.PROXBOX_CORS_ALLOWED_HEADERS.split(","),
      maxAgeSeconds: 7200,
    });
  });

  it("reads header names in any case, once each", () => {
    const config = loadConfig({
      PROXBOX_CORS_ALLOWED_HEADERS: " Authorization, X-Tenant ,x-tenant,,content-type",
      PROXBOX_CORS_MAX_AGE: "0",
    });
    expect(config.cors.allowedHeaders).toEqual(["authorization", "x-tenant", "content-type"]);
    expect(config.cors.maxAgeSeconds).toBe(0);
  });

  it.each([
    [{ PROXBOX_CORS_ALLOWED_HEADERS: "*" }, "PROXBOX_CORS_ALLOWED_HEADERS"],
    [{ PROXBOX_CORS_ALLOWED_HEADERS: "authorization,x tenant" }, "PROXBOX_CORS_ALLOWED_HEADERS"],
    [{ PROXBOX_CORS_MAX_AGE: "-1" }, "PROXBOX_CORS_MAX_AGE"],
    [{ PROXBOX_CORS_MAX_AGE: "86401" }, "PROXBOX_CORS_MAX_AGE"],
    [{ PROXBOX_CORS_ORIGINS: "null" }, "PROXBOX_CORS_ORIGINS"],
  ])("refuses %o, naming the variable", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}: `));
  });
});
