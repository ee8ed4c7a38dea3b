// Registers a FastAPI endpoint's token with its backend and records the outcome on the endpoint.
// Best effort, as in Proxbox: the endpoint is already written and stays written whatever happens.
import type { Database } from "../db/database.js";
import { registerBackendToken } from "../outbound/fastapi.js";
import type { OutboundOptions } from "../outbound/options.js";
import { loadTarget } from "../outbound/target.js";
import { fastapiToken } from "./credentials.js";

export async function registerAndRecord(db: Database, endpointId: number, options: OutboundOptions): Promise<void> {
  const prisma = db.prisma;
  const target = await loadTarget(prisma, endpointId);
  if (!target) return;
  const outcome = await registerBackendToken(target, await fastapiToken(db, endpointId), options);
  await prisma.fastapiEndpoint.updateMany({
    where: { endpointId },
    data: { registrationStatus: outcome.status, registrationMessage: outcome.message, registrationAt: new Date() },
  });
}
