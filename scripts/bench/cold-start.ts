// Cold start of `npm start` on PGlite: from spawning npm to the listening line, and to the first
// 200 from GET /readiness. npm runs in a process group of its own, so that stopping it stops the
// service under it (which then gives back the folder's lock).
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { isDataDirLocked } from "../../src/db/pglite-lock.js";
import { ADMIN_TOKEN } from "../support/run-service.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Process groups of `npm start` still running, so that Ctrl-C can end them (they are detached). */
export const liveGroups = new Set<number>();

export interface ColdStart {
  listeningMs: number;
  readyMs: number;
}

export async function coldStart(dataDir: string, secretKey: string, timeoutMs = 120_000): Promise<ColdStart> {
  const started = performance.now();
  const child = spawn("npm", ["start", "--silent"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: `pglite:${dataDir}`,
      PROXBOX_ENV_FILE: "/dev/null",
      HOST: "127.0.0.1",
      PORT: "0",
      PROXBOX_ADMIN_TOKEN: ADMIN_TOKEN,
      PROXBOX_SECRET_KEY: secretKey,
      LOG_LEVEL: "warn",
      LOG_FORMAT: "json",
    },
  });
  liveGroups.add(child.pid!);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let output = "";
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start did not listen within ${timeoutMs} ms:\n${output}`)), timeoutMs);
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const match = /on (http:\/\/[^\s/]+)\/graphql/.exec(output);
        if (!match) return;
        clearTimeout(timer);
        resolve(match[1]!);
      });
      child.once("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
    });
    const listeningMs = performance.now() - started;
    for (;;) {
      const status = await fetch(`${origin}/readiness`).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) break;
      if (performance.now() - started > timeoutMs) throw new Error("GET /readiness never answered 200");
      await sleep(5);
    }
    return { listeningMs, readyMs: performance.now() - started };
  } finally {
    signalGroup(child.pid!, "SIGTERM");
    await Promise.race([exited, sleep(15_000)]);
    // The service gives its lock back as it stops; wait for that, so the folder is free for the next step.
    for (let waited = 0; isDataDirLocked(dataDir) && waited < 15_000; waited += 50) await sleep(50);
    // Still held: something in the group hangs. It is ours, so it is ended, and the kernel releases the lock.
    if (isDataDirLocked(dataDir)) signalGroup(child.pid!, "SIGKILL");
    liveGroups.delete(child.pid!);
  }
}

export function signalGroup(groupId: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-groupId, signal);
  } catch {
    // The group is gone already.
  }
}
