// A new embedded database folder is filled from a cached snapshot of an initialised, migrated
// cluster. It must be the database initdb and the migrations make: the same schema, the same
// migration records. A damaged, stale or mislabelled snapshot is never used, a folder with anything
// in it is never filled, and a filling cut short is done again at the next start.
import { once } from "node:events";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseTarget } from "../src/config.js";
import { openDatabase, openDriver } from "../src/db/database.js";
import { openPglite, type SqlRunner } from "../src/db/driver.js";
import { DatabaseInUseError } from "../src/db/pglite-lock.js";
import { migrate, MIGRATIONS_DIR, readMigrations } from "../src/db/migrate.js";
import type { NewDatabase } from "../src/db/pglite-new.js";
import {
  buildSnapshot,
  FILLING_MARKER,
  fillDataDir,
  folderState,
  readSnapshot,
  readTar,
  saveSnapshot,
  snapshotFile,
  snapshotKey,
  type TarEntry,
} from "../src/db/pglite-snapshot.js";
import { startLockHolder } from "./support/process.js";
import { databaseKind, testKey } from "./support/service.js";

const SLOW = 180_000;

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "proxbox-snapshot-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

let folders = 0;
/** A path for a new data folder (not made: openDriver makes it, as it does for the service). */
function newFolder(): string {
  return join(root, `folder-${++folders}`, "pglite");
}

const pglite = (dataDir: string): DatabaseTarget => ({ kind: "pglite", dataDir });

let built: Promise<Uint8Array> | undefined;
/** A snapshot of the current migrations, built once for the tests that take one apart. */
function snapshotTar(): Promise<Uint8Array> {
  built ??= buildSnapshot(MIGRATIONS_DIR, () => openPglite(null));
  return built;
}
const snapshotEntries = async (): Promise<TarEntry[]> => readTar(await snapshotTar());

/** Everything about the public schema a migration can change, in a stable order. */
async function schemaOf(db: SqlRunner) {
  return {
    columns: await db.query(
      `SELECT table_name, column_name, ordinal_position, data_type, udt_name, character_maximum_length, numeric_precision,
              column_default, is_nullable, is_identity, is_generated
         FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
    ),
    constraints: await db.query(
      `SELECT conrelid::regclass::text AS "table", conname, contype, pg_get_constraintdef(oid) AS definition
         FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`,
    ),
    indexes: await db.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`),
    types: await db.query(
      `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE t.typnamespace = 'public'::regnamespace ORDER BY 1, 3`,
    ),
    sequences: await db.query(
      `SELECT sequencename, data_type::text, start_value::text, increment_by::text, last_value::text
         FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
    ),
    functions: await db.query(
      `SELECT proname, pg_get_function_identity_arguments(oid) AS arguments, md5(prosrc) AS body
         FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1, 2`,
    ),
    triggers: await db.query(
      `SELECT tgrelid::regclass::text AS "table", tgname, pg_get_triggerdef(oid) AS definition FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2`,
    ),
    extensions: await db.query(`SELECT extname, extversion FROM pg_extension ORDER BY 1`),
    database: await db.query(
      `SELECT pg_encoding_to_char(encoding) AS encoding, datcollate, datctype FROM pg_database WHERE datname = current_database()`,
    ),
  };
}

interface MigrationRecord {
  id: string;
  migration_name: string;
  checksum: string;
  logs: string | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
  started_at: Date;
  finished_at: Date | null;
}

async function recordsOf(db: SqlRunner) {
  return db.query<MigrationRecord>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
}

/** The parts of a record that say what was applied (ids and times belong to each database). */
function applied(records: MigrationRecord[]) {
  return records.map(({ migration_name, checksum, logs, rolled_back_at, applied_steps_count, finished_at }) => ({
    migration_name,
    checksum,
    logs,
    rolled_back_at,
    applied_steps_count,
    finished: finished_at !== null,
  }));
}

async function rowCounts(db: SqlRunner) {
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    counts[table_name] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}"`))[0]!.n;
  }
  return counts;
}

/** Opens a folder as `npm start` would (lock, making it if new, migrations) and hands its driver to `look`. */
async function withFolder<T>(
  dataDir: string,
  options: { snapshotDir: string | null; migrationsDir?: string },
  look: (db: SqlRunner, made: NewDatabase | null) => T | Promise<T>,
): Promise<T> {
  const { driver, made } = await openDriver(pglite(dataDir), options);
  try {
    await migrate(driver, options.migrationsDir);
    return await look(driver, made);
  } finally {
    await driver.close();
  }
}

describe.runIf(databaseKind === "pglite")("a new PGlite data folder", () => {
  it(
    "made from the snapshot has the schema, the migration records and the (no) rows of one made by initdb and the migrations",
    async () => {
      const cache = join(root, "cache-equal");
      // The way PGlite made a folder before snapshots: initdb on the folder itself, then the migrations.
      const reference = join(root, "reference", "pglite");
      await mkdir(reference, { recursive: true });
      const { driver: plain } = await openPglite(reference);
      let expected: { schema: unknown; records: MigrationRecord[]; rows: Record<string, number> };
      try {
        await migrate(plain);
        expected = { schema: await schemaOf(plain), records: await recordsOf(plain), rows: await rowCounts(plain) };
      } finally {
        await plain.close();
      }

      const look = async (db: SqlRunner, made: unknown) => ({
        made,
        schema: await schemaOf(db),
        records: await recordsOf(db),
        rows: await rowCounts(db),
      });
      // No snapshot yet: this one builds it (initdb and the migrations, in memory) and caches it.
      const first = await withFolder(newFolder(), { snapshotDir: cache }, look);
      const startedFast = new Date();
      const second = await withFolder(newFolder(), { snapshotDir: cache }, look);
      const third = await withFolder(newFolder(), { snapshotDir: cache }, look);

      expect(first.made).toEqual({ from: "initdb", cached: true });
      expect(second.made).toMatchObject({ from: "snapshot" });
      expect(third.made).toMatchObject({ from: "snapshot" });
      for (const made of [first, second, third]) {
        expect(made.schema).toEqual(expected.schema);
        expect(applied(made.records)).toEqual(applied(expected.records));
        expect(made.rows).toEqual(expected.rows);
      }
      expect(applied(expected.records).map((record) => record.migration_name)).toEqual(
        (await readMigrations()).map((migration) => migration.name),
      );
      expect(Object.values(expected.rows).every((count) => count === 0)).toBe(true);
      // Each folder's records are its own: their ids, and the time it got them.
      const ids = [first, second, third].flatMap((made) => made.records.map((record) => record.id));
      expect(new Set(ids).size).toBe(ids.length);
      for (const record of [...second.records, ...third.records]) {
        expect(record.started_at.getTime()).toBeGreaterThanOrEqual(startedFast.getTime() - 1000);
        expect(record.finished_at!.getTime()).toBeGreaterThanOrEqual(record.started_at.getTime());
      }
    },
    SLOW,
  );

  it(
    "is made by initdb and the migrations when the cached snapshot is damaged, and the snapshot is made again",
    async () => {
      const cache = join(root, "cache-damaged");
      const key = snapshotKey(await readMigrations());
      await withFolder(newFolder(), { snapshotDir: cache }, () => undefined);
      const good = await readFile(snapshotFile(cache, key));
      for (const damaged of [
        Buffer.from("not a gzip file"),
        good.subarray(0, good.length >> 1),
        Buffer.concat([good.subarray(0, 4096), Buffer.alloc(64, 7), good.subarray(4160)]),
      ]) {
        await writeFile(snapshotFile(cache, key), damaged);
        const made = await withFolder(newFolder(), { snapshotDir: cache }, async (db, how) => ({
          how,
          records: applied(await recordsOf(db)),
        }));
        expect(made.how).toEqual({ from: "initdb", cached: true });
        expect(made.records).toHaveLength((await readMigrations()).length);
        expect(await readSnapshot(cache, key)).not.toBeNull();
      }
    },
    SLOW,
  );

  it(
    "is not made from a snapshot that holds other migrations than its name says",
    async () => {
      const cache = join(root, "cache-mislabelled");
      const migrations = await readMigrations();
      const fewer = join(root, "migrations-fewer");
      await mkdir(fewer);
      for (const migration of migrations.slice(0, 2))
        await cp(join(MIGRATIONS_DIR, migration.name), join(fewer, migration.name), { recursive: true });
      // A well-formed snapshot of two migrations, under the name of all of them.
      await saveSnapshot(cache, snapshotKey(migrations), await buildSnapshot(fewer, () => openPglite(null)));

      const made = await withFolder(newFolder(), { snapshotDir: cache }, async (db, how) => ({
        how,
        records: applied(await recordsOf(db)),
      }));
      expect(made.how).toEqual({ from: "initdb", cached: true });
      expect(made.records.map((record) => record.migration_name)).toEqual(migrations.map((migration) => migration.name));
      // The cache now holds the right one.
      const again = await withFolder(newFolder(), { snapshotDir: cache }, async (db, how) => ({
        how,
        records: applied(await recordsOf(db)),
      }));
      expect(again.how).toMatchObject({ from: "snapshot" });
      expect(again.records).toEqual(made.records);
    },
    SLOW,
  );

  it(
    "gets a new migration: the snapshot of the migrations before it is not used",
    async () => {
      const cache = join(root, "cache-stale");
      const migrations = join(root, "migrations-growing");
      await cp(MIGRATIONS_DIR, migrations, { recursive: true });
      await withFolder(newFolder(), { snapshotDir: cache, migrationsDir: migrations }, () => undefined);
      const oldKey = snapshotKey(await readMigrations(migrations));

      await mkdir(join(migrations, "29991231000000_later"));
      await writeFile(join(migrations, "29991231000000_later", "migration.sql"), 'CREATE TABLE "later" (id int PRIMARY KEY);\n');
      const newKey = snapshotKey(await readMigrations(migrations));
      expect(newKey).not.toBe(oldKey);
      const tables = (db: SqlRunner) => db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'later'`);
      const made = await withFolder(newFolder(), { snapshotDir: cache, migrationsDir: migrations }, async (db, how) => ({
        how,
        later: await tables(db),
      }));
      expect(made).toEqual({ how: { from: "initdb", cached: true }, later: [{ "?column?": 1 }] });
      const again = await withFolder(newFolder(), { snapshotDir: cache, migrationsDir: migrations }, async (db, how) => ({
        how,
        later: await tables(db),
      }));
      expect(again).toEqual({ how: { from: "snapshot", snapshot: newKey }, later: [{ "?column?": 1 }] });
      // The older snapshot stays (another checkout may still use it), named by its own migrations.
      expect((await readdir(cache)).sort()).toEqual([`pglite-${newKey}.tar.gz`, `pglite-${oldKey}.tar.gz`].sort());
    },
    SLOW,
  );

  it(
    "without a snapshot folder (off) is made by initdb and the migrations, and nothing is cached",
    async () => {
      const made = await withFolder(newFolder(), { snapshotDir: null }, async (db, how) => ({
        how,
        records: applied(await recordsOf(db)),
      }));
      expect(made.how).toEqual({ from: "initdb", cached: false });
      expect(made.records).toHaveLength((await readMigrations()).length);
    },
    SLOW,
  );

  it(
    "is filled again at the next start when a filling was cut short",
    async () => {
      const cache = join(root, "cache-interrupted");
      await saveSnapshot(cache, snapshotKey(await readMigrations()), await snapshotTar());
      const entries = await snapshotEntries();

      // A filling that fails part-way (here: a file where a folder must go) leaves the marker and no PG_VERSION.
      const dataDir = newFolder();
      await mkdir(dataDir, { recursive: true });
      const broken = entries.map((entry) =>
        entry.path === "global" ? { ...entry, type: "file" as const, data: new Uint8Array(1) } : entry,
      );
      await expect(fillDataDir(dataDir, broken)).rejects.toThrow();
      expect(existsSync(join(dataDir, FILLING_MARKER))).toBe(true);
      expect(existsSync(join(dataDir, "PG_VERSION"))).toBe(false);
      expect(await folderState(dataDir)).toBe("interrupted");

      const made = await withFolder(dataDir, { snapshotDir: cache }, async (db, how) => ({ how, records: applied(await recordsOf(db)) }));
      expect(made.how).toMatchObject({ from: "snapshot" });
      expect(made.records).toHaveLength((await readMigrations()).length);
      expect(existsSync(join(dataDir, FILLING_MARKER))).toBe(false);

      // Cut short after PG_VERSION, before the marker went: the folder is whole and opens as it is.
      await writeFile(join(dataDir, FILLING_MARKER), "");
      const reopened = await withFolder(dataDir, { snapshotDir: cache }, (_db, how) => how);
      expect(reopened).toBeNull();
      expect(existsSync(join(dataDir, FILLING_MARKER))).toBe(false);
    },
    SLOW,
  );

  it(
    "writes PG_VERSION last, after every other file of the snapshot",
    async () => {
      const entries = await snapshotEntries();
      const dataDir = newFolder();
      await mkdir(dataDir, { recursive: true });
      // The last file written fails: everything before it is there, PG_VERSION is not.
      const files = entries.filter(
        (entry) => entry.type === "file" && entry.path !== "PG_VERSION" && !entry.path.startsWith("postmaster."),
      );
      const last = files.at(-1)!;
      await mkdir(join(dataDir, last.path), { recursive: true });
      await expect(fillDataDir(dataDir, entries)).rejects.toThrow();
      expect(existsSync(join(dataDir, "PG_VERSION"))).toBe(false);
      expect(await folderState(dataDir)).toBe("interrupted");
    },
    SLOW,
  );

  it(
    "that is not empty is opened as it is, never filled",
    async () => {
      const cache = join(root, "cache-existing");
      const key = testKey();
      const dataDir = newFolder();
      const first = await openDatabase(pglite(dataDir), { key, snapshotDir: cache });
      expect(first.made).toMatchObject({ from: "initdb" });
      await first.driver.exec(`INSERT INTO tag (name, slug) VALUES ('kept', 'kept')`);
      await first.close();
      const second = await openDatabase(pglite(dataDir), { key, snapshotDir: cache });
      try {
        expect(second.made).toBeNull();
        expect(await second.driver.query(`SELECT name FROM tag`)).toEqual([{ name: "kept" }]);
      } finally {
        await second.close();
      }

      // Someone else's files, and no database: left to PGlite as before snapshots, and kept.
      const foreign = newFolder();
      await mkdir(foreign, { recursive: true });
      await writeFile(join(foreign, "notes.txt"), "mine\n");
      const opened = await withFolder(foreign, { snapshotDir: cache }, (_db, how) => how);
      expect(opened).toBeNull();
      expect(await readFile(join(foreign, "notes.txt"), "utf8")).toBe("mine\n");
    },
    SLOW,
  );

  it(
    "held by another process is refused and left empty",
    async () => {
      const dataDir = newFolder();
      const holder = startLockHolder(dataDir);
      try {
        expect(await holder.outcome).toBe("locked");
        await expect(openDriver(pglite(dataDir), { snapshotDir: join(root, "cache-equal") })).rejects.toBeInstanceOf(DatabaseInUseError);
        expect(await readdir(dataDir)).toEqual([]);
      } finally {
        holder.child.kill("SIGKILL");
        await once(holder.child, "close");
      }
    },
    SLOW,
  );

  it(
    "reads back the tarball PGlite writes, and refuses a damaged one",
    async () => {
      const { driver, pglite: db } = await openPglite(null);
      let tar: Uint8Array;
      try {
        tar = new Uint8Array(await (await db.dumpDataDir("none")).arrayBuffer());
      } finally {
        await driver.close();
      }
      const entries = readTar(tar);
      expect(entries.find((entry) => entry.path === "PG_VERSION")?.type).toBe("file");
      expect(entries.some((entry) => entry.path === "base" && entry.type === "dir")).toBe(true);
      const damaged = tar.slice();
      damaged[10] = damaged[10]! ^ 0xff;
      expect(() => readTar(damaged)).toThrow(/checksum/);
      expect(() => readTar(tar.subarray(0, 1024))).toThrow();
    },
    SLOW,
  );
});
