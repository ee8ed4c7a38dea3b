// Answers made per request, compressed over real HTTP: br or gzip by the request's Accept-Encoding
// (q-values, identity, *), from 1 KiB on, with Vary: Accept-Encoding; and left alone when small, a
// stream, HEAD, 204 or 304.
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../src/server/http.js";
import { decoded, rawRequest } from "./support/raw-http.js";
import { authorization, startService, type TestService } from "./support/service.js";

let service: TestService;
let server: RunningServer;

beforeAll(async () => {
  // Two origins: CORS then answers with the request's own and Vary: Origin.
  service = await startService({ cors: { origins: ["https://netbox.example.com", "https://proxbox.example.com"] } });
  server = await service.listen();
});
afterAll(async () => {
  await service?.close();
});

// Some 10 KiB of JSON: every type of the schema with its description.
const LARGE_QUERY = "query SchemaTypes { __schema { types { name description } } }";
const SMALL_QUERY = "query Viewer { viewer { version } }";

const post = (query: string, headers: Record<string, string> = {}) =>
  rawRequest(`${server.origin}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json",
      authorization: authorization(service.writeToken),
      ...headers,
    },
    body: JSON.stringify({ query }),
  });

describe("compression", () => {
  it("compresses a JSON answer of 1 KiB or more in the coding the request prefers", async () => {
    const identity = await post(LARGE_QUERY);
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(identity.body.byteLength).toBeGreaterThan(4096);
    expect(identity.headers.vary).toContain("Accept-Encoding");
    const cases: [string, string | undefined][] = [
      ["gzip, br", "br"],
      ["gzip, deflate, br, zstd", "br"],
      ["br;q=0.5, gzip", "gzip"],
      ["gzip;q=0.1, br;q=0.2", "br"],
      ["*", "br"],
      ["*;q=0.5, br;q=0", "gzip"],
      ["gzip", "gzip"],
      ["identity", undefined],
      ["br;q=0, gzip;q=0", undefined],
      ["deflate", undefined],
      ["", undefined],
    ];
    for (const [acceptEncoding, coding] of cases) {
      const response = await post(LARGE_QUERY, { "accept-encoding": acceptEncoding });
      expect(response.status).toBe(200);
      expect(response.headers["content-encoding"], acceptEncoding).toBe(coding);
      expect(response.headers.vary, acceptEncoding).toContain("Accept-Encoding");
      expect(response.headers["content-length"]).toBe(String(response.body.byteLength));
      if (coding) expect(response.body.byteLength).toBeLessThan(identity.body.byteLength / 3);
      expect(JSON.parse(decoded(response).toString("utf8"))).toEqual(JSON.parse(identity.body.toString("utf8")));
    }
  });

  it("leaves an answer under 1 KiB as it is, still varying on Accept-Encoding", async () => {
    const response = await post(SMALL_QUERY, { "accept-encoding": "gzip, br" });
    expect(response.status).toBe(200);
    expect(response.body.byteLength).toBeLessThan(1024);
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.headers.vary).toContain("Accept-Encoding");
    expect(JSON.parse(response.body.toString("utf8"))).toEqual({ data: { viewer: { version: "V2" } } });
  });

  it("compresses GraphiQL's page and the metrics, which are text", async () => {
    const page = await rawRequest(`${server.origin}/graphql`, { headers: { accept: "text/html", "accept-encoding": "gzip" } });
    expect(page.headers["content-encoding"]).toBe("gzip");
    expect(decoded(page).toString("utf8")).toContain("<!doctype html>");
    const metrics = await rawRequest(`${server.origin}/metrics`, { headers: { "accept-encoding": "br" } });
    expect(metrics.headers["content-encoding"]).toBe("br");
    expect(decoded(metrics).toString("utf8")).toContain("# HELP");
  });

  it("answers HEAD without a coding", async () => {
    const head = await rawRequest(`${server.origin}/metrics`, { method: "HEAD", headers: { "accept-encoding": "br" } });
    expect(head.status).toBe(200);
    expect(head.body.byteLength).toBe(0);
    expect(head.headers["content-encoding"]).toBeUndefined();
  });

  it("answers 304 and 204 without a coding", async () => {
    const { etag } = (await rawRequest(`${server.origin}/graphql`, { headers: { accept: "text/html" } })).headers;
    const notModified = await rawRequest(`${server.origin}/graphql`, {
      headers: { accept: "text/html", "accept-encoding": "br", "if-none-match": etag! },
    });
    expect(notModified.status).toBe(304);
    expect(notModified.headers["content-encoding"]).toBeUndefined();
    const preflight = await rawRequest(`${server.origin}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin: "https://netbox.example.com",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type",
        "accept-encoding": "br",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.body.byteLength).toBe(0);
    expect(preflight.headers["content-encoding"]).toBeUndefined();
  });

  it("leaves a stream alone: an operation answered as text/event-stream", async () => {
    const response = await post(LARGE_QUERY, { accept: "text/event-stream", "accept-encoding": "br, gzip" });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toContain("text/event-stream");
    // Yoga's own "none", which tells proxies not to buffer the stream either.
    expect(response.headers["content-encoding"] ?? "none").toBe("none");
    expect(response.body.toString("utf8")).toContain('"__schema"');
  });

  it("keeps CORS's Vary: Origin beside Accept-Encoding", async () => {
    const response = await post(LARGE_QUERY, { origin: "https://netbox.example.com", "accept-encoding": "br" });
    expect(response.headers["content-encoding"]).toBe("br");
    const vary = (response.headers.vary ?? "").split(",").map((name) => name.trim().toLowerCase());
    expect(vary).toContain("origin");
    expect(vary).toContain("accept-encoding");
  });

  it("works on the fetch handler itself, without node:http", async () => {
    const response = await service.yoga.fetch("http://service.test/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "accept-encoding": "gzip",
        authorization: authorization(service.writeToken),
      },
      body: JSON.stringify({ query: LARGE_QUERY }),
    });
    expect(response.headers.get("content-encoding")).toBe("gzip");
    const body = Buffer.from(await response.arrayBuffer());
    // gzip's magic bytes: the body is compressed, not decoded on the way.
    expect([...body.subarray(0, 2)]).toEqual([...gzipSync("x").subarray(0, 2)]);
  });
});
