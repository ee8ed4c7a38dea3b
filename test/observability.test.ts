// What operators see: one structured log line per request (request id, operation, duration,
// outcome), the request id in a response header, Prometheus metrics, /health and /readiness.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../src/server/http.js";
import { createLogger } from "../src/server/logger.js";
import { authorization, databaseKind, startService, type TestService } from "./support/service.js";

let lines: Record<string, unknown>[] = [];
let service: TestService;
let server: RunningServer;

beforeAll(async () => {
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  service = await startService({ logger: createLogger({ level: "info", format: "json", destination }) });
  server = await service.listen();
});
afterAll(async () => {
  await service?.close();
});

async function graphql(query: string, headers: Record<string, string> = {}) {
  return fetch(`${server.origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: authorization(service.writeToken), ...headers },
    body: JSON.stringify({ query }),
  });
}

describe("logs", () => {
  it("write one JSON line per request with its id, operation, duration and outcome", async () => {
    lines = [];
    const response = await graphql("query ObservedViewer { viewer { id } }", { "x-request-id": "trace-abc-123" });
    expect(response.headers.get("x-request-id")).toBe("trace-abc-123");
    const requestLines = lines.filter((line) => line.msg === "request");
    expect(requestLines).toHaveLength(1);
    expect(requestLines[0]).toMatchObject({
      requestId: "trace-abc-123",
      operation: "ObservedViewer",
      operationType: "query",
      status: 200,
      outcome: "ok",
    });
    expect(typeof requestLines[0]!.durationMs).toBe("number");
  });

  it("make up a request id when the client sends none (or a strange one)", async () => {
    lines = [];
    const response = await graphql("{ viewer { id } }", { "x-request-id": "bad id with spaces" });
    const id = response.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.find((line) => line.msg === "request")?.requestId).toBe(id);
  });

  it("record refused requests with their error codes", async () => {
    lines = [];
    await graphql("{ viewer { id } }", { authorization: "Token nope" });
    expect(lines.find((line) => line.msg === "request")).toMatchObject({ status: 401, outcome: "rejected", errors: ["UNAUTHENTICATED"] });
  });

  it("are readable text on a terminal", () => {
    let text = "";
    const destination = new Writable({
      write(chunk, _encoding, done) {
        text += chunk.toString();
        done();
      },
    });
    const pretty = createLogger({ level: "info", format: "pretty", destination });
    pretty.info({ requestId: "r-1", status: 200 }, "request");
    expect(() => JSON.parse(text)).toThrow();
    expect(text).toMatch(/INFO.*request/);
    expect(text).toContain('requestId: "r-1"');
  });
});

describe("metrics", () => {
  it("count requests and errors per operation, time them, and show the database pool", async () => {
    await graphql("query MetricsProbe { viewer { id } }");
    await graphql("query MetricsProbe { viewer { id } }");
    await graphql("query MetricsDenied { viewer { id } }", { authorization: "Token nope" });
    const response = await fetch(`${server.origin}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/proxbox_graphql_operations_total\{operation="MetricsProbe",type="query",outcome="ok"\} 2/);
    expect(text).toMatch(/proxbox_graphql_operation_duration_seconds_count\{operation="MetricsProbe",type="query"\} 2/);
    expect(text).toMatch(/proxbox_graphql_errors_total\{code="UNAUTHENTICATED"\} [1-9]/);
    expect(text).toMatch(/proxbox_http_requests_total\{path="\/graphql",status="401"\} [1-9]/);
    expect(text).toContain("proxbox_process_resident_memory_bytes");
    if (databaseKind === "postgres") expect(text).toMatch(/proxbox_db_pool_connections\{state="total"\} \d+/);
    expect(text).not.toContain(service.writeToken.slice(17));
  });

  it("do not let clients mint unbounded label values", async () => {
    await graphql("query Weird { viewer { id } }".replace("Weird", "Weird_" + "x".repeat(80)));
    const text = await (await fetch(`${server.origin}/metrics`)).text();
    expect(text).not.toContain("x".repeat(80));
    expect(text).toMatch(/operation="other"/);
  });
});

describe("health", () => {
  it("answers /health and /readiness without a token", async () => {
    expect((await fetch(`${server.origin}/health`)).status).toBe(200);
    const readiness = await fetch(`${server.origin}/readiness`);
    expect(readiness.status).toBe(200);
    expect(await readiness.json()).toEqual({ status: "ready", database: "up" });
  });
});
