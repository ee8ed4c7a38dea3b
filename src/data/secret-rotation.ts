// Re-encrypts every stored secret under a new key, in one transaction: either all of them move to
// the new key, or none does.
import type { SqlRunner } from "../db/driver.js";
import type { Database } from "../db/database.js";
import { SEALED_DETAIL_COLUMNS } from "../kinds/models.js";
import { sealKeyCheck } from "../secrets/key-check.js";
import { type SecretBox, secretSlot } from "../secrets/secret-box.js";

/** Every sealed column: its table, its row id column, and the field name its slot uses. */
const SEALED_COLUMNS = [
  ...SEALED_DETAIL_COLUMNS.map((sealed) => ({ ...sealed, id: "endpoint_id" })),
  { table: "token", id: "id", column: "plaintext", field: "plaintext" },
] as const;

async function reseal(tx: SqlRunner, from: SecretBox, to: SecretBox): Promise<number> {
  let count = 0;
  for (const { table, id, column, field } of SEALED_COLUMNS) {
    const rows = await tx.query<{ id: number; sealed: string }>(
      `SELECT "${id}" AS id, "${column}" AS sealed FROM "${table}" WHERE "${column}" IS NOT NULL FOR UPDATE`,
    );
    for (const row of rows) {
      const slot = secretSlot(table, field, row.id);
      await tx.query(`UPDATE "${table}" SET "${column}" = $1 WHERE "${id}" = $2`, [to.seal(from.open(row.sealed, slot), slot), row.id]);
      count++;
    }
  }
  await tx.query(`UPDATE "secret_key_check" SET sealed = $1 WHERE id = 1`, [sealKeyCheck(to)]);
  return count;
}

/** Returns how many secrets were re-encrypted. The database's own box keeps the old key. */
export function rotateSecrets(db: Database, to: SecretBox): Promise<number> {
  return db.driver.transaction((tx) => reseal(tx, db.secrets, to));
}
