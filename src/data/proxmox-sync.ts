// syncProxmoxEndpoint: read version, repoid and mode from the Proxmox API and store them. The
// endpoint may be deleted while Proxmox answers; that is a NOT_FOUND, as if it had never been.
import type { Database } from "../db/database.js";
import { isRecordNotFound } from "../db/errors.js";
import { notFoundError, type UserError } from "../domain/user-errors.js";
import { OutboundError } from "../outbound/http-request.js";
import type { OutboundOptions } from "../outbound/options.js";
import { readProxmoxFacts } from "../outbound/proxmox.js";
import { loadTarget } from "../outbound/target.js";
import { outboundUserError } from "../outbound/user-errors.js";
import { databaseIdOf } from "../schema/global-id.js";
import { proxmoxCredentials } from "./credentials.js";

const NOT_FOUND = { id: null, userErrors: [notFoundError("Proxmox endpoint")] };

export async function syncProxmoxEndpoint(
  db: Database,
  inputId: string,
  options: OutboundOptions,
): Promise<{ id: number | null; userErrors: UserError[] }> {
  const prisma = db.prisma;
  const id = databaseIdOf(inputId, ["ProxmoxEndpoint"]);
  const target = id === null ? null : await loadTarget(prisma, id);
  if (!target || target.kind !== "PROXMOX") return NOT_FOUND;
  try {
    const facts = await readProxmoxFacts(target, await proxmoxCredentials(db, target.id), options);
    await prisma.endpoint.update({
      where: { id: target.id, kind: "PROXMOX" },
      data: { lastUpdated: new Date(), proxmox: { update: facts } },
    });
    return { id: target.id, userErrors: [] };
  } catch (error) {
    if (error instanceof OutboundError) return { id: null, userErrors: [outboundUserError(error)] };
    if (isRecordNotFound(error)) return NOT_FOUND;
    throw error;
  }
}
