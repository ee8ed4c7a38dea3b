// One SQL connection to a throwaway database, for the work the bench does beside the servers
// (seeding, samples, clean-up, EXPLAIN). PGlite is opened in this process, so only while no server
// holds the folder; it takes the project's lock file, which makes a mistake there fail loudly.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";
import { realDataDir } from "../../src/data-dir.js";
import { lockDataDir } from "../../src/db/pglite-lock.js";

export interface SqlClient {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Several statements, no parameters. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export function pgliteDir(databaseUrl: string): string | null {
  return databaseUrl.startsWith("pglite:") ? databaseUrl.slice("pglite:".length) : null;
}

export async function openSqlClient(databaseUrl: string): Promise<SqlClient> {
  const dir = pgliteDir(databaseUrl);
  if (dir === null) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    return {
      query: async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[],
      exec: async (sql) => {
        await client.query(sql);
      },
      close: () => client.end(),
    };
  }
  const realDir = await realDataDir(dir);
  const unlock = lockDataDir(realDir);
  let db: PGlite;
  try {
    db = await PGlite.create(realDir, { extensions: { pg_trgm } });
  } catch (error) {
    unlock();
    throw error;
  }
  return {
    query: async <Row>(sql: string, params?: unknown[]) => (await db.query<Row>(sql, params)).rows,
    exec: async (sql) => {
      await db.exec(sql);
    },
    close: async () => {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}

/** Opens, runs `work`, and always closes (and so unlocks a PGlite folder). */
export async function withSqlClient<T>(databaseUrl: string, work: (sql: SqlClient) => Promise<T>): Promise<T> {
  const sql = await openSqlClient(databaseUrl);
  try {
    return await work(sql);
  } finally {
    await sql.close();
  }
}
