// `npm run db:migrate`: apply pending migrations to the database DATABASE_URL names (from the
// environment or ./.env). It needs no secret key: migrations never read secrets.
import { loadConfig } from "../src/config.js";
import { openDriver } from "../src/db/database.js";
import { migrate } from "../src/db/migrate.js";
import { runCommand } from "./support/command.js";

await runCommand("db:migrate", "Usage: npm run db:migrate", async () => {
  const config = loadConfig();
  const { driver } = await openDriver(config.database);
  try {
    const applied = await migrate(driver);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
  } finally {
    await driver.close();
  }
});
