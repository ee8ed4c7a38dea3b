// One process at a time on a PGlite data folder. PGlite runs PostgreSQL inside the process and
// takes no lock of its own: a second process on the same folder (say `npm run token` beside a
// running `npm start`) would write over the first one's files. So whoever opens the folder first
// writes its pid into "<folder>.lock" (beside it, like the key file), and the others are refused
// while that process lives. A lock left by a process that died (kill -9, a crash) is taken over.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { resolve } from "node:path";

export class DatabaseInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid}: PGlite serves one process at a time. ` +
        "Stop that process (the service) first, or do this through the running service's GraphQL API.",
    );
    this.name = "DatabaseInUseError";
  }
}

export function lockFileFor(dataDir: string): string {
  return `${resolve(dataDir)}.lock`;
}

/** Folders this process holds: a second opening here is refused like one from elsewhere. */
const held = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function ownerOf(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, "utf8").trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the folder's lock; returns the function that gives it back. */
export function lockDataDir(dataDir: string): () => void {
  const path = lockFileFor(dataDir);
  if (held.has(path)) throw new DatabaseInUseError(dataDir, process.pid);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o600);
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = ownerOf(path);
      // The same pid as ours is a previous life of this container's pid 1, not us (see `held`).
      if (owner !== null && owner !== process.pid && alive(owner)) throw new DatabaseInUseError(dataDir, owner);
      // Another process cleared a stale lock and took it between our two attempts.
      if (attempt > 0) throw new DatabaseInUseError(dataDir, owner ?? 0);
      try {
        unlinkSync(path);
      } catch {
        // Someone else cleared it first; the next attempt tells who holds it now.
      }
    }
  }
  held.add(path);
  return () => {
    held.delete(path);
    try {
      if (ownerOf(path) === process.pid) unlinkSync(path);
    } catch {
      // Already gone.
    }
  };
}
