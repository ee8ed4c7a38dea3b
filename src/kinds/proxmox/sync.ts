// syncProxmoxEndpoint: read version, repoid and mode from the Proxmox API and store them. The
// endpoint may be deleted while Proxmox answers; that is a NOT_FOUND, as if it had never been.
import type { DataContext } from "../../data/context.js";
import { loadTarget } from "../../data/targets.js";
import { isRecordNotFound } from "../../db/errors.js";
import { disabledError, notFoundError, type UserError } from "../../domain/user-errors.js";
import { OutboundError } from "../../outbound/http-request.js";
import { outboundUserError } from "../../outbound/user-errors.js";
import { proxmoxCredentials } from "./connection.js";
import { proxmoxModel } from "./model.js";

const NOT_FOUND = { id: null, userErrors: [notFoundError(proxmoxModel.label)] };

export async function syncProxmoxEndpoint(
  { db, upstreams }: DataContext,
  id: number,
): Promise<{ id: number | null; userErrors: UserError[] }> {
  const prisma = db.prisma;
  const target = await loadTarget(prisma, id);
  if (!target || target.kind !== "PROXMOX") return NOT_FOUND;
  if (!target.enabled) return { id: null, userErrors: [disabledError(proxmoxModel.label, "synced")] };
  try {
    const facts = await upstreams.proxmox.readFacts(target, await proxmoxCredentials(db, target.id));
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
