// The one place that reads stored secrets back, to authenticate to the systems behind endpoints.
// Nothing read here is ever returned to a client.
import type { Prisma } from "../db/database.js";

export interface ProxmoxCredentials {
  username: string;
  tokenName: string;
  tokenValue: string | null;
  password: string | null;
}

export async function proxmoxCredentials(prisma: Prisma, endpointId: number): Promise<ProxmoxCredentials> {
  const row = await prisma.proxmoxEndpoint.findUniqueOrThrow({
    where: { endpointId },
    select: { username: true, tokenName: true, tokenValue: true, password: true },
  });
  return row;
}

/** The Authorization header value for a NetBox endpoint, or null when it has no usable token. */
export async function netboxAuthorization(prisma: Prisma, endpointId: number): Promise<string | null> {
  const row = await prisma.netboxEndpoint.findUniqueOrThrow({
    where: { endpointId },
    select: { tokenVersion: true, tokenKey: true, tokenSecret: true, token: { select: { plaintext: true } } },
  });
  if (row.token?.plaintext) return `Token ${row.token.plaintext}`;
  if (row.tokenVersion === "V2" && row.tokenKey && row.tokenSecret) return `Bearer nbt_${row.tokenKey}.${row.tokenSecret}`;
  return null;
}

export async function fastapiToken(prisma: Prisma, endpointId: number): Promise<string> {
  const row = await prisma.fastapiEndpoint.findUniqueOrThrow({ where: { endpointId }, select: { token: true } });
  return row.token;
}
