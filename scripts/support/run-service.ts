// Starts the service as `npm start` does, in a child process of its own (so that a load generator
// in this process does not share its event loop), on a throwaway database.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { SERVICE_DEFAULT_ENV, SERVICE_NODE_ARGS } from "./service-command.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const ADMIN_TOKEN = `load_${randomBytes(24).toString("hex")}`;

export interface ThrowawayDatabase {
  url: string;
  drop(): Promise<void>;
}

/** An empty database: PGlite in a temporary folder, or a fresh database on a PostgreSQL server. */
export async function throwawayDatabase(
  kind: "pglite" | "postgres",
  adminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
): Promise<ThrowawayDatabase> {
  if (kind === "pglite") {
    const dir = await mkdtemp(join(tmpdir(), "proxbox-load-"));
    return { url: `pglite:${join(dir, "pglite")}`, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const name = `proxbox_load_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

export interface RunningService {
  origin: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startService(databaseUrl: string, env: Record<string, string> = {}): Promise<RunningService> {
  const child = spawn(process.execPath, [...SERVICE_NODE_ARGS], {
    cwd: ROOT,
    env: {
      ...SERVICE_DEFAULT_ENV,
      PATH: process.env.PATH ?? "",
      HOST: "127.0.0.1",
      PORT: "0",
      DATABASE_URL: databaseUrl,
      PROXBOX_ADMIN_TOKEN: ADMIN_TOKEN,
      PROXBOX_SECRET_KEY: randomBytes(32).toString("base64"),
      LOG_LEVEL: "warn",
      LOG_FORMAT: "json",
      // A throwaway service: a developer's ./.env must not change it.
      PROXBOX_ENV_FILE: "/dev/null",
      ...env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const origin = await listeningOrigin(child, "the service");
  if (process.env.PROXBOX_SERVICE_LOG) child.stdout.pipe(createWriteStream(process.env.PROXBOX_SERVICE_LOG));
  else child.stdout.resume();
  return {
    origin,
    child,
    stop: () =>
      new Promise((done) => {
        child.once("exit", () => done());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * Waits for a server child to print where it listens ("… on http://host:port/graphql") and
 * returns that origin; the caller decides what becomes of the rest of its output.
 */
export function listeningOrigin(child: ChildProcess, what: string): Promise<string> {
  let output = "";
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /on (http:\/\/[^\s/]+)\/graphql/.exec(output);
      if (!match) return;
      child.stdout!.removeAllListeners("data");
      resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`${what} exited with ${code} before listening:\n${output}`)));
  });
}
