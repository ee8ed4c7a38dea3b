// On PostgreSQL, Prisma's statements are prepared once per connection (planned once), except
// pattern matches, whose plan depends on the pattern.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../src/db/database.js";
import { createTestDatabase } from "./support/postgres.js";
import { databaseKind, testKey } from "./support/service.js";

/** What one connection prepared after two rounds of a plain list and a pattern match. */
function preparedBy(db: Database) {
  // In one transaction, so on one connection: the statements it prepared are the ones it lists.
  return db.prisma.$transaction(async (tx) => {
    for (let round = 0; round < 2; round++) {
      await tx.endpoint.findMany({ where: { port: 8006 }, take: 5 });
      await tx.endpoint.findMany({ where: { name: { contains: "pve", mode: "insensitive" } }, take: 5 });
    }
    return tx.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;
  });
}

describe.runIf(databaseKind === "postgres")("prepared statements", () => {
  let url: string;
  let drop: () => Promise<void>;
  const opened: Database[] = [];
  const key = testKey();
  beforeAll(async () => {
    ({ url, drop } = await createTestDatabase());
  });
  afterAll(async () => {
    for (const db of opened) await db.close();
    await drop?.();
  });
  const open = async (preparedStatements?: boolean) => {
    const db = await openDatabase({ kind: "postgres", url }, { key, preparedStatements });
    opened.push(db);
    return db;
  };

  it("prepares Prisma's statements under a name, but not a pattern match", async () => {
    const prepared = await preparedBy(await open());
    const endpointStatements = prepared.filter((row) => row.statement.includes('"endpoint"'));
    expect(endpointStatements.map((row) => row.name.startsWith("proxbox_"))).toEqual([true]);
    expect(endpointStatements[0]!.statement).not.toMatch(/ILIKE/);
  });

  it("prepares none with PROXBOX_DB_PREPARED_STATEMENTS=off", async () => {
    expect(await preparedBy(await open(false))).toEqual([]);
  });
});
