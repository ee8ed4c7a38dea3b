// The raw SQL side of a database: migrations and a few maintenance statements run here, below
// Prisma. PGlite (embedded, in-process) and PostgreSQL (a pg pool) offer the same small surface.
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import { failureMessage } from "../failure-message.js";

export interface SqlRunner {
  /** Runs SQL text that may hold several statements; takes no parameters. */
  exec(sql: string): Promise<void>;
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface SqlDriver extends SqlRunner {
  readonly kind: "pglite" | "postgres";
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** Keeps two processes that start on one PostgreSQL database from migrating it at once. */
  withMigrationLock<T>(work: () => Promise<T>): Promise<T>;
  /** The connection pool's state; null for PGlite, which has none. */
  poolStats(): { total: number; idle: number; waiting: number } | null;
  close(): Promise<void>;
}

export async function openPglite(dataDir: string | null): Promise<{ driver: SqlDriver; pglite: PGlite }> {
  // Imported here, not with this module: see database.ts.
  const [{ PGlite }, { pg_trgm }] = await Promise.all([import("@electric-sql/pglite"), import("@electric-sql/pglite/contrib/pg_trgm")]);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir ?? undefined, { extensions: { pg_trgm } });
  } catch (error) {
    throw new Error(`PGlite cannot open the data folder ${dataDir ?? "(in memory)"}: ${failureMessage(error)}`, { cause: error });
  }
  const runner = (db: Pick<PGlite, "exec" | "query">): SqlRunner => ({
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async <Row>(sql: string, params?: unknown[]) => (await db.query<Row>(sql, params)).rows,
  });
  const driver: SqlDriver = {
    kind: "pglite",
    ...runner(pglite),
    transaction: (work) => pglite.transaction((tx) => work(runner(tx))),
    // One process owns a PGlite data folder, so there is nobody to wait for.
    withMigrationLock: (work) => work(),
    poolStats: () => null,
    close: () => pglite.close(),
  };
  return { driver, pglite };
}

/** Prisma's own advisory lock key, so that `prisma migrate` elsewhere waits for us and we for it. */
const MIGRATION_LOCK_KEY = 72707369;

export function openPostgres(pool: pg.Pool): SqlDriver {
  const runner = (db: pg.Pool | pg.PoolClient): SqlRunner => ({
    exec: async (sql) => {
      await db.query(sql);
    },
    query: async <Row>(sql: string, params?: unknown[]) => (await db.query(sql, params)).rows as Row[],
  });
  return {
    kind: "postgres",
    ...runner(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(runner(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async withMigrationLock(work) {
      const client = await pool.connect();
      try {
        // Waiting for another instance's migrations may take longer than a request's statement may.
        await client.query("SET statement_timeout = 0; SET lock_timeout = 0");
        await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
        return await work();
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
        await client.query("RESET statement_timeout; RESET lock_timeout").catch(() => undefined);
        client.release();
      }
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => pool.end(),
  };
}
