// SIGTERM: the service stops accepting, lets requests in flight finish within a bounded grace
// period, closes the database and exits 0.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeBackend, type FakeBackend } from "../support/fake-upstreams.js";
import { startServiceProcess, type ServiceProcess } from "../support/process.js";

const ADMIN = "Shutdown_test_token_0123456789abcdefghijklmnop";
let dir: string;
let backend: FakeBackend;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "proxbox-shutdown-"));
  backend = await startFakeBackend(null);
});
afterAll(async () => {
  await backend?.close();
  await rm(dir, { recursive: true, force: true });
});

async function graphql(service: ServiceProcess, query: string) {
  const response = await fetch(`${service.origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Token ${ADMIN}` },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, any>; errors?: unknown[] } };
}

async function startWithEndpoint(graceMs: number) {
  const service = await startServiceProcess({
    DATABASE_URL: `pglite:${join(dir, "pglite")}`,
    PROXBOX_ADMIN_TOKEN: ADMIN,
    PROXBOX_SHUTDOWN_GRACE_MS: String(graceMs),
    LOG_FORMAT: "json",
  });
  const created = await graphql(
    service,
    `mutation { createFastApiEndpoint(input: { name: "slow-${graceMs}", domain: "localhost", port: ${backend.port} }) { fastApiEndpoint { id } userErrors { message } } }`,
  );
  return { service, id: created.body.data!.createFastApiEndpoint.fastApiEndpoint.id as string };
}

const check = (service: ServiceProcess, id: string) =>
  graphql(service, `mutation { checkEndpointConnection(input: { id: "${id}" }) { check { ok message } } }`);

describe("SIGTERM", () => {
  it("lets a request in flight finish, refuses new connections, and exits 0", async () => {
    const { service, id } = await startWithEndpoint(10_000);
    backend.delayMs = 1500;
    const inFlight = check(service, id);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const exited = service.stop("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(fetch(`${service.origin}/health`)).rejects.toThrow();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.body.data?.checkEndpointConnection.check.ok).toBe(true);
    expect(await exited).toBe(0);
    expect(service.stdout()).toContain('"stopped"');
    backend.delayMs = 0;
  });

  it("bounds the wait: a request slower than the grace period does not hold the exit", async () => {
    const { service, id } = await startWithEndpoint(500);
    backend.delayMs = 8000;
    const inFlight = check(service, id).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    expect(await service.stop("SIGTERM")).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    await inFlight;
    backend.delayMs = 0;
  });
});
