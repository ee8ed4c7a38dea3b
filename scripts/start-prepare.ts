// `npm run start:prepare`, also run after `npm install`: makes beforehand what the first `npm start`
// would otherwise make itself, the bundle of the sources (scripts/support/start-bundle.mjs) and the
// snapshot of a new embedded database (src/db/pglite-snapshot.ts). It never fails the install: a
// cache it cannot write only makes the first start slower.
import { DEFAULT_PGLITE_SNAPSHOT_DIR, loadConfig } from "../src/config.js";
import { MIGRATIONS_DIR } from "../src/db/migrate.js";
import { ensureSnapshot } from "../src/db/pglite-new.js";
import { loadEnvFile } from "../src/env-file.js";
import { failureMessage } from "../src/failure-message.js";
import { bundle } from "./support/start-bundle.mjs";

function snapshotDir(): string | null {
  try {
    loadEnvFile();
    return loadConfig().pgliteSnapshotDir;
  } catch {
    // A configuration the service would refuse is the service's to report, at its start.
    return DEFAULT_PGLITE_SNAPSHOT_DIR;
  }
}

try {
  console.log(`start:prepare: the bundle of the sources is ${await bundle()}`);
} catch (error) {
  console.warn(`start:prepare: no bundle (${failureMessage(error)}); npm start will run through tsx`);
}
const dir = snapshotDir();
if (dir) {
  try {
    const { file, built } = await ensureSnapshot(dir, MIGRATIONS_DIR);
    console.log(`start:prepare: the snapshot of a new embedded database is ${file}${built ? " (built now)" : ""}`);
  } catch (error) {
    console.warn(`start:prepare: no snapshot (${failureMessage(error)}); the first new embedded database will make it`);
  }
}
process.exit(0);
