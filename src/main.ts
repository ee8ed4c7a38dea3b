// `npm start`: read the configuration (the environment, then ./.env for what it does not set), open
// (and migrate) the database with its secret key, make sure a token exists, and serve GraphQL until
// SIGTERM or SIGINT. With PROXBOX_WORKERS > 1 this process does the first two and then runs the
// workers (src/server/workers.ts), each of which runs this file again and serves.
//
// The GraphQL side (the schema, Yoga and what they import: most of the start-up's module loading)
// is imported while the database opens, which waits on files and WebAssembly much of the time.
import cluster from "node:cluster";
import { ConfigError, loadConfig, readCaFile } from "./config.js";
import { openDatabase } from "./db/database.js";
import { MigrationError } from "./db/migrate.js";
import { DatabaseInUseError } from "./db/pglite-lock.js";
import { explainConfigError, type LoadedEnvFile, loadEnvFile } from "./env-file.js";
import { failureMessage } from "./failure-message.js";
import { SecretKeyMismatchError } from "./secrets/key-check.js";
import { resolveSecretKey } from "./secrets/key.js";
import { createLogger } from "./server/logger.js";
import type { PersistedDocuments } from "./server/persisted-operations.js";
import type { PersistedQueryStore } from "./server/persisted-query-store.js";

let envFile: LoadedEnvFile | undefined;

/** Everything that serves GraphQL; not needed to open the database. */
async function loadServing() {
  const [
    { schema },
    { createService, GRAPHQL_PATH },
    { listen },
    { loadPersistedDocuments },
    { openPersistedQueryStore },
    { runWorkers },
    { startBackendDeliverer, DEFAULT_DELIVERER_OPTIONS },
    tokens,
  ] = await Promise.all([
    import("./schema/index.js"),
    import("./server/yoga.js"),
    import("./server/http.js"),
    import("./server/persisted-operations.js"),
    import("./server/persisted-query-store.js"),
    import("./server/workers.js"),
    import("./sync/backend-deliverer.js"),
    import("./data/token-writes.js"),
  ]);
  return {
    schema,
    createService,
    GRAPHQL_PATH,
    listen,
    loadPersistedDocuments,
    openPersistedQueryStore,
    runWorkers,
    startBackendDeliverer,
    DEFAULT_DELIVERER_OPTIONS,
    ...tokens,
  };
}

async function main(): Promise<void> {
  envFile = loadEnvFile();
  const config = loadConfig();
  const logger = createLogger(config.log);
  if (envFile.path) logger.debug({ file: envFile.path, variables: envFile.applied }, "read variables from the env file");
  const serving = loadServing();
  // A failure while the database opens must not leave this one unhandled.
  serving.catch(() => undefined);
  const ca = config.outbound.caFile ? await readCaFile(config.outbound.caFile) : undefined;
  // The manifest is checked against the schema, and a bad one stops the start before any database is opened.
  let persistedDocuments: PersistedDocuments | null = null;
  if (config.persistedOperations.mode !== "off") {
    const { loadPersistedDocuments, schema } = await serving;
    persistedDocuments = await loadPersistedDocuments(config.persistedOperations, schema);
  }
  // Registered documents (accept mode): an unreachable Redis stops the start here too.
  let persistedQueryStore: PersistedQueryStore | undefined;
  if (persistedDocuments?.mode === "accept") {
    const { openPersistedQueryStore } = await serving;
    persistedQueryStore = await openPersistedQueryStore(config.persistedOperations.automatic, logger);
  } else if (config.persistedOperations.automatic.redisUrl) {
    logger.warn(
      { mode: config.persistedOperations.mode },
      "PROXBOX_REDIS_URL is set, but only PROXBOX_PERSISTED_OPERATIONS=accept registers documents: Redis is not used",
    );
  }
  const key = await resolveSecretKey(config.database, config.secretKey);
  const [
    db,
    {
      createService,
      GRAPHQL_PATH,
      listen,
      runWorkers,
      startBackendDeliverer,
      DEFAULT_DELIVERER_OPTIONS,
      ensureAdminToken,
      createFirstTokenIfNone,
    },
  ] = await Promise.all([
    openDatabase(config.database, {
      key,
      poolSize: config.databasePoolSize,
      snapshotDir: config.pgliteSnapshotDir,
      statementTimeoutMs: config.databaseStatementTimeoutMs,
      preparedStatements: config.databasePreparedStatements,
    }),
    serving,
  ]);
  if (db.made) logger.debug({ made: db.made }, "made a new embedded database");
  const where = config.database.kind === "postgres" ? "PostgreSQL" : `PGlite (${config.database.dataDir ?? "in memory"})`;
  const graphiql = persistedDocuments?.mode === "only" ? "persisted operations only" : "GraphiQL in a browser";
  // The listening line, printed once: by the primary when workers serve.
  const announce = (origin: string, workers: string) => {
    process.stdout.write(`Proxbox endpoint service on ${origin}${GRAPHQL_PATH} (${graphiql}), data in ${where}${workers}\n`);
    logger.info({ url: `${origin}${GRAPHQL_PATH}`, database: config.database.kind, workers: config.workers }, "listening");
  };

  if (cluster.isPrimary) {
    // Written by openDatabase, once it knew the database to be new.
    if (key.source.kind === "file" && key.source.created) {
      logger.warn(
        { keyFile: key.source.path },
        "created a secret key file (mode 0600); back it up: stored credentials cannot be read without it",
      );
    }
    if (config.adminToken) {
      await ensureAdminToken(db, config.adminToken);
    } else {
      const first = await createFirstTokenIfNone(db);
      // Shown once, on purpose, on standard output rather than in the log.
      if (first)
        process.stdout.write(
          `\nNo API token existed, so one was created. It is shown only this once:\n\n    Authorization: Bearer ${first}\n\n`,
        );
    }
    if (config.workers > 1) {
      // Each worker opens its own; this one only checked that it can.
      await Promise.all([db.close(), persistedQueryStore?.close()]);
      runWorkers({
        count: config.workers,
        logger,
        shutdownGraceMs: config.shutdownGraceMs,
        onListening: (origin) => announce(origin, `, ${config.workers} workers`),
      });
      return;
    }
  }

  const service = createService(db, {
    outbound: { timeoutMs: config.outbound.timeoutMs, ...(ca ? { ca } : {}) },
    limits: config.limits,
    cors: config.cors,
    metrics: config.metrics,
    logger,
    persistedDocuments,
    ...(persistedQueryStore ? { persistedQueryStore } : {}),
  });
  const running = await listen(service, config.host, config.port);
  // Off the request path: what the backends are still to be told (every worker delivers; the
  // outbox's row locks keep each row to one of them).
  // A claim outlives a delivery's requests (a list, a write, perhaps a removal), each bounded by the timeout.
  const deliverer = startBackendDeliverer({ db, upstreams: service.upstreams }, logger, {
    claimMs: Math.max(DEFAULT_DELIVERER_OPTIONS.claimMs, 4 * config.outbound.timeoutMs),
  });
  // Before the listening line: whoever waits for it may stop the service at once.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceMs: config.shutdownGraceMs }, "stopping: no new connections; requests in flight may finish");
    await running.stop(config.shutdownGraceMs);
    // A delivery cut short here is taken again after its claim runs out.
    await Promise.race([deliverer.stop(), new Promise((resolve) => setTimeout(resolve, config.shutdownGraceMs).unref())]);
    await persistedQueryStore?.close();
    // A connection still held by a stuck query must not hold the exit.
    await Promise.race([db.close(), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    logger.info("stopped");
    logger.flush?.();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  if (cluster.isPrimary) announce(running.origin, "");
  if (persistedDocuments && cluster.isPrimary) {
    const automatic = config.persistedOperations.automatic;
    logger.info(
      {
        mode: persistedDocuments.mode,
        manifest: persistedDocuments.file,
        documents: persistedDocuments.byHash.size,
        ...(persistedDocuments.mode === "accept" ? { registered: automatic.redisUrl ? "redis" : "memory" } : {}),
      },
      persistedDocuments.mode === "only"
        ? "persisted operations only: other documents are refused, GraphiQL is off"
        : "persisted operations accepted, and clients may register theirs (automatic persisted queries)",
    );
    if (persistedDocuments.missing) {
      logger.warn(
        { manifest: persistedDocuments.file },
        "the manifest does not exist (`npm run codegen` writes it): only documents clients register run by hash",
      );
    }
  }
}

main().catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof MigrationError ||
    error instanceof SecretKeyMismatchError ||
    error instanceof DatabaseInUseError;
  const message = error instanceof ConfigError ? explainConfigError(error, envFile) : failureMessage(error);
  process.stderr.write(`Cannot start: ${message}\n`);
  if (!known && error instanceof Error && process.env.LOG_LEVEL === "debug") process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
