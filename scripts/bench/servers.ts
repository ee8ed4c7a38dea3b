// The two servers under test, each in a child process of its own: the service (as `npm start`
// runs it) and the floor. child.pid is the server process itself (node, not a shell), so its
// memory can be read from /proc.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { listeningOrigin, startService } from "../support/run-service.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export type ServerKind = "service" | "floor";

export interface BenchServer {
  kind: ServerKind;
  origin: string;
  pid: number;
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
  return { kind: "service", origin: service.origin, pid: service.child.pid!, stop: () => stopChild(service.child) };
}

export async function startFloor(databaseUrl: string, poolSize: number): Promise<BenchServer> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench/floor-server.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", DATABASE_URL: databaseUrl, FLOOR_POOL_SIZE: String(poolSize), HOST: "127.0.0.1", PORT: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  track(child);
  const origin = await listeningOrigin(child, "the floor");
  child.stdout.resume();
  return { kind: "floor", origin, pid: child.pid!, stop: () => stopChild(child) };
}
