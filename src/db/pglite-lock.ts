// One process at a time on a PGlite data folder. PGlite runs PostgreSQL inside the process and
// takes no lock of its own: a second process on the same folder (`npm run token` beside `npm start`,
// or two containers sharing a volume) would write over the first one's files. So the opener takes
// an exclusive OS lock on "<folder>.lock" and holds it on an open file until the database is closed.
//
// The lock is an open file description lock (fcntl F_OFD_SETLK on Linux, via fs-native-extensions):
// the kernel, not a pid, says who holds it, so it works across PID namespaces and containers on one
// host, and it is released by the kernel when its process exits, however it dies. Unlike classic
// fcntl locks it is not dropped when some other descriptor of the file is closed in the process.
// The file stays on disk: it is the lock's target, and unlinking it would let a newcomer lock a new
// file while the holder still holds the old one. The pid written into it is only for people.
import { closeSync, constants, ftruncateSync, openSync, readFileSync, writeSync } from "node:fs";
import { tryLock } from "fs-native-extensions";

export class DatabaseInUseError extends Error {
  constructor(
    readonly dataDir: string,
    /** The pid the holder wrote, as it saw itself (in another container it means little here). */
    readonly pid: number | null,
    sameProcess = false,
  ) {
    const holder = sameProcess
      ? "is already open in this process"
      : `is held by another process${pid ? ` (pid ${pid} by its own account)` : ""}`;
    super(
      `The embedded database in ${dataDir} ${holder}: PGlite serves one process at a time. ` +
        "Stop that process (the service) first, or do this through the running service's GraphQL API.",
    );
    this.name = "DatabaseInUseError";
  }
}

/** The lock file of a data folder, given its real path (see realDataDir). */
export function lockFileFor(realDir: string): string {
  return `${realDir}.lock`;
}

/** Folders this process holds: a second opening here is refused without touching the file. */
const held = new Set<string>();

function writtenPid(fd: number): number | null {
  const pid = Number(readFileSync(fd, "utf8").trim());
  return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
}

/** Takes the lock of the folder at `realDir`; returns the function that gives it back. */
export function lockDataDir(realDir: string): () => void {
  const path = lockFileFor(realDir);
  if (held.has(path)) throw new DatabaseInUseError(realDir, process.pid, true);
  const fd = openSync(path, constants.O_RDWR | constants.O_CREAT, 0o600);
  try {
    if (!tryLock(fd)) throw new DatabaseInUseError(realDir, writtenPid(fd));
    ftruncateSync(fd, 0);
    writeSync(fd, `${process.pid}\n`, 0);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  held.add(path);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    held.delete(path);
    // Closing the only descriptor of the open file releases the lock.
    closeSync(fd);
  };
}

/** Whether some process holds the folder's lock (for tools that wait for a service to stop). */
export function isDataDirLocked(realDir: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockFileFor(realDir), constants.O_RDONLY);
  } catch {
    return false;
  }
  try {
    return !tryLock(fd, { shared: true });
  } finally {
    closeSync(fd);
  }
}
