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
  return { database: parseDatabaseUrl(env.DATABASE_URL), host, port, adminToken };
}
