// The migrations are written with `npm run db:diff` and then by hand (CHECK constraints, triggers),
// so nothing but this test keeps them in step with prisma/schema.prisma, which the client is
// generated from. It builds a second database from the SQL Prisma derives from the schema alone
// and compares the two catalogs: every table, column, type, default, key, index and enum value
// Prisma expects must be in the migrated database, exactly. (CHECK constraints and triggers, which
// Prisma cannot express, are left out of the comparison; test/migrations.test.ts checks them.)
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, openPostgres, type SqlRunner } from "../src/db/driver.js";
import pg from "pg";
import { createTestDatabase } from "./support/postgres.js";
import { databaseKind, openTestDatabase } from "./support/service.js";
import type { Database } from "../src/db/database.js";

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

let migrated: Database;
let fromSchema: SqlRunner;
const disposers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const opened = await openTestDatabase();
  migrated = opened.db;
  disposers.push(opened.dispose);
  // The 6.19 CLI connects to a PostgreSQL server to diff, whichever database the test runs on.
  const { stdout: sql } = await promisify(execFile)(process.execPath, ["scripts/migration-diff.mjs", "--from-empty", "--stdout"], {
    env: { ...process.env, DATABASE_URL: ADMIN_URL },
  });
  if (databaseKind === "postgres") {
    const created = await createTestDatabase();
    const pool = new pg.Pool({ connectionString: created.url, max: 1 });
    fromSchema = openPostgres(pool);
    disposers.push(async () => {
      await pool.end();
      await created.drop();
    });
  } else {
    const { driver } = await openPglite(null);
    fromSchema = driver;
    disposers.push(() => driver.close());
  }
  await fromSchema.exec(sql);
}, 60_000);

afterAll(async () => {
  for (const dispose of disposers.reverse()) await dispose();
});

async function catalog(db: SqlRunner) {
  const columns = await db.query(
    `SELECT table_name, column_name, udt_name, is_nullable, column_default
       FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      ORDER BY table_name, column_name`,
  );
  const constraints = await db.query(
    `SELECT c.conrelid::regclass::text AS table_name, c.conname, c.contype, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = 'public' AND c.contype IN ('p', 'u', 'f') AND c.conrelid::regclass::text <> '_prisma_migrations'
      ORDER BY 1, 2`,
  );
  const indexes = await db.query(
    `SELECT indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`,
  );
  const enums = await db.query(
    `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid ORDER BY 1, 3`,
  );
  const extensions = await db.query(`SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1`);
  return { columns, constraints, indexes, enums, extensions };
}

describe("the migrations and prisma/schema.prisma", () => {
  it("describe the same tables, columns, keys, indexes and enums", async () => {
    const [actual, expected] = await Promise.all([catalog(migrated.driver), catalog(fromSchema)]);
    expect(actual.columns).toEqual(expected.columns);
    expect(actual.constraints).toEqual(expected.constraints);
    expect(actual.enums).toEqual(expected.enums);
    expect(actual.extensions).toEqual(expected.extensions);
    expect(actual.indexes).toEqual(expected.indexes);
  });
});
