// Reaching the Proxbox FastAPI backend, and reading the token the service generated for it.
import type { DataContext } from "../../data/context.js";
import { openDetailSecret } from "../../data/credentials.js";
import type { Database } from "../../db/database.js";
import type { SecretBox } from "../../secrets/secret-box.js";
import type { Target } from "../../outbound/target.js";
import type { CheckOutcome } from "../../outbound/upstreams.js";
import { fastapiModel } from "./model.js";

export function openFastapiToken(box: SecretBox, endpointId: number, sealed: string): string {
  return openDetailSecret(box, fastapiModel, "token", endpointId, sealed)!;
}

export async function fastapiToken(db: Database, endpointId: number): Promise<string> {
  const row = await db.prisma.fastapiEndpoint.findUniqueOrThrow({ where: { endpointId }, select: { token: true } });
  return openFastapiToken(db.secrets, endpointId, row.token);
}

/** Authenticated with the stored key: bootstrap-status would answer whether the key works or not. */
export async function checkFastapiConnection({ db, upstreams }: DataContext, target: Target): Promise<CheckOutcome> {
  return upstreams.fastapi.check(target, await fastapiToken(db, target.id));
}
