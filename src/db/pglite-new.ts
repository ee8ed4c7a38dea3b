// A new PGlite data folder: made from the cached snapshot of the current migrations when there is a
// good one, else from a snapshot built here and then (best effort) cached. Either way the folder is
// filled by fillDataDir, safe against a crash part-way. A folder that is not new is not touched here.
import type { PGlite } from "@electric-sql/pglite";
import { DEFAULT_PGLITE_SNAPSHOT_DIR } from "../config.js";
import { openPglite, type SqlDriver } from "./driver.js";
import { type Migration, readMigrations } from "./migrate.js";
import {
  buildSnapshot,
  clearInterrupted,
  discardSnapshot,
  fillDataDir,
  folderState,
  readSnapshot,
  readTar,
  saveSnapshot,
  snapshotFile,
  snapshotKey,
  unfill,
} from "./pglite-snapshot.js";

export type NewDatabase =
  /** Unpacked from the cached snapshot: no initdb, no migration ran. */
  | { from: "snapshot"; snapshot: string }
  /** initdb and the migrations ran (in memory); `cached` says whether the snapshot was stored for next time. */
  | { from: "initdb"; cached: boolean; cacheError?: string };

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

/** Whether the folder's migration records are exactly those the migrations would have written. */
async function recordsMatch(driver: SqlDriver, migrations: Migration[]): Promise<boolean> {
  let rows: AppliedRow[];
  try {
    rows = await driver.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations"`,
    );
  } catch {
    return false;
  }
  // In the order readMigrations gives (the database's collation may sort otherwise).
  rows.sort((a, b) => (a.migration_name < b.migration_name ? -1 : a.migration_name > b.migration_name ? 1 : 0));
  return (
    rows.length === migrations.length &&
    rows.every(
      (row, index) =>
        row.migration_name === migrations[index]!.name &&
        row.checksum === migrations[index]!.checksum &&
        row.finished_at !== null &&
        row.rolled_back_at === null &&
        row.applied_steps_count === 1,
    )
  );
}

/**
 * Opens `dataDir` (its real path, locked by the caller) if it is new, making its database first;
 * null when the folder already holds something (PGlite opens it as it always did).
 */
export async function openNewPglite(
  dataDir: string,
  snapshotDir: string | null | undefined,
  migrationsDir: string,
): Promise<{ driver: SqlDriver; pglite: PGlite; made: NewDatabase } | null> {
  const state = await folderState(dataDir);
  if (state === "other") return null;
  if (state === "interrupted") await clearInterrupted(dataDir);
  const cacheDir = snapshotDir === undefined ? DEFAULT_PGLITE_SNAPSHOT_DIR : snapshotDir;
  const migrations = await readMigrations(migrationsDir);
  const key = snapshotKey(migrations);

  const cached = cacheDir ? await readSnapshot(cacheDir, key) : null;
  if (cacheDir && cached) {
    await fillDataDir(dataDir, cached);
    const opened = await openPglite(dataDir);
    try {
      if (await recordsMatch(opened.driver, migrations)) {
        // The rows say when this folder got its migrations, and have ids of their own.
        await opened.driver.exec(`UPDATE "_prisma_migrations" SET id = gen_random_uuid()::text, started_at = now(), finished_at = now()`);
        return { ...opened, made: { from: "snapshot", snapshot: key } };
      }
    } catch (error) {
      await opened.driver.close().catch(() => undefined);
      throw error;
    }
    // Named for these migrations but holding others: never used again.
    await opened.driver.close();
    await discardSnapshot(cacheDir, key);
    await unfill(dataDir);
  }

  const tar = await buildSnapshot(migrationsDir, () => openPglite(null));
  const [, saved] = await Promise.all([
    fillDataDir(dataDir, readTar(tar)),
    cacheDir
      ? saveSnapshot(cacheDir, key, tar).then(
          () => ({ cached: true }),
          (error: unknown) => ({ cached: false, cacheError: error instanceof Error ? error.message : String(error) }),
        )
      : { cached: false },
  ]);
  const opened = await openPglite(dataDir);
  return { ...opened, made: { from: "initdb", ...saved } };
}

/**
 * Makes sure the cache holds a good snapshot of these migrations, building it if not (at install
 * time, so that not even the first new folder waits for initdb). Returns the snapshot file.
 */
export async function ensureSnapshot(cacheDir: string, migrationsDir: string): Promise<{ file: string; built: boolean }> {
  const key = snapshotKey(await readMigrations(migrationsDir));
  if (await readSnapshot(cacheDir, key)) return { file: snapshotFile(cacheDir, key), built: false };
  await saveSnapshot(cacheDir, key, await buildSnapshot(migrationsDir, () => openPglite(null)));
  return { file: snapshotFile(cacheDir, key), built: true };
}
