// Runs the service the way `npm start` does, as a child process, and reads what it prints.
import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SERVICE_DEFAULT_ENV, SERVICE_NODE_ARGS } from "../../scripts/support/service-command.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface ServiceProcess {
  child: ChildProcess;
  origin: string;
  stdout: () => string;
  stderr: () => string;
  /** Sends a signal and waits for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface SpawnOptions {
  /** A command the service runs under, e.g. `unshare --pid --fork …` for a PID namespace of its own. */
  launcher?: string[];
  /** The working directory (default: the project's), where relative paths of the configuration start. */
  cwd?: string;
}

/** Output and exit code of a start that is expected to fail. */
export function runToExit(
  env: Record<string, string>,
  timeoutMs = 30_000,
  options: SpawnOptions = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawnService(env, options);
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (chunk) => (stdout += chunk));
    child.stderr!.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the service did not exit within ${timeoutMs} ms: ${stdout}${stderr}`));
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The service as a child process, without waiting for anything. */
export function spawnService(env: Record<string, string>, { launcher = [], cwd = ROOT }: SpawnOptions = {}): ChildProcess {
  // The script by its full path: the working directory may be another.
  const nodeArgs = SERVICE_NODE_ARGS.map((arg) => (arg.startsWith("-") ? arg : resolve(ROOT, arg)));
  const [command, ...args] = [...launcher, process.execPath, ...nodeArgs];
  return spawn(command!, args, {
    cwd,
    // PROXBOX_ENV_FILE: a developer's ./.env must not change what the tests start.
    env: { ...SERVICE_DEFAULT_ENV, PATH: process.env.PATH ?? "", HOST: "127.0.0.1", PORT: "0", PROXBOX_ENV_FILE: "/dev/null", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Starts the service and waits until it says where it listens. */
export function startServiceProcess(env: Record<string, string>, timeoutMs = 60_000, options: SpawnOptions = {}): Promise<ServiceProcess> {
  const child = spawnService(env, options);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the service did not start within ${timeoutMs} ms:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    const onData = () => {
      const match = /on (http:\/\/[^\s/]+)\/graphql/.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off("data", onData);
      resolve({
        child,
        origin: match[1]!,
        stdout: () => stdout,
        stderr: () => stderr,
        stop: (signal = "SIGTERM") => {
          child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout!.on("data", onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the service exited with ${code} before listening:\n${stdout}\n${stderr}`));
    });
  });
}

export interface LockHolder {
  child: ChildProcess;
  /** Resolves once a holder started with onGo waits for go(). */
  ready: Promise<void>;
  /** The holder's verdict: "locked" or "refused: …". */
  outcome: Promise<string>;
  /** Lets a holder started with onGo try to take the lock. */
  go(): void;
}

/** A process that takes a data folder's lock as the service does (test/support/lock-holder.ts). */
export function startLockHolder(dir: string, { onGo = false, launcher = [] }: SpawnOptions & { onGo?: boolean } = {}): LockHolder {
  const script = ["--import", "tsx", "test/support/lock-holder.ts", dir, ...(onGo ? ["--on-go"] : [])];
  const [command, ...args] = [...launcher, process.execPath, ...script];
  const child = spawn(command!, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? "" }, stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  const waiting: { pattern: RegExp; resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  const settle = () => {
    for (const wait of [...waiting]) {
      const match = wait.pattern.exec(stdout);
      if (!match) continue;
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve(match[0]);
    }
  };
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
    settle();
  });
  child.stderr.on("data", (chunk) => (stderr += chunk));
  // "close" comes after the last output, so a verdict printed just before exiting is not missed.
  child.on("close", (code) => {
    for (const wait of waiting.splice(0)) wait.reject(new Error(`the lock holder exited with ${code}:\n${stdout}\n${stderr}`));
  });
  const line = (pattern: RegExp) => new Promise<string>((resolve, reject) => waiting.push({ pattern, resolve, reject }));
  const ready = onGo ? line(/^ready$/m).then(() => undefined) : Promise.resolve();
  const outcome = line(/^(locked|refused: .*)$/m);
  // Nobody may await a verdict (a holder that is killed instead).
  outcome.catch(() => undefined);
  return { child, ready, outcome, go: () => child.stdin.write("go\n") };
}
