// Automatic persisted queries kept in Redis (PROXBOX_REDIS_URL): two instances of the service share
// their registrations; Redis that stops answering costs the clients their second round trip and
// nothing else, and once it is back, documents are kept again; Redis that cannot be reached stops
// the start. The keys of this file live under a prefix of their own, removed afterwards.
import { createHash, randomUUID } from "node:crypto";
import { createServer, type Server, type Socket, connect } from "node:net";
import { Writable } from "node:stream";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, type Logger } from "../src/server/logger.js";
import { listen } from "../src/server/http.js";
import type { PersistedDocuments } from "../src/server/persisted-operations.js";
import { connectRedisPersistedQueryStore, type PersistedQueryStore, REDIS_KEY_PREFIX } from "../src/server/persisted-query-store.js";
import { createService } from "../src/server/yoga.js";
import { persistedQueryClient, type RoundTrip } from "./support/apollo-client.js";
import { graphql } from "./generated/index.js";
import { runToExit, startServiceProcess } from "./support/process.js";
import { authorization, databaseKind, startService, type TestService } from "./support/service.js";

const REDIS = new URL(process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379");
const PREFIX = `proxbox-test:${databaseKind}:${randomUUID()}:`;

const ViewerWriteEnabled = graphql(`
  query ApqRedisViewer {
    viewer {
      writeEnabled
    }
  }
`);

const TokenCount = graphql(`
  query ApqRedisTokenCount {
    tokens {
      totalCount
    }
  }
`);

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const missThenRegister: RoundTrip[] = [
  { method: "POST", sentHash: true, sentQuery: false, status: 200, codes: ["PERSISTED_QUERY_NOT_FOUND"] },
  { method: "POST", sentHash: true, sentQuery: true, status: 200, codes: [] },
];
const hashOnly: RoundTrip[] = [{ method: "POST", sentHash: true, sentQuery: false, status: 200, codes: [] }];
const accept: PersistedDocuments = { mode: "accept", file: "/no-manifest.json", byHash: new Map(), missing: true };

type LogLine = { level: number; msg: string; redis?: string; reason?: string };

/** A logger whose lines are kept, and a wait for a line (bounded). */
function capturedLogger() {
  const lines: LogLine[] = [];
  const waiting: { match: (line: LogLine) => boolean; resolve: () => void }[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString().split("\n").filter(Boolean)) {
        const line = JSON.parse(text) as LogLine;
        lines.push(line);
        for (const wait of waiting.filter((candidate) => candidate.match(line))) {
          waiting.splice(waiting.indexOf(wait), 1);
          wait.resolve();
        }
      }
      done();
    },
  });
  const logger = createLogger({ level: "debug", format: "json", destination });
  const lineMatching = (match: (line: LogLine) => boolean, timeoutMs = 30_000) =>
    new Promise<void>((resolve, reject) => {
      if (lines.some(match)) return resolve();
      const timer = setTimeout(() => reject(new Error(`no such log line within ${timeoutMs} ms: ${JSON.stringify(lines)}`)), timeoutMs);
      waiting.push({ match, resolve: () => (clearTimeout(timer), resolve()) });
    });
  return { logger, lines, lineMatching };
}

let raw: Redis;
const stores: PersistedQueryStore[] = [];
beforeAll(async () => {
  raw = new Redis(REDIS.href, { lazyConnect: true });
  await raw.connect();
});
afterAll(async () => {
  for (const store of stores) await store.close();
  const keys = await raw.keys(`${PREFIX}*`);
  if (keys.length) await raw.del(...keys);
  await raw.quit();
});

/** A store under this file's prefix, and `part` of it: tests that count round trips keep apart. */
async function redisStore({
  url = REDIS.href,
  logger = capturedLogger().logger,
  ttlSeconds = 600,
  part = "",
}: { url?: string; logger?: Logger; ttlSeconds?: number; part?: string } = {}): Promise<PersistedQueryStore> {
  const store = await connectRedisPersistedQueryStore(url, { ttlSeconds, logger, keyPrefix: `${PREFIX}${part}` });
  stores.push(store);
  return store;
}

describe("the Redis store", () => {
  it("keeps a document under its hash, with the time to live", async () => {
    const store = await redisStore({ ttlSeconds: 120 });
    const document = "query RedisKept { viewer { version } }";
    await store.set(sha256(document), document);
    expect(await store.get(sha256(document))).toBe(document);
    expect(await raw.get(`${PREFIX}${sha256(document)}`)).toBe(document);
    const ttl = await raw.ttl(`${PREFIX}${sha256(document)}`);
    expect(ttl > 0 && ttl <= 120).toBe(true);
    expect(await store.get(sha256("query RedisNeverKept { viewer { version } }"))).toBeNull();
  });

  it("ignores a document that is not its hash's (written there by someone else), with a warning", async () => {
    const { logger, lines } = capturedLogger();
    const store = await redisStore({ logger });
    const claimed = sha256("query Claimed { viewer { version } }");
    await raw.set(`${PREFIX}${claimed}`, 'mutation Planted { createTag(input: { name: "planted" }) { tag { id } } }');
    expect(await store.get(claimed)).toBeNull();
    expect(lines.filter((line) => line.level === 40).map((line) => line.msg)).toEqual([
      "Redis holds a document under a hash that is not its sha256; ignored",
    ]);
  });
});

describe("two instances of the service on one Redis (and one database)", () => {
  let first: TestService;
  let secondUrl: string;
  let stopSecond: () => Promise<void>;
  beforeAll(async () => {
    first = await startService({ persistedDocuments: accept, persistedQueryStore: await redisStore({ part: "shared:" }) });
    const second = createService(first.db, { persistedDocuments: accept, persistedQueryStore: await redisStore({ part: "shared:" }) });
    const running = await listen(second, "127.0.0.1", 0);
    secondUrl = `${running.origin}/graphql`;
    stopSecond = () => running.stop(1000);
  });
  afterAll(async () => {
    await stopSecond?.();
    await first?.close();
  });

  it("see each other's registrations: a document registered on one runs by hash on the other at once", async () => {
    const onFirst = persistedQueryClient(`${(await first.listen()).origin}/graphql`, first.writeToken);
    const onSecond = persistedQueryClient(secondUrl, first.readToken, { useGET: true });
    expect((await onFirst.client.query({ query: ViewerWriteEnabled })).data).toEqual({
      viewer: { __typename: "Token", writeEnabled: true },
    });
    expect(onFirst.take()).toEqual(missThenRegister);
    expect((await onSecond.client.query({ query: ViewerWriteEnabled })).data).toEqual({
      viewer: { __typename: "Token", writeEnabled: false },
    });
    expect(onSecond.take()).toEqual([{ ...hashOnly[0]!, method: "GET" }]);

    expect((await onSecond.client.query({ query: TokenCount })).data).toEqual({ tokens: { __typename: "TokenConnection", totalCount: 2 } });
    expect(onSecond.take()).toEqual([{ ...missThenRegister[0]!, method: "GET" }, missThenRegister[1]]);
    expect((await onFirst.client.query({ query: TokenCount })).data).toEqual({ tokens: { __typename: "TokenConnection", totalCount: 2 } });
    expect(onFirst.take()).toEqual(hashOnly);
  });
});

/** A TCP relay to Redis that can be cut (connections dropped, port closed) and restored. */
async function relayToRedis(): Promise<{ url: string; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const relay = (client: Socket) => {
    const upstream = connect(Number(REDIS.port || 6379), REDIS.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  };
  let server: Server = createServer(relay);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  const cut = async () => {
    const closed = new Promise((resolve) => server.close(resolve));
    for (const socket of sockets) socket.destroy();
    await closed;
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    cut,
    async restore() {
      server = createServer(relay);
      await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
    },
    close: () => (server.listening ? cut() : Promise.resolve()),
  };
}

describe("Redis that stops answering while the service runs", () => {
  it("costs clients their second round trip, and nothing else, until it answers again", async () => {
    const relay = await relayToRedis();
    const { logger, lines, lineMatching } = capturedLogger();
    const service = await startService({
      persistedDocuments: accept,
      persistedQueryStore: await redisStore({ url: relay.url, logger, part: "outage:" }),
      logger,
    });
    try {
      const apollo = persistedQueryClient(`${(await service.listen()).origin}/graphql`, service.writeToken);
      const query = async () =>
        expect((await apollo.client.query({ query: ViewerWriteEnabled })).data).toEqual({
          viewer: { __typename: "Token", writeEnabled: true },
        });
      await query();
      expect(apollo.take()).toEqual(missThenRegister);
      await query();
      expect(apollo.take()).toEqual(hashOnly);

      await relay.cut();
      for (let attempt = 0; attempt < 3; attempt++) {
        await query();
        expect(apollo.take()).toEqual(missThenRegister);
      }
      const warnings = lines.filter((line) => line.level >= 40);
      expect(warnings.map((line) => [line.msg, line.redis])).toEqual([
        [
          "Redis does not answer: registered documents are neither found nor kept until it does; requests still run",
          relay.url.slice("redis://".length),
        ],
      ]);
      // No request met an unexpected error.
      expect(lines.filter((line) => line.msg.toLowerCase().includes("unexpected"))).toEqual([]);

      await relay.restore();
      await lineMatching((line) => line.msg === "Redis answers again: registered documents are found and kept");
      // What was registered before the cut is still there; a new document is kept again.
      await query();
      expect(apollo.take()).toEqual(hashOnly);
      expect((await apollo.client.query({ query: TokenCount })).data).toEqual({ tokens: { __typename: "TokenConnection", totalCount: 2 } });
      expect(apollo.take()).toEqual(missThenRegister);
      expect((await apollo.client.query({ query: TokenCount })).data).toEqual({ tokens: { __typename: "TokenConnection", totalCount: 2 } });
      expect(apollo.take()).toEqual(hashOnly);
    } finally {
      await service.close();
      await relay.close();
    }
    // Reconnecting waits between attempts (up to 2 s), and the service starts within the test.
  }, 60_000);
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// Start-up runs the same on either database: once is enough, on PGlite.
describe.runIf(databaseKind === "pglite")("npm start with PROXBOX_REDIS_URL", () => {
  it("does not start when Redis cannot be reached, and says so without the URL's password", async () => {
    const port = await closedPort();
    const result = await runToExit({
      DATABASE_URL: "pglite:memory",
      PROXBOX_PERSISTED_OPERATIONS: "accept",
      PROXBOX_REDIS_URL: `redis://:hunter2-redis-secret@127.0.0.1:${port}/0`,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `Cannot start: PROXBOX_REDIS_URL: cannot reach Redis at 127.0.0.1:${port} (ECONNREFUSED); start it, or unset PROXBOX_REDIS_URL to keep registered documents in memory`,
    );
    expect(`${result.stdout}${result.stderr}`).not.toContain("hunter2-redis-secret");
  });

  it("keeps registrations in Redis under proxbox:apq:<sha256>, for PROXBOX_APQ_TTL_SECONDS", async () => {
    const token = "apq_redis_start_admin_token_0123456789abcdef";
    const running = await startServiceProcess({
      DATABASE_URL: "pglite:memory",
      PROXBOX_PERSISTED_OPERATIONS: "accept",
      PROXBOX_REDIS_URL: REDIS.href,
      PROXBOX_APQ_TTL_SECONDS: "300",
      PROXBOX_ADMIN_TOKEN: token,
    });
    // A document no other run registers: the key is this test's alone, and removed afterwards.
    const document = `query RedisStart { viewer { version } } # ${randomUUID()}`;
    const key = `${REDIS_KEY_PREFIX}${sha256(document)}`;
    try {
      const persistedQuery = { version: 1, sha256Hash: sha256(document) };
      const post = (body: unknown) =>
        fetch(`${running.origin}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: authorization(token) },
          body: JSON.stringify(body),
        }).then((response) => response.json());
      expect(await post({ query: document, extensions: { persistedQuery } })).toEqual({ data: { viewer: { version: "V1" } } });
      expect(await raw.get(key)).toBe(document);
      const ttl = await raw.ttl(key);
      expect(ttl > 0 && ttl <= 300).toBe(true);
      expect(await post({ extensions: { persistedQuery } })).toEqual({ data: { viewer: { version: "V1" } } });
    } finally {
      await running.stop();
      await raw.del(key);
    }
  });
});
