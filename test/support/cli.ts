// Runs an npm script's program (scripts/*.ts, examples/cli.ts) as `npm run` does, in a child process
// with only the environment given (and no .env file unless PROXBOX_ENV_FILE names one).
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDatabase } from "./postgres.js";
import { databaseKind } from "./service.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: string[], env: Record<string, string>, timeoutMs = 90_000): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", PROXBOX_ENV_FILE: "/dev/null", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${script} ${args.join(" ")} did not finish within ${timeoutMs} ms:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A database for the commands of one test file, of the kind the vitest project runs on. */
export async function scriptDatabase(): Promise<{ url: string; dispose: () => Promise<void> }> {
  if (databaseKind === "postgres") {
    const created = await createTestDatabase();
    return { url: created.url, dispose: created.drop };
  }
  const dir = await mkdtemp(join(tmpdir(), "proxbox-cli-"));
  return { url: `pglite:${join(dir, "pglite")}`, dispose: () => rm(dir, { recursive: true, force: true }) };
}
