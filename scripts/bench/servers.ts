// The servers under test, each in a child process of its own: the service (as `npm start` runs
// it) and the two references, the floor and PostGraphile. child.pid is the server process itself
// (node, not a shell), so its memory can be read from /proc.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { listeningOrigin, startService } from "../support/run-service.js";
import { type Dialect, SERVICE_DIALECT } from "./operations.js";
import { postgraphileDialect, readOrderDigest } from "./postgraphile/operations.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const POSTGRAPHILE_DIR = join(ROOT, "scripts/bench/postgraphile");

export const REFERENCE_KINDS = ["postgraphile", "floor"] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];
export type ServerKind = "service" | ReferenceKind;

/** References that need a PostgreSQL server, and why. */
export const POSTGRESQL_ONLY: Partial<Record<ReferenceKind, string>> = {
  postgraphile: "PostGraphile connects to a PostgreSQL server; it cannot open a PGlite folder",
};

export interface BenchServer {
  kind: ServerKind;
  origin: string;
  pid: number;
  /** How requests to it are written. */
  dialect: Dialect;
  stop(): Promise<void>;
}

/** Stops a child and waits for it, also when it has exited already. */
export function stopChild(child: ChildProcess, timeoutMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** Children still running, so that a failure or Ctrl-C can stop them. */
export const liveChildren = new Set<ChildProcess>();

function track(child: ChildProcess): void {
  liveChildren.add(child);
  child.once("exit", () => liveChildren.delete(child));
}

export async function startBenchService(databaseUrl: string, env: Record<string, string>): Promise<BenchServer> {
  const service = await startService(databaseUrl, env);
  track(service.child);
  return {
    kind: "service",
    origin: service.origin,
    pid: service.child.pid!,
    dialect: SERVICE_DIALECT,
    stop: () => stopChild(service.child),
  };
}

/** A reference server's script, run under tsx from the repository root with `env`. */
async function startScript(script: string, what: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", PORT: "0", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  track(child);
  const origin = await listeningOrigin(child, what);
  child.stdout.resume();
  return { child, origin };
}

export async function startFloor(databaseUrl: string, poolSize: number): Promise<BenchServer> {
  const { child, origin } = await startScript("scripts/bench/floor-server.ts", "the floor", {
    DATABASE_URL: databaseUrl,
    FLOOR_POOL_SIZE: String(poolSize),
  });
  return { kind: "floor", origin, pid: child.pid!, dialect: SERVICE_DIALECT, stop: () => stopChild(child) };
}

// scripts/bench/postgraphile/ has a package.json and lock file of its own, so that the service's
// install stays without PostGraphile; the bench installs it when its node_modules is missing.
export function postGraphileInstalled(): boolean {
  return existsSync(join(POSTGRAPHILE_DIR, "node_modules"));
}

export async function installPostGraphile(): Promise<void> {
  await promisify(execFile)("npm", ["ci", "--ignore-scripts", "--silent", "--no-audit", "--no-fund"], { cwd: POSTGRAPHILE_DIR });
}

export async function startPostGraphile(databaseUrl: string, poolSize: number): Promise<BenchServer> {
  const { child, origin } = await startScript("scripts/bench/postgraphile/server.mjs", "PostGraphile", {
    DATABASE_URL: databaseUrl,
    POOL_SIZE: String(poolSize),
    GRAPHILE_ENV: "production",
  });
  try {
    return {
      kind: "postgraphile",
      origin,
      pid: child.pid!,
      dialect: postgraphileDialect(await readOrderDigest(origin)),
      stop: () => stopChild(child),
    };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}
