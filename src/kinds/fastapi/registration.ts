// Registers a FastAPI endpoint's token with its backend and records the outcome on the endpoint.
// Best effort, as in Proxbox: the endpoint is already written and stays written whatever happens,
// so nothing here fails the mutation that wrote it.
import { randomBytes } from "node:crypto";
import type { DataContext } from "../../data/context.js";
import { sealDetailSecret } from "../../data/credentials.js";
import { enqueueForBackend, outboxWritten } from "../../data/backend-outbox.js";
import { loadTarget } from "../../data/targets.js";
import { isRecordNotFound } from "../../db/errors.js";
import { notFoundError, type UserError } from "../../domain/user-errors.js";
import type { RegistrationOutcome } from "../../outbound/fastapi.js";
import { fastapiToken } from "./connection.js";
import { fastapiModel } from "./model.js";

const UNEXPECTED = "The registration failed unexpectedly; rotateFastApiEndpointToken tries again.";

/** What Python's secrets.token_urlsafe(48) gives: 48 random bytes, 64 base64url characters. */
export function newBackendToken(): string {
  return randomBytes(48).toString("base64url");
}

export async function registerAndRecord({ db, upstreams }: DataContext, endpointId: number): Promise<void> {
  const prisma = db.prisma;
  const record = (status: "FAILED" | RegistrationOutcome["status"], message: string) =>
    prisma.fastapiEndpoint.updateMany({
      where: { endpointId },
      data: { registrationStatus: status, registrationMessage: message, registrationAt: new Date() },
    });
  try {
    const target = await loadTarget(prisma, endpointId);
    if (!target) return;
    const outcome = await upstreams.fastapi.registerToken(target, await fastapiToken(db, endpointId));
    await record(outcome.status, outcome.message);
  } catch (error) {
    // Deleted meanwhile: there is nothing left to record on.
    if (isRecordNotFound(error)) return;
    await record("FAILED", UNEXPECTED).catch(() => undefined);
  }
}

const NOT_FOUND = { id: null, userErrors: [notFoundError(fastapiModel.label)] };

/**
 * Replaces the backend token with a fresh one and registers it. An endpoint deleted meanwhile,
 * before or during the registration, is a NOT_FOUND, as if it had never been.
 */
export async function rotateBackendToken(context: DataContext, id: number): Promise<{ id: number | null; userErrors: UserError[] }> {
  const { db } = context;
  const token = sealDetailSecret(db.secrets, fastapiModel, "token", id, newBackendToken());
  try {
    // Every endpoint is sent again with the new key (what the backend has may predate it).
    await db.prisma.$transaction(async (tx) => {
      await tx.endpoint.update({ where: { id, kind: "FASTAPI" }, data: { lastUpdated: new Date(), fastapi: { update: { token } } } });
      await enqueueForBackend(tx, id);
    });
  } catch (error) {
    if (isRecordNotFound(error)) return NOT_FOUND;
    throw error;
  }
  await registerAndRecord(context, id);
  outboxWritten(db);
  return (await db.prisma.endpoint.count({ where: { id } })) ? { id, userErrors: [] } : NOT_FOUND;
}
