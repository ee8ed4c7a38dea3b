// The memory store of registered documents is bounded in bytes and forgets the least recently used
// first; PROXBOX_REDIS_URL and the bounds are checked at start-up, and the URL (which may hold a
// password) is never echoed.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { memoryPersistedQueryStore, sha256Hex } from "../../src/server/persisted-query-store.js";

/** A document of `bytes` bytes (UTF-8), and its hash. */
function documentOf(name: string, bytes: number): [string, string] {
  const head = `query ${name} { viewer { version } } #`;
  const document = head + "x".repeat(bytes - head.length);
  return [sha256Hex(document), document];
}

describe("the memory store of registered documents", () => {
  it("holds at most its bytes (documents and their hashes), and drops the least recently used first", async () => {
    // Each entry costs 400 + 64 bytes: two fit in 1000, a third does not.
    const store = memoryPersistedQueryStore({ maxBytes: 1000, ttlSeconds: 3600 });
    const [a, b, c] = (["A", "B", "C"] as const).map((name) => documentOf(name, 400));
    await store.set(...a!);
    await store.set(...b!);
    expect(await store.get(a![0])).toBe(a![1]);
    await store.set(...c!);
    expect([await store.get(a![0]), await store.get(b![0]), await store.get(c![0])]).toEqual([a![1], null, c![1]]);
  });

  it("keeps no document larger than its whole budget, and counts bytes, not characters", async () => {
    const store = memoryPersistedQueryStore({ maxBytes: 1000, ttlSeconds: 3600 });
    const [bigHash, big] = documentOf("Big", 1000);
    await store.set(bigHash, big);
    expect(await store.get(bigHash)).toBeNull();
    // 300 characters of two bytes each: 600 bytes, plus the hash; two of them do not fit.
    const wide = (name: string) => {
      const document = `query ${name} { viewer { version } } #${"é".repeat(300)}`;
      return [sha256Hex(document), document] as const;
    };
    const [first, second] = [wide("First"), wide("Second")];
    await store.set(...first);
    await store.set(...second);
    expect([await store.get(first[0]), await store.get(second[0])]).toEqual([null, second[1]]);
  });
});

describe("the configuration of automatic persisted queries", () => {
  it("takes redis:// and rediss:// URLs, and defaults to memory", () => {
    expect(loadConfig({}).persistedOperations.automatic).toEqual({ redisUrl: undefined, cacheBytes: 8_388_608, ttlSeconds: 86_400 });
    for (const url of ["redis://127.0.0.1:6379", "redis://:pw@cache.example.com/2", "rediss://user:pw@cache.example.com:6380"]) {
      expect(loadConfig({ PROXBOX_REDIS_URL: url }).persistedOperations.automatic.redisUrl).toBe(url);
    }
  });

  it.each(["http://user:hunter2-secret@cache", "redis://:hunter2-secret@/", "redis://:hunter2-secret@cache/not-a-db", "hunter2-secret"])(
    "refuses PROXBOX_REDIS_URL=%s without echoing it",
    (url) => {
      const error = (() => {
        try {
          loadConfig({ PROXBOX_REDIS_URL: url });
        } catch (caught) {
          return caught;
        }
        return null;
      })();
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toBe(
        "PROXBOX_REDIS_URL: expected redis://[user:password@]host[:port][/db] or rediss://… (for TLS)",
      );
    },
  );

  it("bounds the memory and the time to live", () => {
    expect(() => loadConfig({ PROXBOX_APQ_CACHE_BYTES: "10" })).toThrow("PROXBOX_APQ_CACHE_BYTES: expected a whole number from 1024");
    expect(() => loadConfig({ PROXBOX_APQ_TTL_SECONDS: "0" })).toThrow("PROXBOX_APQ_TTL_SECONDS: expected a whole number from 1");
    expect(loadConfig({ PROXBOX_APQ_CACHE_BYTES: "65536", PROXBOX_APQ_TTL_SECONDS: "60" }).persistedOperations.automatic).toMatchObject({
      cacheBytes: 65_536,
      ttlSeconds: 60,
    });
  });
});
