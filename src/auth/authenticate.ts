// Finds the token a request presents. Unknown, malformed and expired tokens all fail the same way,
// and a v2 key that does not exist still costs a digest comparison, so that a failure tells nothing
// about which tokens exist.
//
// Only API tokens authenticate: a NetBox credential token, whose plaintext a NetBox endpoint sends
// to a remote NetBox, is never accepted here, and is refused like an unknown token.
//
// Every request runs this, so it is one fixed, hand-written statement on the driver rather than a
// Prisma query: Prisma's client compiles each query anew, which costs more than the lookup itself.
import type { SqlRunner } from "../db/driver.js";
import { digestMatches, digestOf, isExpired, parseAuthorization, type Viewer } from "./token-format.js";

/** lastUsed is written at most this often per token, as NetBox does, to keep reads read-only. */
const LAST_USED_RESOLUTION_MS = 60_000;

const COLUMNS = `id, version::text AS version, purpose::text AS purpose, key, digest, hint, description, write_enabled AS "writeEnabled", expires,
  last_used AS "lastUsed", created`;
const BY_DIGEST = `SELECT ${COLUMNS} FROM token WHERE digest = $1 AND purpose = 'API'`;
const BY_KEY = `SELECT ${COLUMNS} FROM token WHERE key = $1 AND purpose = 'API'`;

type TokenRow = Viewer & { digest: string };

export async function authenticate(sql: SqlRunner, authorization: string | null, now = new Date()): Promise<Viewer | null> {
  const presented = parseAuthorization(authorization);
  if (!presented) return null;

  let row: TokenRow | undefined;
  let valid: boolean;
  if (presented.version === "V1") {
    [row] = await sql.query<TokenRow>(BY_DIGEST, [digestOf(presented.plaintext)]);
    valid = row?.version === "V1";
  } else {
    [row] = await sql.query<TokenRow>(BY_KEY, [presented.key]);
    valid = digestMatches(presented.secret, row?.version === "V2" ? row.digest : null);
  }
  if (!row || !valid) return null;
  const { digest: _digest, ...token } = row;
  if (isExpired(token, now)) return null;

  if (!token.lastUsed || now.getTime() - token.lastUsed.getTime() >= LAST_USED_RESOLUTION_MS) {
    await sql.query(`UPDATE token SET last_used = $1 WHERE id = $2`, [now, token.id]);
    return { ...token, lastUsed: now };
  }
  return token;
}
