// Every SQL statement on PostgreSQL is bounded (PROXBOX_DB_STATEMENT_TIMEOUT_MS): a read or a write
// that waits on a lock held elsewhere, or for a connection of a busy pool, answers 503
// SERVICE_UNAVAILABLE with Retry-After within the bound, never "Unexpected error.". PGlite cannot
// interrupt a running statement; there the query bounds (query-bounds.test.ts) keep statements short.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../src/data/token-writes.js";
import { type Database, openDatabase } from "../../src/db/database.js";
import { createService, type Service } from "../../src/server/yoga.js";
import { createTestDatabase } from "../support/postgres.js";
import { authorization, databaseKind, testKey } from "../support/service.js";

const TIMEOUT_MS = 400;
// Two: migrations hold one connection for their lock while they work on another.
const POOL_SIZE = 2;
/** The pool's own wait for a connection (src/db/database.ts). */
const POOL_WAIT_MS = 3000;

let created: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Database;
let yoga: Service;
let token: string;
let locker: pg.Client;

async function post(query: string): Promise<{ status: number; retryAfter: string | null; codes: string[]; ms: number }> {
  const started = performance.now();
  const response = await yoga.fetch("http://service.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", authorization: authorization(token) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    codes: (body.errors ?? []).map((error) => String(error.extensions?.code)),
    ms: performance.now() - started,
  };
}

describe.skipIf(databaseKind !== "postgres")("statement timeout (PostgreSQL; PGlite cannot interrupt a statement)", () => {
  beforeAll(async () => {
    created = await createTestDatabase();
    db = await openDatabase(
      { kind: "postgres", url: created.url },
      { key: testKey(), poolSize: POOL_SIZE, statementTimeoutMs: TIMEOUT_MS },
    );
    yoga = createService(db);
    token = (await createToken(db, { version: "V2", description: "tests: write" })).plaintext;
    locker = new pg.Client({ connectionString: created.url });
    await locker.connect();
  });
  afterAll(async () => {
    await locker?.end().catch(() => undefined);
    await db?.close();
    await created?.drop();
  });

  async function withTableLocked<T>(work: () => Promise<T>): Promise<T> {
    await locker.query("BEGIN");
    await locker.query("LOCK TABLE endpoint IN ACCESS EXCLUSIVE MODE");
    try {
      return await work();
    } finally {
      await locker.query("ROLLBACK");
    }
  }

  it.each([
    ["a read", "{ endpoints { totalCount nodes { id } } }"],
    ["a write", 'mutation { createFastApiEndpoint(input: { name: "locked-out", domain: "b.example.com" }) { userErrors { message } } }'],
  ])("%s waiting on a lock answers 503 within the bound", async (_name, query) => {
    const answer = await withTableLocked(() => post(query));
    expect(answer.codes).toEqual(["SERVICE_UNAVAILABLE"]);
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBeTruthy();
    expect(answer.ms).toBeLessThan(TIMEOUT_MS + 2000);
    // The cancelled statement gave its connection back.
    expect((await post("{ endpoints { totalCount } }")).codes).toEqual([]);
  });

  it("a request that gets no connection from a busy pool answers 503", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Every connection of the pool, held by transactions that do nothing.
    const holding = Promise.all(Array.from({ length: POOL_SIZE }, () => db.driver.transaction(() => held)));
    try {
      const answer = await post("{ endpoints { totalCount } }");
      expect(answer.codes).toEqual(["SERVICE_UNAVAILABLE"]);
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toBeTruthy();
      expect(answer.ms).toBeLessThan(POOL_WAIT_MS + 2000);
    } finally {
      release();
      await holding;
    }
  });
});
