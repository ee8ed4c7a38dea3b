// On PostgreSQL, Prisma's statements are prepared once per connection (planned once), except
// pattern matches, whose plan depends on the pattern.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../src/db/database.js";
import { createTestDatabase } from "./support/postgres.js";
import { databaseKind, testKey } from "./support/service.js";

describe.runIf(databaseKind === "postgres")("prepared statements", () => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await createTestDatabase();
    drop = created.drop;
    db = await openDatabase({ kind: "postgres", url: created.url }, { key: testKey() });
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it("prepares Prisma's statements under a name, but not a pattern match", async () => {
    // In one transaction, so on one connection: the statements it prepared are the ones it lists.
    const prepared = await db.prisma.$transaction(async (tx) => {
      for (let round = 0; round < 2; round++) {
        await tx.endpoint.findMany({ where: { port: 8006 }, take: 5 });
        await tx.endpoint.findMany({ where: { name: { contains: "pve", mode: "insensitive" } }, take: 5 });
      }
      return tx.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;
    });
    const endpointStatements = prepared.filter((row) => row.statement.includes('"endpoint"'));
    expect(endpointStatements.map((row) => row.name.startsWith("proxbox_"))).toEqual([true]);
    expect(endpointStatements[0]!.statement).not.toMatch(/ILIKE/);
  });
});
