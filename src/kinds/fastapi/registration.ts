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
import { OutboundError } from "../../outbound/http-request.js";
import { outboundUserError } from "../../outbound/user-errors.js";
import { fastapiToken } from "./connection.js";
import { fastapiModel } from "./model.js";

const DISABLED = "The endpoint is disabled, so its token was not registered; it is registered when the endpoint is enabled again.";
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
    if (!target.enabled) {
      await record("SKIPPED", DISABLED);
      return;
    }
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
 * Replaces the backend key with a new one, fail-closed: the new key is stored only once the
 * backend proved it accepts it (GET /auth/keys with it); otherwise the stored key stays, and a
 * userError says why. An endpoint deleted meanwhile, before or during the exchange, is a
 * NOT_FOUND, as if it had never been.
 */
export async function rotateBackendToken(context: DataContext, id: number): Promise<{ id: number | null; userErrors: UserError[] }> {
  const { db, upstreams } = context;
  const prisma = db.prisma;
  const target = await loadTarget(prisma, id);
  if (!target || target.kind !== "FASTAPI") return NOT_FOUND;
  try {
    const adopted = await upstreams.fastapi.adoptKey(target, await fastapiToken(db, id), newBackendToken());
    const token = sealDetailSecret(db.secrets, fastapiModel, "token", id, adopted.key);
    const registration = { registrationStatus: "REGISTERED" as const, registrationMessage: adopted.message, registrationAt: new Date() };
    // Every endpoint is sent again with the new key (what the backend has may predate it).
    await prisma.$transaction(async (tx) => {
      await tx.endpoint.update({
        where: { id, kind: "FASTAPI" },
        data: { lastUpdated: new Date(), fastapi: { update: { token, ...registration } } },
      });
      await enqueueForBackend(tx, id);
    });
    outboxWritten(db);
    return { id, userErrors: [] };
  } catch (error) {
    if (error instanceof OutboundError) {
      const refusal = outboundUserError(error);
      return { id: null, userErrors: [{ ...refusal, message: `${refusal.message} The stored key was kept.` }] };
    }
    if (isRecordNotFound(error)) return NOT_FOUND;
    throw error;
  }
}
