// A new embedded database is made from a snapshot: a tarball of a cluster that was initialised and
// migrated once, kept in a cache (node_modules/.cache/proxbox by default) and named by a hash of the
// PGlite version, its extensions and the migrations. Unpacking it takes a fraction of a second;
// initdb and the migrations take seconds. A missing, stale or damaged snapshot is built again: in
// memory, by initdb and the migrations, exactly as a database is made without one.
//
// Only an EMPTY folder is filled this way; one with anything in it is left to PGlite as before. The
// filling is safe against a process that dies half-way: a marker file goes in first and leaves last,
// and PG_VERSION (what PGlite looks for to call a folder a database) is written after every other
// file. A folder with the marker holds nothing but an unfinished filling, so the next start empties
// it and fills it again.
import { createHash, randomUUID } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, normalize, sep } from "node:path";
import { promisify } from "node:util";
import { gunzip, gzip } from "node:zlib";
import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriver } from "./driver.js";
import { type Migration, migrate } from "./migrate.js";

/** Changes whenever what a snapshot holds, or how it is written, changes. */
const FORMAT = 1;

/** The extensions every PGlite database is opened with (see openPglite). */
export const PGLITE_EXTENSIONS = ["pg_trgm"] as const;

/** In a data folder while it is being filled from a snapshot; never in a finished one. */
export const FILLING_MARKER = ".proxbox-filling";

/** What PGlite (like PostgreSQL) reads to tell a data folder that holds a database. */
const VERSION_FILE = "PG_VERSION";

/** Left behind by the backend that wrote the snapshot; no process of a new folder has it. */
const SKIPPED = new Set(["postmaster.pid", "postmaster.opts"]);

/** How many snapshots (of other migration sets) the cache keeps beside the current one. */
const KEEP_OTHERS = 3;

/** A new cluster is some 40 MB; a snapshot claiming more than this is not one. */
const MAX_TAR_BYTES = 1 << 30;

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

function pgliteVersion(): string {
  const require = createRequire(import.meta.url);
  // The package exports no package.json; its entry point lies in dist/.
  const entry = require.resolve("@electric-sql/pglite");
  const manifest = require(join(dirname(entry), "..", "package.json")) as { version: string };
  return manifest.version;
}

/** The name a snapshot of these migrations has: anything that changes the cluster changes it. */
export function snapshotKey(migrations: Migration[]): string {
  const material = JSON.stringify({
    format: FORMAT,
    pglite: pgliteVersion(),
    extensions: PGLITE_EXTENSIONS,
    migrations: migrations.map(({ name, checksum }) => ({ name, checksum })),
  });
  return createHash("sha256").update(material).digest("hex").slice(0, 32);
}

export function snapshotFile(cacheDir: string, key: string): string {
  return join(cacheDir, `pglite-${key}.tar.gz`);
}

// ---- the tarball (the ustar subset PGlite's dumpDataDir writes: folders and regular files) ----

export interface TarEntry {
  /** Relative to the data folder, with "/" between parts. */
  path: string;
  type: "file" | "dir";
  mode: number;
  data: Uint8Array;
}

export class SnapshotError extends Error {
  override name = "SnapshotError";
}

const BLOCK = 512;

function text(header: Uint8Array, offset: number, length: number): string {
  const field = header.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return Buffer.from(end === -1 ? field : field.subarray(0, end)).toString("utf8");
}

function octal(header: Uint8Array, offset: number, length: number): number {
  const value = text(header, offset, length).trim();
  if (!/^[0-7]*$/.test(value)) throw new SnapshotError("a tar header has a number that is not octal");
  return value === "" ? 0 : parseInt(value, 8);
}

/** Reads a tarball; throws SnapshotError on anything damaged or unexpected. */
export function readTar(tar: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  for (;;) {
    if (offset + BLOCK > tar.length) throw new SnapshotError("the tarball ends without its closing blocks");
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    // The checksum: every header byte summed, its own field counted as spaces.
    let sum = 0;
    for (let index = 0; index < BLOCK; index++) sum += index >= 148 && index < 156 ? 32 : header[index]!;
    if (octal(header, 148, 8) !== sum) {
      throw new SnapshotError(`a tar header at byte ${offset} has a wrong checksum`);
    }
    if (!text(header, 257, 6).startsWith("ustar")) throw new SnapshotError("not a ustar tarball");
    const prefix = text(header, 345, 131);
    const name = (prefix ? `${prefix}/` : "") + text(header, 0, 100);
    const path = normalize(name.replace(/^\/+/, "")).split(sep).join("/");
    if (path === "" || path === "." || path.startsWith("../") || path === "..")
      throw new SnapshotError(`a tar entry has the path "${name}"`);
    const flag = String.fromCharCode(header[156]!);
    const size = octal(header, 124, 12);
    const start = offset + BLOCK;
    if (start + size > tar.length) throw new SnapshotError(`the tar entry ${path} is cut short`);
    if (flag === "0" || flag === "\0") {
      entries.push({ path, type: "file", mode: octal(header, 100, 8) & 0o777, data: tar.subarray(start, start + size) });
    } else if (flag === "5") {
      entries.push({ path, type: "dir", mode: octal(header, 100, 8) & 0o777, data: new Uint8Array(0) });
    } else {
      throw new SnapshotError(`the tar entry ${path} is of type "${flag}", not a file or a folder`);
    }
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  if (!entries.some((entry) => entry.path === VERSION_FILE && entry.type === "file")) {
    throw new SnapshotError(`the tarball holds no ${VERSION_FILE}`);
  }
  return entries;
}

// ---- the cache ----

/** The snapshot of this key from the cache, or null when there is none or it is damaged (then it is removed). */
export async function readSnapshot(cacheDir: string, key: string): Promise<TarEntry[] | null> {
  const file = snapshotFile(cacheDir, key);
  let compressed: Buffer;
  try {
    compressed = await readFile(file);
  } catch {
    return null;
  }
  try {
    // gzip's CRC-32 and length find a damaged file; the tar headers' checksums a damaged writer.
    // One output chunk of the size the trailer gives: unpacked in the thread pool in one go, instead
    // of in 16 KiB steps that each wait for this thread.
    const size = compressed.length >= 18 ? compressed.readUInt32LE(compressed.length - 4) : 0;
    if (size < BLOCK * 2 || size > MAX_TAR_BYTES) throw new SnapshotError("the gzip trailer gives no plausible size");
    return readTar(await gunzipAsync(compressed, { chunkSize: size }));
  } catch {
    await discardSnapshot(cacheDir, key);
    return null;
  }
}

export async function discardSnapshot(cacheDir: string, key: string): Promise<void> {
  await rm(snapshotFile(cacheDir, key), { force: true }).catch(() => undefined);
}

/** Stores a snapshot: written beside its name and renamed onto it, so a reader sees all of it or none. */
export async function saveSnapshot(cacheDir: string, key: string, tar: Uint8Array): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const file = snapshotFile(cacheDir, key);
  const temporary = `${file}.tmp-${process.pid}-${randomUUID()}`;
  try {
    await writeFile(temporary, await gzipAsync(tar, { level: 6 }));
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
  await pruneSnapshots(cacheDir, key);
}

/** Removes all but the newest few snapshots of other keys (other migration sets, other PGlite versions). */
async function pruneSnapshots(cacheDir: string, keep: string): Promise<void> {
  const names = (await readdir(cacheDir)).filter((name) => /^pglite-[0-9a-f]+\.tar\.gz$/.test(name) && name !== `pglite-${keep}.tar.gz`);
  const dated = await Promise.all(
    names.map(async (name) => ({ name, mtime: (await stat(join(cacheDir, name)).catch(() => null))?.mtimeMs ?? 0 })),
  );
  dated.sort((a, b) => b.mtime - a.mtime);
  await Promise.all(dated.slice(KEEP_OTHERS).map(({ name }) => rm(join(cacheDir, name), { force: true }).catch(() => undefined)));
}

// ---- building one ----

/**
 * Makes a new cluster in memory the way any database is made (initdb, then the migrations), and
 * returns its data folder as a tarball. No row but the migrations' own records is in it.
 */
export async function buildSnapshot(
  migrationsDir: string,
  create: () => Promise<{ driver: SqlDriver; pglite: PGlite }>,
): Promise<Uint8Array> {
  const { driver, pglite } = await create();
  try {
    await migrate(driver, migrationsDir);
    // The data in its files, not only in the log: a folder made from it has next to nothing to replay.
    await pglite.exec("CHECKPOINT");
    const dump = await pglite.dumpDataDir("none");
    return new Uint8Array(await dump.arrayBuffer());
  } finally {
    await driver.close();
  }
}

// ---- filling a data folder ----

export type FolderState =
  /** Nothing in it (but a file system's lost+found): a new database goes in. */
  | "empty"
  /** The marker of a filling that did not finish: only that filling's files are in it. */
  | "interrupted"
  /** Anything else: a database, or files that are not ours. Left to PGlite as before. */
  | "other";

const IGNORED = new Set(["lost+found"]);

export async function folderState(dataDir: string): Promise<FolderState> {
  const names = (await readdir(dataDir)).filter((name) => !IGNORED.has(name));
  if (names.length === 0) return "empty";
  if (names.includes(FILLING_MARKER)) {
    if (!names.includes(VERSION_FILE)) return "interrupted";
    // PG_VERSION is written after everything else: the filling finished, only the marker's removal did not.
    await unlink(join(dataDir, FILLING_MARKER));
  }
  return "other";
}

/** Empties a folder whose filling was interrupted; the marker stays, for a filling to follow. */
export async function clearInterrupted(dataDir: string): Promise<void> {
  for (const name of await readdir(dataDir)) {
    if (name === FILLING_MARKER || IGNORED.has(name)) continue;
    await rm(join(dataDir, name), { recursive: true, force: true });
  }
}

/**
 * Empties a folder this process filled but must fill again (its snapshot proved wrong once opened):
 * the marker goes in and PG_VERSION goes out first, so that a crash part-way is an interrupted filling.
 */
export async function unfill(dataDir: string): Promise<void> {
  await writeFile(join(dataDir, FILLING_MARKER), "");
  await rm(join(dataDir, VERSION_FILE), { force: true });
  await syncPath(dataDir);
  await clearInterrupted(dataDir);
}

async function syncPath(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes the cluster of a snapshot into an empty data folder (or one `clearInterrupted` emptied).
 * Modes are the tarball's, less the umask.
 */
export async function fillDataDir(dataDir: string, entries: TarEntry[]): Promise<void> {
  const marker = join(dataDir, FILLING_MARKER);
  await writeFile(marker, "A database is being made in this folder; if this file stays, the next start makes it again.\n");
  await syncPath(dataDir);
  const version = entries.find((entry) => entry.path === VERSION_FILE)!;
  const files: TarEntry[] = [];
  // Folders first (the tarball lists each before what is in it), then the files, several at once.
  for (const entry of entries) {
    if (entry.path === VERSION_FILE || SKIPPED.has(entry.path)) continue;
    if (entry.type === "dir") await mkdir(join(dataDir, entry.path), { recursive: true, mode: entry.mode || 0o700 });
    else files.push(entry);
  }
  // Several at once; after a failure no writer starts another file, and all have stopped before it is thrown.
  let next = 0;
  let failure: { error: unknown } | null = null;
  const writer = async () => {
    while (next < files.length && !failure) {
      const entry = files[next++]!;
      try {
        await writeFile(join(dataDir, entry.path), entry.data, { mode: entry.mode || 0o600 });
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, writer));
  if (failure) throw (failure as { error: unknown }).error;
  // Last: from here on the folder is a database.
  await writeFile(join(dataDir, VERSION_FILE), version.data, { mode: version.mode || 0o600 });
  await unlink(marker);
  await syncPath(dataDir);
}
