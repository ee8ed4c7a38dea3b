// The token check both reference servers (the floor and PostGraphile) run on every request, as the
// service does: the v1 plaintext of `Authorization: Token <plaintext>` looked up by its SHA-256
// digest, refused when unknown or expired. It is part of each request's work, so nothing caches it.
import { digestOf, isExpired, parseAuthorization } from "../../src/auth/token-format.js";
import type { FloorDb } from "./floor-queries.js";

export async function tokenViewer(db: FloorDb, authorization: string | undefined): Promise<{ writeEnabled: boolean } | null> {
  const presented = parseAuthorization(authorization ?? null);
  if (presented?.version !== "V1") return null;
  const [row] = await db.query<{ write_enabled: boolean; expires: Date | null }>(
    `SELECT write_enabled, expires FROM token WHERE digest = $1 AND version = 'V1'`,
    [digestOf(presented.plaintext)],
  );
  if (!row || isExpired({ expires: row.expires === null ? null : new Date(row.expires) }, new Date())) return null;
  return { writeEnabled: row.write_enabled };
}
