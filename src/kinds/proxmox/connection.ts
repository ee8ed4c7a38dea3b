// Reaching a Proxmox VE server with the endpoint's stored credentials.
import { openDetailSecret } from "../../data/credentials.js";
import type { DataContext } from "../../data/context.js";
import type { Database } from "../../db/database.js";
import type { ProxmoxCredentials } from "../../outbound/proxmox.js";
import type { Target } from "../../outbound/target.js";
import type { CheckOutcome } from "../../outbound/upstreams.js";
import { proxmoxModel } from "./model.js";

export async function proxmoxCredentials(db: Database, endpointId: number): Promise<ProxmoxCredentials> {
  const row = await db.prisma.proxmoxEndpoint.findUniqueOrThrow({
    where: { endpointId },
    select: { username: true, tokenName: true, tokenValue: true, password: true },
  });
  return {
    username: row.username,
    tokenName: row.tokenName,
    tokenValue: openDetailSecret(db.secrets, proxmoxModel, "tokenValue", endpointId, row.tokenValue),
    password: openDetailSecret(db.secrets, proxmoxModel, "password", endpointId, row.password),
  };
}

export async function checkProxmoxConnection({ db, upstreams }: DataContext, target: Target): Promise<CheckOutcome> {
  return upstreams.proxmox.check(target, await proxmoxCredentials(db, target.id));
}
