// `npm start`: read the configuration, open (and migrate) the database with its secret key, make
// sure a token exists, and serve GraphQL until SIGTERM or SIGINT.
import { ConfigError, loadConfig } from "./config.js";
import { createFirstTokenIfNone, ensureAdminToken } from "./data/tokens.js";
import { openDatabase } from "./db/database.js";
import { MigrationError } from "./db/migrate.js";
import { SecretKeyMismatchError } from "./secrets/key-check.js";
import { resolveSecretKey } from "./secrets/key.js";
import { listen } from "./server/http.js";
import { createService, GRAPHQL_PATH } from "./server/yoga.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const key = await resolveSecretKey(config.database, config.secretKey);
  if (key.source.kind === "file" && key.source.created) {
    console.log(`Created the secret key file ${key.source.path} (mode 0600). Back it up: the stored credentials cannot be read without it.`);
  }
  const db = await openDatabase(config.database, { key });
  if (config.adminToken) {
    await ensureAdminToken(db, config.adminToken);
  } else {
    const first = await createFirstTokenIfNone(db);
    if (first) {
      console.log(`No API token existed, so one was created. It is shown only this once:\n\n    Authorization: Bearer ${first}\n`);
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
  const known = error instanceof ConfigError || error instanceof MigrationError || error instanceof SecretKeyMismatchError;
  console.error(`Cannot start: ${known || !(error instanceof Error) ? String(error instanceof Error ? error.message : error) : error.message}`);
  process.exit(1);
});
