// `npm run db:migrate`: apply pending migrations to the database DATABASE_URL names (from the
// environment or ./.env). It needs no secret key: migrations never read secrets.
import { loadConfig } from "../src/config.js";
import { openDriver } from "../src/db/database.js";
import { migrate, readMigrations } from "../src/db/migrate.js";
import { runCommand } from "./support/command.js";

await runCommand("db:migrate", "Usage: npm run db:migrate", async () => {
  const config = loadConfig();
  const { driver, made } = await openDriver(config.database, { snapshotDir: config.pgliteSnapshotDir });
  try {
    const applied = await migrate(driver);
    if (made) {
      // A new embedded database is made with every migration in it (see src/db/pglite-new.ts).
      const names = (await readMigrations()).map((migration) => migration.name);
      const how = made.from === "snapshot" ? "from the snapshot of these migrations" : "by initdb and these migrations";
      console.log(`Applied: ${names.join(", ")} (to a new database, made ${how})`);
    } else {
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
    }
  } finally {
    await driver.close();
  }
});
