// `npm start`: read the configuration, open (and migrate) the database, make sure a token exists,
// and serve GraphQL until SIGTERM or SIGINT.
import { ConfigError, loadConfig } from "./config.js";
import { createFirstTokenIfNone, ensureAdminToken } from "./data/tokens.js";
import { openDatabase } from "./db/database.js";
import { MigrationError } from "./db/migrate.js";
import { listen } from "./server/http.js";
import { createService, GRAPHQL_PATH } from "./server/yoga.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config.database);
  if (config.adminToken) {
    await ensureAdminToken(db.prisma, config.adminToken);
  } else {
    const first = await createFirstTokenIfNone(db.prisma);
    if (first) {
      console.log(
        `No API token existed, so one was created. It is shown only this once:\n\n    Authorization: Bearer ${first}\n`,
      );
    }
  }
  const running = await listen(createService(db), config.host, config.port);
  const where = config.database.kind === "postgres" ? "PostgreSQL" : `PGlite (${config.database.dataDir ?? "in memory"})`;
  console.log(`Proxbox endpoint service on ${running.origin}${GRAPHQL_PATH} (GraphiQL in a browser), data in ${where}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight, then stopping.`);
    await running.stop();
    await db.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof MigrationError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    console.error("Cannot start:", error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
