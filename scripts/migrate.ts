// `npm run db:migrate`: apply pending migrations to the database DATABASE_URL names.
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/database.js";
import { migrate } from "../src/db/migrate.js";

const config = loadConfig();
const db = await openDatabase(config.database, { migrate: false });
try {
  const applied = await migrate(db.driver);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
} finally {
  await db.close();
}
