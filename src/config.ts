// Configuration from the environment, read once and validated: a bad value stops the service with
// a message that names the variable and what it expects.

export type DatabaseTarget =
  | { kind: "pglite"; /** null: in memory */ dataDir: string | null }
  | { kind: "postgres"; url: string };

export interface Config {
  database: DatabaseTarget;
  host: string;
  port: number;
  /** A v1 token plaintext that start-up guarantees to exist and to be write-enabled. */
  adminToken: string | undefined;
  /** The key secrets are encrypted with at rest (PROXBOX_SECRET_KEY), if configured. */
  secretKey: Buffer | undefined;
}

export class ConfigError extends Error {
  constructor(variable: string, expectation: string) {
    super(`${variable}: ${expectation}`);
    this.name = "ConfigError";
  }
}

export const DEFAULT_PGLITE_DIR = "./data/pglite";

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
    "expected postgres://…, postgresql://…, pglite:memory or pglite:<directory> (unset means pglite:./data/pglite)",
  );
}

const ADMIN_TOKEN_PATTERN = /^[A-Za-z0-9_-]{40,}$/;

export const SECRET_KEY_VARIABLE = "PROXBOX_SECRET_KEY";
const SECRET_KEY_BYTES = 32;
const SECRET_KEY_PATTERN = /^[A-Za-z0-9+/_-]{43}=?$/;

/** Reads a key of 32 bytes in base64; the value itself never appears in the error. */
export function parseSecretKey(text: string, source = SECRET_KEY_VARIABLE): Buffer {
  const trimmed = text.trim();
  const key = Buffer.from(trimmed.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  if (!SECRET_KEY_PATTERN.test(trimmed) || key.length !== SECRET_KEY_BYTES) {
    throw new ConfigError(source, `expected ${SECRET_KEY_BYTES} random bytes in base64 (for example the output of \`openssl rand -base64 32\`)`);
  }
  return key;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT?.trim() ? Number(env.PORT) : 4000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError("PORT", `expected a TCP port number from 0 to 65535, got "${env.PORT}"`);
  }
  const host = env.HOST?.trim() || "127.0.0.1";
  const adminToken = env.PROXBOX_ADMIN_TOKEN?.trim() || undefined;
  if (adminToken !== undefined && !ADMIN_TOKEN_PATTERN.test(adminToken)) {
    // The value itself is a secret: never echo it.
    throw new ConfigError("PROXBOX_ADMIN_TOKEN", "expected at least 40 characters of A-Z, a-z, 0-9, _ or -");
  }
  const secretKey = env[SECRET_KEY_VARIABLE]?.trim() ? parseSecretKey(env[SECRET_KEY_VARIABLE]) : undefined;
  return { database: parseDatabaseUrl(env.DATABASE_URL), host, port, adminToken, secretKey };
}
