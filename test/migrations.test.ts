// Migrations are applied in order, once, and recorded the way Prisma records them, so that
// `prisma migrate status` elsewhere agrees with what this service did.
import { createHash } from "node:crypto";
import { cp, mkdtemp, rm, writeFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, MIGRATIONS_DIR, readMigrations } from "../src/db/migrate.js";
import { openTestDatabase } from "./support/service.js";
import type { Database } from "../src/db/database.js";

let db: Database;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ db, dispose } = await openTestDatabase());
});
afterAll(async () => {
  await dispose?.();
});

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

describe("migrations", () => {
  it("records every migration in _prisma_migrations with its sha256 checksum", async () => {
    const onDisk = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
    const names = onDisk
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const rows = await db.driver.query<MigrationRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const migration of await readMigrations()) {
      const row = rows.find((candidate) => candidate.migration_name === migration.name)!;
      expect(row.checksum).toBe(createHash("sha256").update(migration.sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("applies nothing the second time", async () => {
    expect(await migrate(db.driver)).toEqual([]);
  });

  it("refuses to go on when an applied migration was edited afterwards", async () => {
    const dir = await mkdtemp(join(tmpdir(), "proxbox-migrations-"));
    try {
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      const [first] = await readMigrations(dir);
      await writeFile(join(dir, first!.name, "migration.sql"), `${first!.sql}\n-- edited\n`);
      await expect(migrate(db.driver, dir)).rejects.toThrow(/changed after it was applied/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("applies a new migration in a transaction: a failing one leaves no trace", async () => {
    const dir = await mkdtemp(join(tmpdir(), "proxbox-migrations-"));
    try {
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      const name = "29991231000000_broken";
      await cp(join(dir, (await readMigrations(dir))[0]!.name), join(dir, name), { recursive: true });
      await writeFile(join(dir, name, "migration.sql"), 'CREATE TABLE "half_done" (id int);\nSELECT no_such_function();\n');
      await expect(migrate(db.driver, dir)).rejects.toThrow();
      const tables = await db.driver.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`);
      expect(tables).toEqual([]);
      const recorded = await db.driver.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [name]);
      expect(recorded).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("puts the rules in the database as well", async () => {
    const insert = (port: number) =>
      db.driver.query(`INSERT INTO endpoint (kind, name, domain, port, verify_ssl) VALUES ('PROXMOX', $1, 'pve', $2, false)`, [
        `raw-${port}`,
        port,
      ]);
    await expect(insert(0)).rejects.toThrow();
    await expect(insert(65536)).rejects.toThrow();
    await insert(8006);
    await expect(insert(8006)).rejects.toThrow(); // name unique per kind
    await expect(
      db.driver.query(`INSERT INTO endpoint (kind, name, port, verify_ssl) VALUES ('NETBOX', 'no-host', 443, true)`),
    ).rejects.toThrow();
  });
});
