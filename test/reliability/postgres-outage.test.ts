// PostgreSQL stops under a running service: requests fail fast with SERVICE_UNAVAILABLE and
// /readiness answers 503; when the server is back, the service recovers by itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../src/data/token-writes.js";
import { type Database, openDatabase } from "../../src/db/database.js";
import { listen, type RunningServer } from "../../src/server/http.js";
import { createService } from "../../src/server/yoga.js";
import { createPrivateCluster, type PrivateCluster } from "../support/pg-cluster.js";
import { testKey } from "../support/service.js";

let cluster: PrivateCluster;
let db: Database;
let server: RunningServer;
let token: string;

beforeAll(async () => {
  cluster = await createPrivateCluster();
  db = await openDatabase({ kind: "postgres", url: cluster.url }, { key: testKey() });
  token = (await createToken(db, { version: "V2" })).plaintext;
  server = await listen(createService(db), "127.0.0.1", 0);
});
afterAll(async () => {
  await server?.stop(1000);
  await db?.close().catch(() => undefined);
  await cluster?.drop();
});

async function graphql(query: string) {
  const started = performance.now();
  const response = await fetch(`${server.origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, body, ms: performance.now() - started };
}

const readiness = async () => (await fetch(`${server.origin}/readiness`)).status;

describe("PostgreSQL outage", () => {
  it("serves while the database is up", async () => {
    expect(await readiness()).toBe(200);
    const created = await graphql('mutation { createTag(input: { name: "before-outage" }) { tag { id } userErrors { code } } }');
    expect(created.status).toBe(200);
  });

  it("fails fast with SERVICE_UNAVAILABLE (HTTP 503) while it is down, and says so at /readiness", async () => {
    await cluster.stop();
    expect(await readiness()).toBe(503);
    for (const query of ["{ tags { totalCount } }", 'mutation { createTag(input: { name: "during-outage" }) { tag { id } } }']) {
      const answer = await graphql(query);
      expect(answer.status).toBe(503);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(answer.body.errors?.[0]?.message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres/i);
      expect(answer.ms).toBeLessThan(5000);
    }
    expect((await fetch(`${server.origin}/health`)).status).toBe(200);
  });

  it("recovers by itself when the database is back, without a restart", async () => {
    await cluster.start();
    const deadline = Date.now() + 30_000;
    while ((await readiness()) !== 200) {
      if (Date.now() > deadline) throw new Error("the service did not become ready again within 30 s");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const after = await graphql('mutation { createTag(input: { name: "after-outage" }) { tag { id } userErrors { code } } }');
    expect(after.status).toBe(200);
    const list = await graphql("{ tags { nodes { name } } }");
    expect(list.body.data).toEqual({ tags: { nodes: [{ name: "after-outage" }, { name: "before-outage" }] } });
  });
});
