// Finds the token a request presents. Unknown, malformed and expired tokens all fail the same way,
// and a v2 key that does not exist still costs a digest comparison, so that a failure tells nothing
// about which tokens exist.
import type { Prisma } from "../db/database.js";
import { digestMatches, digestOf, isExpired, parseAuthorization, type Viewer } from "./tokens.js";

/** lastUsed is written at most this often per token, as NetBox does, to keep reads read-only. */
const LAST_USED_RESOLUTION_MS = 60_000;

export async function authenticate(prisma: Prisma, authorization: string | null, now = new Date()): Promise<Viewer | null> {
  const presented = parseAuthorization(authorization);
  if (!presented) return null;

  const omit = { plaintext: true, digest: true } as const;
  let token: Viewer | null;
  if (presented.version === "V1") {
    token = await prisma.token.findUnique({ where: { digest: digestOf(presented.plaintext) }, omit });
    if (token?.version !== "V1") token = null;
  } else {
    const row = await prisma.token.findUnique({ where: { key: presented.key }, omit: { plaintext: true } });
    const valid = digestMatches(presented.secret, row?.version === "V2" ? row.digest : null);
    token = valid && row ? (({ digest: _digest, ...viewer }) => viewer)(row) : null;
  }
  if (!token || isExpired(token, now)) return null;

  if (!token.lastUsed || now.getTime() - token.lastUsed.getTime() >= LAST_USED_RESOLUTION_MS) {
    await prisma.token.update({ where: { id: token.id }, data: { lastUsed: now } });
    token = { ...token, lastUsed: now };
  }
  return token;
}
