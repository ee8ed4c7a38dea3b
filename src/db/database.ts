// Opens the database the configuration names and the Prisma client over it. The same Prisma schema
// and the same migrations serve PGlite and PostgreSQL; only the driver adapter differs.
//
// The Prisma client and the drivers are imported when a database is opened, not with this module:
// the folder of a new embedded database is filled meanwhile (see main.ts).
import { type DatabaseTarget, DEFAULTS } from "../config.js";
import { realDataDir } from "../data-dir.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { openPglite, openPostgres, type SqlDriver } from "./driver.js";
import { lockDataDir } from "./pglite-lock.js";
import { migrate, MIGRATIONS_DIR } from "./migrate.js";
import { type NewDatabase, openNewPglite } from "./pglite-new.js";
import { verifySecretKey } from "../secrets/key-check.js";
import type { SecretKey } from "../secrets/key.js";
import type { SecretBox } from "../secrets/secret-box.js";

// Secret columns of endpoints are left out of every query unless a query asks for them by name, so
// that no resolver can read one by accident. (Token outputs are in Pothos' select mode instead.)
const omitSecrets = {
  proxmoxEndpoint: { password: true, tokenValue: true },
  netboxEndpoint: { tokenSecret: true },
  fastapiEndpoint: { token: true },
} as const;

type PrismaClientClass = typeof PrismaClient;
type Adapter = NonNullable<ConstructorParameters<PrismaClientClass>[0]["adapter"]>;

function createPrismaClient(PrismaClient: PrismaClientClass, adapter: Adapter) {
  return new PrismaClient({ adapter, omit: omitSecrets, log: [{ emit: "event", level: "query" } as const] });
}

export type Prisma = ReturnType<typeof createPrismaClient>;

export interface Database {
  readonly target: DatabaseTarget;
  readonly driver: SqlDriver;
  readonly prisma: Prisma;
  /** Seals and opens the secrets stored in this database. */
  readonly secrets: SecretBox;
  /** How this opening made a new PGlite data folder; null when it found one (or runs elsewhere). */
  readonly made: NewDatabase | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The key this database's secrets are encrypted with; checked before the database is used. */
  key: SecretKey;
  /** Connections to PostgreSQL. */
  poolSize?: number;
  /** PostgreSQL: longest a statement or a lock wait may take; none when absent. */
  statementTimeoutMs?: number;
  /** PostgreSQL: prepare statements under a name (default true; see preparedStatementNames). */
  preparedStatements?: boolean;
  /**
   * PGlite: the folder of snapshots a new data folder is made from (see pglite-snapshot.ts); null:
   * none, every new folder gets initdb and the migrations. Absent: the default folder.
   */
  snapshotDir?: string | null;
  /** The migrations (tests point elsewhere). */
  migrationsDir?: string;
}

export type DriverOptions = Omit<OpenOptions, "key">;

/** The raw SQL side alone (for migrations), with the adapter Prisma will use over it. */
export async function openDriver(
  target: DatabaseTarget,
  options: DriverOptions = {},
): Promise<{ driver: SqlDriver; adapter: Adapter; made: NewDatabase | null }> {
  const { poolSize = DEFAULTS.PROXBOX_DB_POOL_SIZE, statementTimeoutMs, preparedStatements = true } = options;
  if (target.kind === "pglite") {
    const dataDir = target.dataDir ? await realDataDir(target.dataDir) : null;
    // PGlite takes no lock of its own: a second process on the folder would corrupt it.
    const unlock = dataDir ? lockDataDir(dataDir) : () => undefined;
    let opened: Awaited<ReturnType<typeof openPglite>>;
    let made: NewDatabase | null = null;
    try {
      // Under the lock: whether the folder is new is only known while nobody else can fill it.
      const fresh = dataDir ? await openNewPglite(dataDir, options.snapshotDir, options.migrationsDir ?? MIGRATIONS_DIR) : null;
      if (fresh) ({ made } = fresh);
      opened = fresh ?? (await openPglite(dataDir));
    } catch (error) {
      unlock();
      throw error;
    }
    const driver: SqlDriver = {
      ...opened.driver,
      async close() {
        try {
          await opened.driver.close();
        } finally {
          unlock();
        }
      },
    };
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    // pglite-prisma-adapter is built against an older copy of Prisma's adapter types; the runtime
    // interface is the same.
    return { driver, adapter: new PrismaPGlite(opened.pglite) as unknown as Adapter, made };
  }
  const [{ default: pg }, { PrismaPg }] = await Promise.all([import("pg"), import("@prisma/adapter-pg")]);
  // A server that is down, or a pool that stays busy, fails requests within seconds instead of
  // queueing them; so does a statement that runs or waits for a lock too long (a cancelled one
  // frees its connection). PGlite cannot interrupt a running statement: the query bounds must do.
  const pool = new pg.Pool({
    connectionString: target.url,
    max: poolSize,
    connectionTimeoutMillis: 3000,
    // JIT pays off for long analytic queries only: a filter of many conditions has a high cost
    // estimate, and compiling it took 2.5 s of a 2.8 s request at 100,000 endpoints.
    options: "-c jit=off",
    ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs, lock_timeout: statementTimeoutMs } : {}),
  });
  // An idle client that loses its server emits 'error'; without a listener that kills the process.
  pool.on("error", () => undefined);
  return {
    driver: openPostgres(pool),
    adapter: new PrismaPg(pool, {
      disposeExternalPool: false,
      ...(preparedStatements ? { statementNameGenerator: preparedStatementNames() } : {}),
    }),
    made: null,
  };
}

/** Statement texts that get a name; others run unnamed (a few IN-list lengths could multiply texts). */
const MAX_NAMED_STATEMENTS = 500;

/**
 * Names for Prisma's statements, so that each connection prepares a statement once and PostgreSQL
 * plans it once (a list's statement took longer to plan than to run), as PostGraphile does. One
 * name per distinct SQL text in this process: pg refuses one name for two texts. A pattern match
 * (search, contains lookups) stays unnamed: PostgreSQL estimates how many rows `ILIKE '%word%'`
 * matches from the word, and the plan made without it picked the wrong index (search at 100,000
 * rows a fifth slower).
 */
function preparedStatementNames(): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined && names.size < MAX_NAMED_STATEMENTS && !/\bI?LIKE\b/.test(sql)) {
      name = `proxbox_${names.size}`;
      names.set(sql, name);
    }
    // An empty name is pg's unnamed statement: parsed and planned each time, as before.
    return name ?? "";
  };
}

/** Opens the database, applies pending migrations and checks the secret key. */
export async function openDatabase(target: DatabaseTarget, options: OpenOptions): Promise<Database> {
  const [{ driver, adapter, made }, { PrismaClient }] = await Promise.all([
    openDriver(target, options),
    import("../generated/prisma/client.js"),
  ]);
  const prisma = createPrismaClient(PrismaClient, adapter);
  let secrets: SecretBox;
  try {
    await migrate(driver, options.migrationsDir);
    secrets = await verifySecretKey(prisma, options.key);
  } catch (error) {
    await prisma.$disconnect().catch(() => undefined);
    await driver.close().catch(() => undefined);
    throw error;
  }
  return {
    target,
    driver,
    prisma,
    secrets,
    made,
    async close() {
      await prisma.$disconnect();
      await driver.close();
    },
  };
}
