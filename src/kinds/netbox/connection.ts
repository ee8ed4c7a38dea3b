// Reaching a remote NetBox with the endpoint's token.
import type { DataContext } from "../../data/context.js";
import { openDetailSecret, openTokenPlaintext } from "../../data/credentials.js";
import type { Database } from "../../db/database.js";
import type { Target } from "../../outbound/target.js";
import type { CheckOutcome } from "../../outbound/upstreams.js";
import { netboxModel } from "./model.js";

/**
 * The Authorization header value for a NetBox endpoint, or null when it has no usable token. A
 * linked token is used only when it was made as a NetBox credential: an API token of this service
 * never leaves it, whatever the database says. A v1 secret is the remote NetBox's own v1 token.
 */
export async function netboxAuthorization(db: Database, endpointId: number): Promise<string | null> {
  const row = await db.prisma.netboxEndpoint.findUniqueOrThrow({
    where: { endpointId },
    select: { tokenVersion: true, tokenKey: true, tokenSecret: true, token: { select: { id: true, plaintext: true, purpose: true } } },
  });
  if (row.token) {
    const usable = row.token.purpose === "NETBOX_CREDENTIAL" && row.token.plaintext;
    return usable ? `Token ${openTokenPlaintext(db.secrets, row.token.id, row.token.plaintext!)}` : null;
  }
  const secret = openDetailSecret(db.secrets, netboxModel, "tokenSecret", endpointId, row.tokenSecret);
  if (!secret) return null;
  if (row.tokenVersion === "V1") return `Token ${secret}`;
  return row.tokenKey ? `Bearer nbt_${row.tokenKey}.${secret}` : null;
}

export async function checkNetboxConnection({ db, upstreams }: DataContext, target: Target): Promise<CheckOutcome> {
  return upstreams.netbox.check(target, await netboxAuthorization(db, target.id));
}
