// The outbox of backend synchronisation: what each Proxbox backend (a FastAPI endpoint) is still to
// be told. Rows are written in the transaction of the endpoint's change, so that a change that is
// committed is also due for delivery, and a change that is rolled back is not. One row per
// (backend, endpoint): a newer change replaces a pending one (its version rises), so a backend
// always ends with the endpoint's latest state, and never sees an older one after a newer one.
import type { Database } from "../db/database.js";
import type { EndpointKind } from "../generated/prisma/enums.js";

/** What can write the outbox: the client, or the transaction of an endpoint's change. */
export interface OutboxWriter {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<number>;
}

/** The kinds a backend keeps a copy of. */
export const PUSHED_KINDS = ["PROXMOX", "NETBOX"] as const satisfies readonly EndpointKind[];
export type PushedKind = (typeof PUSHED_KINDS)[number];

export function isPushedKind(kind: EndpointKind): kind is PushedKind {
  return (PUSHED_KINDS as readonly string[]).includes(kind);
}

// A disabled backend is queued nothing, and the deliverer leaves what it has queued until it is
// enabled again (an update of a FastAPI endpoint queues every endpoint for it anew). A disabled
// Proxmox or NetBox endpoint is still queued: the deliverer then removes it from the backend
// (src/sync/payloads.ts answers no payload for it).

/**
 * After a change of an endpoint (Proxmox or NetBox): every backend is due to receive it. A FastAPI
 * endpoint's own change goes through enqueueForBackend instead.
 */
export async function enqueueEndpoint(writer: OutboxWriter, endpointId: number, kind: EndpointKind, deleted: boolean): Promise<void> {
  if (!isPushedKind(kind)) return;
  const operation = deleted ? "DELETE" : "UPSERT";
  await writer.$executeRaw`
    INSERT INTO "backend_outbox" ("backend_id", "endpoint_id", "endpoint_ref", "endpoint_kind", "operation", "state", "next_attempt_at")
    SELECT b."endpoint_id", ${endpointId}, ${deleted ? null : endpointId}::int, ${kind}::"EndpointKind",
      ${operation}::"BackendSyncOperation", 'PENDING', now()
    FROM "fastapi_endpoint" b JOIN "endpoint" e ON e."id" = b."endpoint_id"
    WHERE e."enabled"
    ON CONFLICT ("backend_id", "endpoint_id") DO UPDATE SET
      "endpoint_ref" = EXCLUDED."endpoint_ref", "operation" = EXCLUDED."operation", "state" = 'PENDING', "attempts" = 0,
      "next_attempt_at" = now(), "version" = "backend_outbox"."version" + 1`;
}

/**
 * After a backend is created, or moved, or given a new key: it is due to receive every endpoint
 * again. Endpoints it has and this service does not are found by reconciliation.
 */
export async function enqueueForBackend(writer: OutboxWriter, backendId: number): Promise<void> {
  await writer.$executeRaw`
    INSERT INTO "backend_outbox" ("backend_id", "endpoint_id", "endpoint_ref", "endpoint_kind", "operation", "state", "next_attempt_at")
    SELECT ${backendId}, e."id", e."id", e."kind", 'UPSERT', 'PENDING', now()
    FROM "endpoint" e WHERE e."kind" IN ('PROXMOX', 'NETBOX')
      AND EXISTS (SELECT 1 FROM "endpoint" b WHERE b."id" = ${backendId} AND b."enabled")
    ON CONFLICT ("backend_id", "endpoint_id") DO UPDATE SET
      "endpoint_ref" = EXCLUDED."endpoint_ref", "operation" = EXCLUDED."operation", "state" = 'PENDING', "attempts" = 0,
      "next_attempt_at" = now(), "version" = "backend_outbox"."version" + 1`;
}

/** Queues these endpoints (Proxmox or NetBox) for one backend: reconciliation's repairs. */
export async function enqueueForEndpoints(writer: OutboxWriter, backendId: number, endpointIds: readonly number[]): Promise<void> {
  for (const endpointId of endpointIds) {
    await writer.$executeRaw`
      INSERT INTO "backend_outbox" ("backend_id", "endpoint_id", "endpoint_ref", "endpoint_kind", "operation", "state", "next_attempt_at")
      SELECT ${backendId}, e."id", e."id", e."kind", 'UPSERT', 'PENDING', now()
      FROM "endpoint" e WHERE e."id" = ${endpointId} AND e."kind" IN ('PROXMOX', 'NETBOX')
      ON CONFLICT ("backend_id", "endpoint_id") DO UPDATE SET
        "endpoint_ref" = EXCLUDED."endpoint_ref", "operation" = EXCLUDED."operation", "state" = 'PENDING', "attempts" = 0,
        "next_attempt_at" = now(), "version" = "backend_outbox"."version" + 1`;
  }
}

/** The change of one endpoint of any kind, as the outbox records it. */
export function enqueueChange(writer: OutboxWriter, endpointId: number, kind: EndpointKind, deleted: boolean): Promise<void> {
  if (kind === "FASTAPI") return deleted ? Promise.resolve() : enqueueForBackend(writer, endpointId);
  return enqueueEndpoint(writer, endpointId, kind, deleted);
}

// Deliverers of this process wait on their database's listeners; a write wakes them at once
// rather than at their next timer.
const listeners = new WeakMap<Database, Set<() => void>>();

/** Tells this process's deliverers on `db` that rows are due. */
export function outboxWritten(db: Database): void {
  for (const listener of listeners.get(db) ?? []) listener();
}

/** Calls `listener` after each outbox write on `db` in this process; returns the unsubscribe. */
export function onOutboxWritten(db: Database, listener: () => void): () => void {
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(listener);
  return () => void set.delete(listener);
}
