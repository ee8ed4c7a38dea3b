// Where accept mode keeps the documents clients register by Apollo's automatic persisted queries
// (src/server/plugins/persisted-query-registration.ts): this process's memory, bounded in bytes and
// least recently used first, or Redis, shared by every instance. Keys are the documents' sha256.
//
// A store never fails a request. Redis that stops answering turns into a store that finds nothing
// and keeps nothing: a client then sends its document with every request, which still runs. Redis
// that cannot be reached at start-up stops the start instead, since that is a configuration fault.
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { type AutomaticPersistedQueriesConfig, ConfigError } from "../config.js";
import type { Logger } from "./logger.js";

export interface PersistedQueryStore {
  /** The document registered under a sha256 (lower-case hex); null when none, or when the store cannot say. */
  get(hash: string): Promise<string | null>;
  /** Keeps a document that was checked (its hash, and validation); a store that cannot, drops it. */
  set(hash: string, document: string): Promise<void>;
  close(): Promise<void>;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

const HASH_BYTES = 64;

export function memoryPersistedQueryStore(options: { maxBytes: number; ttlSeconds: number }): PersistedQueryStore {
  const documents = new LRUCache<string, string>({
    maxSize: options.maxBytes,
    // A document larger than the whole budget is not kept (lru-cache's maxEntrySize defaults to maxSize).
    sizeCalculation: (document) => Buffer.byteLength(document, "utf8") + HASH_BYTES,
    ttl: options.ttlSeconds * 1000,
  });
  return {
    get: (hash) => Promise.resolve(documents.get(hash) ?? null),
    set: (hash, document) => {
      documents.set(hash, document);
      return Promise.resolve();
    },
    close: () => {
      documents.clear();
      return Promise.resolve();
    },
  };
}

export const REDIS_KEY_PREFIX = "proxbox:apq:";

export interface RedisStoreOptions {
  ttlSeconds: number;
  logger: Logger;
  /** Tests keep their keys apart with their own. */
  keyPrefix?: string;
}

const VARIABLE = "PROXBOX_REDIS_URL";

/** Host and port of a Redis URL, for messages: the URL itself may hold a password. */
function addressOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || "6379"}`;
}

/** Connects, or fails with a ConfigError naming the variable; afterwards, errors only make it forget. */
export async function connectRedisPersistedQueryStore(url: string, options: RedisStoreOptions): Promise<PersistedQueryStore> {
  const { logger, ttlSeconds } = options;
  const where = addressOf(url);
  // Loaded only when configured: most starts have no Redis.
  const { Redis } = await import("ioredis");
  const client = new Redis(url, {
    keyPrefix: options.keyPrefix ?? REDIS_KEY_PREFIX,
    lazyConnect: true,
    // A command while Redis is away fails at once instead of waiting in a queue for it to return,
    // and one in flight when the connection drops fails at once too: requests do not wait on Redis.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // Bounds on a Redis that accepts connections but does not answer.
    connectTimeout: 5000,
    commandTimeout: 1000,
    // Reconnect soon after Redis is back, without hammering it while it is away.
    retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
  });
  let lastError = null as NodeJS.ErrnoException | null;
  let started = false;
  // One warning per outage, not one per request: set when it is logged, cleared by the next success.
  let degraded = false;
  const degrade = (reason: string) => {
    if (degraded) return;
    degraded = true;
    logger.warn(
      { redis: where, reason },
      "Redis does not answer: registered documents are neither found nor kept until it does; requests still run",
    );
  };
  const recover = () => {
    if (!degraded) return;
    degraded = false;
    logger.info({ redis: where }, "Redis answers again: registered documents are found and kept");
  };
  client.on("error", (error: Error) => {
    lastError = error;
    if (started) degrade(error.message);
  });
  client.on("ready", recover);
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    const reason = lastError?.code ?? lastError?.message ?? (error as Error).message;
    throw new ConfigError(
      VARIABLE,
      `cannot reach Redis at ${where} (${reason}); start it, or unset ${VARIABLE} to keep registered documents in memory`,
    );
  }
  started = true;

  /** The command's answer, or null when Redis did not give one. */
  const attempt = async <T>(command: () => Promise<T>): Promise<T | null> => {
    try {
      const answer = await command();
      recover();
      return answer;
    } catch (error) {
      degrade((error as Error).message);
      return null;
    }
  };
  return {
    async get(hash) {
      const document = await attempt(() => client.get(hash));
      // Anyone who can write to Redis could put another document under a hash.
      if (document !== null && sha256Hex(document) !== hash) {
        logger.warn({ redis: where, hash }, "Redis holds a document under a hash that is not its sha256; ignored");
        return null;
      }
      return document;
    },
    async set(hash, document) {
      await attempt(() => client.set(hash, document, "EX", ttlSeconds));
    },
    async close() {
      await client.quit().catch(() => client.disconnect());
    },
  };
}

/** The store of PROXBOX_REDIS_URL, or memory when it is unset. */
export function openPersistedQueryStore(config: AutomaticPersistedQueriesConfig, logger: Logger): Promise<PersistedQueryStore> {
  return config.redisUrl
    ? connectRedisPersistedQueryStore(config.redisUrl, { ttlSeconds: config.ttlSeconds, logger })
    : Promise.resolve(memoryPersistedQueryStore({ maxBytes: config.cacheBytes, ttlSeconds: config.ttlSeconds }));
}
