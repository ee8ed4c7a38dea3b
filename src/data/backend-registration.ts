// Registers a FastAPI endpoint's token with its backend and records the outcome on the endpoint.
// Best effort, as in Proxbox: the endpoint is already written and stays written whatever happens,
// so nothing here fails the mutation that wrote it.
import type { Database } from "../db/database.js";
import { notFoundError, type UserError } from "../domain/user-errors.js";
import { databaseIdOf } from "../schema/global-id.js";
import { secretSlot } from "../secrets/secret-box.js";
import { DETAIL_TABLE } from "./endpoint-writes.js";
import { newBackendToken } from "./kinds/fastapi.js";
import { registerBackendToken } from "../outbound/fastapi.js";
import type { OutboundOptions } from "../outbound/options.js";
import { loadTarget } from "../outbound/target.js";
import { fastapiToken } from "./credentials.js";
import { isRecordNotFound } from "../db/errors.js";

const UNEXPECTED = "The registration failed unexpectedly; rotateFastApiEndpointToken tries again.";

export async function registerAndRecord(db: Database, endpointId: number, options: OutboundOptions): Promise<void> {
  const prisma = db.prisma;
  const record = (status: "FAILED" | Awaited<ReturnType<typeof registerBackendToken>>["status"], message: string) =>
    prisma.fastapiEndpoint.updateMany({
      where: { endpointId },
      data: { registrationStatus: status, registrationMessage: message, registrationAt: new Date() },
    });
  try {
    const target = await loadTarget(prisma, endpointId);
    if (!target) return;
    const outcome = await registerBackendToken(target, await fastapiToken(db, endpointId), options);
    await record(outcome.status, outcome.message);
  } catch (error) {
    // Deleted meanwhile: there is nothing left to record on.
    if (isRecordNotFound(error)) return;
    await record("FAILED", UNEXPECTED).catch(() => undefined);
  }
}

const NOT_FOUND = { id: null, userErrors: [notFoundError("FastAPI endpoint")] };

/**
 * Replaces the backend token with a fresh one and registers it. An endpoint deleted meanwhile,
 * before or during the registration, is a NOT_FOUND, as if it had never been.
 */
export async function rotateBackendToken(
  db: Database,
  inputId: string,
  options: OutboundOptions,
): Promise<{ id: number | null; userErrors: UserError[] }> {
  const id = databaseIdOf(inputId, ["FastAPIEndpoint"]);
  if (id === null) return NOT_FOUND;
  const token = db.secrets.seal(newBackendToken(), secretSlot(DETAIL_TABLE.fastapi, "token", id));
  try {
    await db.prisma.endpoint.update({ where: { id, kind: "FASTAPI" }, data: { lastUpdated: new Date(), fastapi: { update: { token } } } });
  } catch (error) {
    if (isRecordNotFound(error)) return NOT_FOUND;
    throw error;
  }
  await registerAndRecord(db, id, options);
  return (await db.prisma.endpoint.count({ where: { id } })) ? { id, userErrors: [] } : NOT_FOUND;
}
