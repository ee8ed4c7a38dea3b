// Configuration from the environment, read once and validated: a bad value stops the service with
// a message that names the variable and what it expects. Every variable is listed in VARIABLES and
// every default is defined in DEFAULTS; .env.example is written from them, and tests hold the
// README's configuration table and the numbers in its text to them.
import { X509Certificate } from "node:crypto";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export type DatabaseTarget = { kind: "pglite"; /** null: in memory */ dataDir: string | null } | { kind: "postgres"; url: string };

export interface Limits {
  maxBodyBytes: number;
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
}

export interface CorsPolicy {
  /** Origins allowed by CORS; empty: CORS off. */
  origins: string[];
  /** Request headers a browser may send cross-origin (Access-Control-Allow-Headers), lower-case. */
  allowedHeaders: string[];
  /** How long a browser may keep a preflight's answer (Access-Control-Max-Age). */
  maxAgeSeconds: number;
}

export interface Config {
  database: DatabaseTarget;
  host: string;
  port: number;
  /** A v1 token plaintext that start-up guarantees to exist and to be write-enabled. */
  adminToken: string | undefined;
  /** The key secrets are encrypted with at rest (PROXBOX_SECRET_KEY), if configured. */
  secretKey: Buffer | undefined;
  cors: CorsPolicy;
  limits: Limits;
  /** Time requests in flight get to finish at SIGTERM. */
  shutdownGraceMs: number;
  outbound: { timeoutMs: number; caFile: string | undefined };
  log: { level: string; format: "auto" | "json" | "pretty" };
  /** Serve Prometheus metrics at /metrics. */
  metrics: boolean;
  databasePoolSize: number;
  /** Processes that serve requests (PROXBOX_WORKERS); more than one only on PostgreSQL. */
  workers: number;
  /** Longest a PostgreSQL statement, or its wait for a lock, may run. */
  databaseStatementTimeoutMs: number;
  /** Prepare Prisma's statements under a name on PostgreSQL (off behind a pooler that cannot keep them). */
  databasePreparedStatements: boolean;
  persistedOperations: PersistedOperationsConfig;
  /** Where snapshots of a new PGlite database are cached; null: none (see src/db/pglite-snapshot.ts). */
  pgliteSnapshotDir: string | null;
}

export type PersistedOperationsMode = "off" | "accept" | "only";

export interface PersistedOperationsConfig {
  /**
   * off: documents only; accept: the manifest's hashes, automatic persisted queries and documents;
   * only: the manifest's hashes alone (an allow-list).
   */
  mode: PersistedOperationsMode;
  /** The manifest (hash → document) read at start-up unless mode is off. */
  file: string;
  /**
   * Another file than the default must exist. The default one may be missing in accept mode, as on
   * a fresh clone before `npm run codegen`.
   */
  fileRequired: boolean;
  /** Where accept mode keeps the documents clients register (automatic persisted queries). */
  automatic: AutomaticPersistedQueriesConfig;
}

export interface AutomaticPersistedQueriesConfig {
  /** Redis, shared by every instance; undefined: this process's memory. */
  redisUrl: string | undefined;
  /** Most bytes of documents the memory store holds (least recently used go first). */
  cacheBytes: number;
  /** How long a registered document is kept. */
  ttlSeconds: number;
}

export class ConfigError extends Error {
  constructor(
    /** The variable (or file) the problem is in. */
    readonly variable: string,
    expectation: string,
  ) {
    super(`${variable}: ${expectation}`);
    this.name = "ConfigError";
  }
}

/** Where the embedded database lives when DATABASE_URL is unset. */
export const DEFAULT_PGLITE_DIR = "./data/pglite";

/**
 * The default of every variable that has one, by variable name: the one place a default is
 * written. loadConfig falls back to these, and VARIABLES shows them.
 */
export const DEFAULTS = {
  HOST: "127.0.0.1",
  PORT: 4000,
  // The token and JSON, request ids, Yoga's CSRF header, Apollo Client's and Sentry's headers, W3C tracing.
  PROXBOX_CORS_ALLOWED_HEADERS:
    "authorization,content-type,x-request-id,x-graphql-yoga-csrf,apollographql-client-name,apollographql-client-version," +
    "apollo-require-preflight,sentry-trace,baggage,traceparent,tracestate",
  PROXBOX_CORS_MAX_AGE: 7200,
  PROXBOX_MAX_BODY_BYTES: 1_048_576,
  PROXBOX_MAX_DEPTH: 12,
  PROXBOX_MAX_ALIASES: 15,
  PROXBOX_MAX_TOKENS: 5000,
  PROXBOX_MAX_DIRECTIVES: 20,
  PROXBOX_MAX_COST: 100_000,
  PROXBOX_SHUTDOWN_GRACE_MS: 10_000,
  PROXBOX_OUTBOUND_TIMEOUT_MS: 10_000,
  PROXBOX_DB_POOL_SIZE: 10,
  PROXBOX_WORKERS: "1",
  PROXBOX_DB_STATEMENT_TIMEOUT_MS: 5000,
  PROXBOX_DB_PREPARED_STATEMENTS: "on",
  PROXBOX_METRICS: "on",
  LOG_LEVEL: "info",
  LOG_FORMAT: "auto",
  PROXBOX_PERSISTED_OPERATIONS: "off",
  PROXBOX_PERSISTED_OPERATIONS_FILE: "examples/generated/persisted-documents.json",
  PROXBOX_APQ_CACHE_BYTES: 8_388_608,
  PROXBOX_APQ_TTL_SECONDS: 86_400,
  PROXBOX_ENV_FILE: ".env",
  PROXBOX_PGLITE_SNAPSHOT_DIR: "node_modules/.cache/proxbox",
} as const;

/** Unset: PGlite in ./data/pglite; `pglite:memory`; `pglite:<dir>`; or a postgres(ql):// URL. */
export function parseDatabaseUrl(value: string | undefined): DatabaseTarget {
  const url = value?.trim() ?? "";
  if (url === "") return { kind: "pglite", dataDir: DEFAULT_PGLITE_DIR };
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  if (url.startsWith("pglite:")) {
    const location = url.slice("pglite:".length);
    if (location === "memory") return { kind: "pglite", dataDir: null };
    if (location !== "") return { kind: "pglite", dataDir: location };
  }
  throw new ConfigError(
    "DATABASE_URL",
    `expected postgres://…, postgresql://…, pglite:memory or pglite:<directory> (unset means pglite:${DEFAULT_PGLITE_DIR})`,
  );
}

export const SECRET_KEY_VARIABLE = "PROXBOX_SECRET_KEY";
const SECRET_KEY_BYTES = 32;
const SECRET_KEY_PATTERN = /^[A-Za-z0-9+/_-]{43}=?$/;

/** Reads a key of 32 bytes in base64; the value itself never appears in the error. */
export function parseSecretKey(text: string, source = SECRET_KEY_VARIABLE): Buffer {
  const trimmed = text.trim();
  const key = Buffer.from(trimmed.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  if (!SECRET_KEY_PATTERN.test(trimmed) || key.length !== SECRET_KEY_BYTES) {
    throw new ConfigError(
      source,
      `expected ${SECRET_KEY_BYTES} random bytes in base64 (for example the output of \`openssl rand -base64 32\`)`,
    );
  }
  return key;
}

export const ENV_FILE_VARIABLE = "PROXBOX_ENV_FILE";

export interface Variable {
  name: string;
  /** As shown in the docs, from DEFAULTS; "" for none. */
  default: string;
  description: string;
  /** A secret: never echoed in errors or docs. */
  secret?: boolean;
}

function withDefault(variable: Omit<Variable, "default">): Variable {
  const value = (DEFAULTS as Record<string, string | number>)[variable.name];
  return { ...variable, default: value === undefined ? "" : String(value) };
}

/** Every variable the service reads. */
export const VARIABLES: Variable[] = [
  {
    name: "DATABASE_URL",
    description: `\`pglite:memory\`, \`pglite:<dir>\` or \`postgres://…\`; unset: PGlite in \`${DEFAULT_PGLITE_DIR}\``,
  },
  { name: "HOST", description: "Address to listen on" },
  { name: "PORT", description: "Port to listen on (0: any free port)" },
  {
    name: "PROXBOX_ADMIN_TOKEN",
    secret: true,
    description: "At least 40 characters of `A-Za-z0-9_-`: a write-enabled v1 token with this plaintext is made to exist at start-up",
  },
  {
    name: SECRET_KEY_VARIABLE,
    secret: true,
    description:
      "32 bytes in base64 that encrypt the stored secrets; required with PostgreSQL; unset with PGlite: a key file beside the data (`<dir>.key`, mode 0600)",
  },
  {
    name: "PROXBOX_CORS_ORIGINS",
    description: "Comma-separated origins allowed by CORS (for example `https://netbox.example.com`); empty: CORS off",
  },
  {
    name: "PROXBOX_CORS_ALLOWED_HEADERS",
    description:
      "Comma-separated request headers a browser on an allowed origin may send (`Access-Control-Allow-Headers`); replaces the default list, which covers the token and JSON, request ids, Yoga's CSRF header, Apollo's client and preflight headers, and Sentry and W3C tracing",
  },
  {
    name: "PROXBOX_CORS_MAX_AGE",
    description:
      "Seconds a browser may keep the answer to a preflight (`Access-Control-Max-Age`; Chromium keeps it at most 7200, Firefox 86400); 0: ask every time",
  },
  { name: "PROXBOX_MAX_BODY_BYTES", description: "Largest request body accepted (413 above it)" },
  { name: "PROXBOX_MAX_DEPTH", description: "Deepest selection accepted in an operation" },
  { name: "PROXBOX_MAX_ALIASES", description: "Most aliases in an operation" },
  { name: "PROXBOX_MAX_TOKENS", description: "Most lexical tokens in a document" },
  { name: "PROXBOX_MAX_DIRECTIVES", description: "Most directives in an operation" },
  {
    name: "PROXBOX_MAX_COST",
    description:
      "Highest cost of an operation: each field costs 1, multiplied by the page size (or 10 for small lists) of the lists above it",
  },
  { name: "PROXBOX_SHUTDOWN_GRACE_MS", description: "How long requests in flight may finish after SIGTERM" },
  {
    name: "PROXBOX_OUTBOUND_TIMEOUT_MS",
    description:
      "Time bound of each request to Proxmox, NetBox or the backend (connection checks, sync); a Proxmox endpoint's own timeout replaces it",
  },
  {
    name: "PROXBOX_CA_FILE",
    description:
      "PEM file of extra certificate authorities to trust when verifySsl is true; read and parsed at start-up: an unreadable file, one without certificates, or one with other PEM blocks stops the service",
  },
  { name: "PROXBOX_DB_POOL_SIZE", description: "Connections to PostgreSQL, per worker process" },
  {
    name: "PROXBOX_WORKERS",
    description:
      "Processes serving requests on one port (node:cluster): a number, or `auto` for one per core. More than 1 needs PostgreSQL (PGlite is one process's database); each has its own pool of `PROXBOX_DB_POOL_SIZE`",
  },
  {
    name: "PROXBOX_DB_STATEMENT_TIMEOUT_MS",
    description:
      "Longest a PostgreSQL statement or its wait for a lock may take (statement_timeout, lock_timeout); past it the request answers 503 `SERVICE_UNAVAILABLE`. Migrations are not bounded",
  },
  {
    name: "PROXBOX_DB_PREPARED_STATEMENTS",
    description:
      "`on`: each PostgreSQL connection prepares the service's statements once, under a name (search statements excepted); `off`: every statement is parsed and planned each time, for a pooler in transaction mode that cannot keep prepared statements",
  },
  {
    name: "PROXBOX_PGLITE_SNAPSHOT_DIR",
    description:
      "Where snapshots of a new, migrated embedded database are kept (one file per set of migrations and PGlite version): an empty PGlite folder is filled from one instead of running initdb and the migrations. The default is in the project's folder whatever the working directory; another relative path starts from the working directory; `off`: none",
  },
  {
    name: "PROXBOX_METRICS",
    description: "`on`: Prometheus metrics at /metrics (no token needed; counts and timings only); `off`: none",
  },
  { name: "LOG_LEVEL", description: "fatal, error, warn, info, debug or trace" },
  { name: "LOG_FORMAT", description: "json, pretty, or auto (pretty on a terminal, JSON otherwise)" },
  {
    name: "PROXBOX_PERSISTED_OPERATIONS",
    description:
      "`off`: clients send documents, and a hash alone is answered `PERSISTED_QUERY_NOT_SUPPORTED` (Apollo's and urql's persisted-query links then send documents); `accept`: the hashes of the manifest run, clients register their own documents by Apollo's automatic persisted queries, and documents run; `only`: nothing but the hashes of the manifest runs (an allow-list: other documents get `PERSISTED_QUERY_ONLY`, nothing is registered, GraphiQL is off)",
  },
  {
    name: "PROXBOX_PERSISTED_OPERATIONS_FILE",
    description:
      "The manifest of persisted documents (hash → document) that `npm run codegen` writes from `examples/` (a relative path starts from the working directory); read at start-up unless `PROXBOX_PERSISTED_OPERATIONS` is `off`. Another file must exist; the default one may be missing in `accept` mode (a fresh clone: a log line says so, and only registered documents run by hash)",
  },
  {
    name: "PROXBOX_REDIS_URL",
    secret: true,
    description:
      "`redis://[user:password@]host[:port][/db]` or `rediss://…`: where `accept` mode keeps registered documents, shared by every instance and worker (keys `proxbox:apq:<sha256>`). Unreachable at start-up: the service does not start; unreachable later: requests still run, documents are neither found nor kept until it answers. Unset: each process keeps them in memory",
  },
  {
    name: "PROXBOX_APQ_CACHE_BYTES",
    description:
      "Most bytes of registered documents a process keeps in memory when `PROXBOX_REDIS_URL` is unset; past it the least recently used go first",
  },
  {
    name: "PROXBOX_APQ_TTL_SECONDS",
    description: "How long a registered document is kept (in memory or in Redis) before its client has to send it again",
  },
  {
    name: ENV_FILE_VARIABLE,
    description:
      "The file of variables `npm start` and every script read first (a missing `.env` is fine; real environment variables win over it). Only from the real environment; `/dev/null`: no file",
  },
].map(withDefault);

const ADMIN_TOKEN_PATTERN = /^[A-Za-z0-9_-]{40,}$/;
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || value < min || value > max) {
    throw new ConfigError(name, `expected a whole number from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

/** PROXBOX_WORKERS: a count, or `auto` for one per core; several only where they can share the database. */
function workers(env: NodeJS.ProcessEnv, database: DatabaseTarget): number {
  const text = env.PROXBOX_WORKERS?.trim().toLowerCase();
  const count = text === "auto" ? availableParallelism() : integer(env, "PROXBOX_WORKERS", Number(DEFAULTS.PROXBOX_WORKERS), 1, 256);
  if (count > 1 && database.kind === "pglite") {
    throw new ConfigError(
      "PROXBOX_WORKERS",
      `PGlite is opened by one process only: use 1 (the default), or PostgreSQL for ${count} workers`,
    );
  }
  return count;
}

function choice<T extends string>(env: NodeJS.ProcessEnv, name: string, fallback: T, allowed: readonly T[]): T {
  const text = env[name]?.trim().toLowerCase();
  if (!text) return fallback;
  if (!(allowed as readonly string[]).includes(text)) throw new ConfigError(name, `expected one of ${allowed.join(", ")}, got "${text}"`);
  return text as T;
}

function origins(env: NodeJS.ProcessEnv): string[] {
  const list = (env.PROXBOX_CORS_ORIGINS ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of list) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = null;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin.replace(/\/$/, "")) {
      throw new ConfigError("PROXBOX_CORS_ORIGINS", `expected comma-separated origins like https://netbox.example.com, got "${origin}"`);
    }
  }
  return list.map((origin) => origin.replace(/\/$/, ""));
}

/** An HTTP header name (a token of RFC 9110). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function allowedHeaders(env: NodeJS.ProcessEnv): string[] {
  const text = env.PROXBOX_CORS_ALLOWED_HEADERS?.trim() || DEFAULTS.PROXBOX_CORS_ALLOWED_HEADERS;
  const names = text
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  for (const name of names) {
    // A wildcard would not cover Authorization anyway (the Fetch standard exempts it).
    if (name === "*" || !HEADER_NAME.test(name)) {
      throw new ConfigError(
        "PROXBOX_CORS_ALLOWED_HEADERS",
        `expected comma-separated header names like authorization,content-type, got "${name.slice(0, 80)}"`,
      );
    }
  }
  return [...new Set(names)];
}

/** A redis:// or rediss:// URL; the value may hold a password, so it is never echoed. */
function redisUrl(env: NodeJS.ProcessEnv): string | undefined {
  const text = env.PROXBOX_REDIS_URL?.trim();
  if (!text) return undefined;
  let parsed: URL | null = null;
  try {
    parsed = new URL(text);
  } catch {
    parsed = null;
  }
  if (!parsed || !/^rediss?:$/.test(parsed.protocol) || !parsed.hostname || !/^(\/\d*)?$/.test(parsed.pathname)) {
    throw new ConfigError("PROXBOX_REDIS_URL", "expected redis://[user:password@]host[:port][/db] or rediss://… (for TLS)");
  }
  return text;
}

/** The default snapshot folder, in the project's folder whatever the working directory. */
export const DEFAULT_PGLITE_SNAPSHOT_DIR = fileURLToPath(new URL(`../${DEFAULTS.PROXBOX_PGLITE_SNAPSHOT_DIR}`, import.meta.url));

/** `off` turns snapshots off. */
function snapshotDir(env: NodeJS.ProcessEnv): string | null {
  const text = env.PROXBOX_PGLITE_SNAPSHOT_DIR?.trim();
  if (!text) return DEFAULT_PGLITE_SNAPSHOT_DIR;
  if (text.toLowerCase() === "off") return null;
  return resolve(text);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const adminToken = env.PROXBOX_ADMIN_TOKEN?.trim() || undefined;
  if (adminToken !== undefined && !ADMIN_TOKEN_PATTERN.test(adminToken)) {
    // The value itself is a secret: never echo it.
    throw new ConfigError("PROXBOX_ADMIN_TOKEN", "expected at least 40 characters of A-Z, a-z, 0-9, _ or -");
  }
  const database = parseDatabaseUrl(env.DATABASE_URL);
  const manifest = env.PROXBOX_PERSISTED_OPERATIONS_FILE?.trim() || DEFAULTS.PROXBOX_PERSISTED_OPERATIONS_FILE;
  return {
    database,
    host: env.HOST?.trim() || DEFAULTS.HOST,
    port: integer(env, "PORT", DEFAULTS.PORT, 0, 65535),
    adminToken,
    secretKey: env[SECRET_KEY_VARIABLE]?.trim() ? parseSecretKey(env[SECRET_KEY_VARIABLE]) : undefined,
    cors: {
      origins: origins(env),
      allowedHeaders: allowedHeaders(env),
      maxAgeSeconds: integer(env, "PROXBOX_CORS_MAX_AGE", DEFAULTS.PROXBOX_CORS_MAX_AGE, 0, 86_400),
    },
    limits: {
      maxBodyBytes: integer(env, "PROXBOX_MAX_BODY_BYTES", DEFAULTS.PROXBOX_MAX_BODY_BYTES, 1024, 1 << 30),
      maxDepth: integer(env, "PROXBOX_MAX_DEPTH", DEFAULTS.PROXBOX_MAX_DEPTH, 2, 100),
      maxAliases: integer(env, "PROXBOX_MAX_ALIASES", DEFAULTS.PROXBOX_MAX_ALIASES, 0, 1000),
      maxTokens: integer(env, "PROXBOX_MAX_TOKENS", DEFAULTS.PROXBOX_MAX_TOKENS, 100, 1_000_000),
      maxDirectives: integer(env, "PROXBOX_MAX_DIRECTIVES", DEFAULTS.PROXBOX_MAX_DIRECTIVES, 0, 1000),
      maxCost: integer(env, "PROXBOX_MAX_COST", DEFAULTS.PROXBOX_MAX_COST, 10, 100_000_000),
    },
    shutdownGraceMs: integer(env, "PROXBOX_SHUTDOWN_GRACE_MS", DEFAULTS.PROXBOX_SHUTDOWN_GRACE_MS, 0, 600_000),
    outbound: {
      timeoutMs: integer(env, "PROXBOX_OUTBOUND_TIMEOUT_MS", DEFAULTS.PROXBOX_OUTBOUND_TIMEOUT_MS, 100, 600_000),
      caFile: env.PROXBOX_CA_FILE?.trim() || undefined,
    },
    log: {
      level: choice(env, "LOG_LEVEL", DEFAULTS.LOG_LEVEL, LOG_LEVELS),
      format: choice(env, "LOG_FORMAT", DEFAULTS.LOG_FORMAT, ["auto", "json", "pretty"] as const),
    },
    databasePoolSize: integer(env, "PROXBOX_DB_POOL_SIZE", DEFAULTS.PROXBOX_DB_POOL_SIZE, 1, 1000),
    workers: workers(env, database),
    databaseStatementTimeoutMs: integer(env, "PROXBOX_DB_STATEMENT_TIMEOUT_MS", DEFAULTS.PROXBOX_DB_STATEMENT_TIMEOUT_MS, 100, 3_600_000),
    databasePreparedStatements:
      choice(env, "PROXBOX_DB_PREPARED_STATEMENTS", DEFAULTS.PROXBOX_DB_PREPARED_STATEMENTS, ["on", "off"] as const) === "on",
    metrics: choice(env, "PROXBOX_METRICS", DEFAULTS.PROXBOX_METRICS, ["on", "off"] as const) === "on",
    pgliteSnapshotDir: snapshotDir(env),
    persistedOperations: {
      mode: choice(env, "PROXBOX_PERSISTED_OPERATIONS", DEFAULTS.PROXBOX_PERSISTED_OPERATIONS, ["off", "accept", "only"] as const),
      file: manifest,
      fileRequired: manifest !== DEFAULTS.PROXBOX_PERSISTED_OPERATIONS_FILE,
      automatic: {
        redisUrl: redisUrl(env),
        cacheBytes: integer(env, "PROXBOX_APQ_CACHE_BYTES", DEFAULTS.PROXBOX_APQ_CACHE_BYTES, 1024, 1 << 30),
        ttlSeconds: integer(env, "PROXBOX_APQ_TTL_SECONDS", DEFAULTS.PROXBOX_APQ_TTL_SECONDS, 1, 31_536_000),
      },
    },
  };
}

/** Limits as the defaults above give them (tests and tools that build a service directly). */
export const DEFAULT_LIMITS: Limits = loadConfig({}).limits;

/** CORS off, with the default headers and Max-Age for when origins are given. */
export const DEFAULT_CORS: CorsPolicy = loadConfig({}).cors;

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

/**
 * The certificate authorities of PROXBOX_CA_FILE, checked at start-up: a file that is unreadable, not
 * PEM, or holds anything but certificates would otherwise be found out only at the first outbound
 * connection, as a refused certificate.
 */
export async function readCaFile(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ConfigError("PROXBOX_CA_FILE", `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? "unreadable"})`);
  }
  const blocks = [...text.matchAll(PEM_BLOCK)];
  if (blocks.length === 0)
    throw new ConfigError("PROXBOX_CA_FILE", `expected PEM certificates ("-----BEGIN CERTIFICATE-----") in ${path}, found none`);
  for (const [block, label] of blocks) {
    if (label !== "CERTIFICATE") throw new ConfigError("PROXBOX_CA_FILE", `expected only certificates in ${path}, found a PEM "${label}"`);
    try {
      new X509Certificate(block);
    } catch {
      throw new ConfigError("PROXBOX_CA_FILE", `a certificate in ${path} cannot be parsed`);
    }
  }
  return text;
}
