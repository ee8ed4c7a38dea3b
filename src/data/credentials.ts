// The one place that reads stored secrets back, to authenticate to the systems behind endpoints.
// Nothing read here is ever returned to a client, except the FastAPI token, which the API shows.
import type { Database } from "../db/database.js";
import { secretSlot, type SecretBox } from "../secrets/secret-box.js";
import { DETAIL_TABLE } from "./endpoint-writes.js";

function openOrNull(box: SecretBox, sealed: string | null, table: string, column: string, id: number): string | null {
  return sealed === null ? null : box.open(sealed, secretSlot(table, column, id));
}

export interface ProxmoxCredentials {
  username: string;
  tokenName: string;
  tokenValue: string | null;
  password: string | null;
}

export async function proxmoxCredentials(db: Database, endpointId: number): Promise<ProxmoxCredentials> {
  const row = await db.prisma.proxmoxEndpoint.findUniqueOrThrow({
    where: { endpointId },
    select: { username: true, tokenName: true, tokenValue: true, password: true },
  });
  const table = DETAIL_TABLE.proxmox;
  return {
    username: row.username,
    tokenName: row.tokenName,
    tokenValue: openOrNull(db.secrets, row.tokenValue, table, "tokenValue", endpointId),
    password: openOrNull(db.secrets, row.password, table, "password", endpointId),
  };
}

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
  const secret = openOrNull(db.secrets, row.tokenSecret, DETAIL_TABLE.netbox, "tokenSecret", endpointId);
  if (!secret) return null;
  if (row.tokenVersion === "V1") return `Token ${secret}`;
  return row.tokenKey ? `Bearer nbt_${row.tokenKey}.${secret}` : null;
}

export function openFastapiToken(box: SecretBox, endpointId: number, sealed: string): string {
  return box.open(sealed, secretSlot(DETAIL_TABLE.fastapi, "token", endpointId));
}

export async function fastapiToken(db: Database, endpointId: number): Promise<string> {
  const row = await db.prisma.fastapiEndpoint.findUniqueOrThrow({ where: { endpointId }, select: { token: true } });
  return openFastapiToken(db.secrets, endpointId, row.token);
}

export function sealTokenPlaintext(box: SecretBox, tokenId: number, plaintext: string): string {
  return box.seal(plaintext, secretSlot("token", "plaintext", tokenId));
}

export function openTokenPlaintext(box: SecretBox, tokenId: number, sealed: string): string {
  return box.open(sealed, secretSlot("token", "plaintext", tokenId));
}
