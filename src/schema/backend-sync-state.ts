// BackendSyncState: where a Proxmox or NetBox endpoint stands with one Proxbox backend, read from
// the outbox row of that pair (src/data/backend-outbox.ts).
import { builder } from "../builder.js";
import { BackendSyncStatus } from "../generated/prisma/enums.js";
import { FastAPIEndpoint } from "../kinds/fastapi/schema.js";

const BackendSyncStatusEnum = builder.enumType("BackendSyncStatus", {
  description: "Where an endpoint stands with a backend.",
  values: {
    IN_STEP: { value: BackendSyncStatus.IN_STEP, description: "The backend has the endpoint as it was at the last delivery." },
    PENDING: { value: BackendSyncStatus.PENDING, description: "A change waits for its delivery." },
    FAILED: {
      value: BackendSyncStatus.FAILED,
      description: "The last delivery failed (lastError says why); it is tried again, backing off up to 5 minutes.",
    },
  } as const,
});

export const BackendSyncState = builder.prismaObject("BackendOutbox", {
  description: "An endpoint's synchronisation with one Proxbox backend (a FastAPI endpoint).",
  fields: (t) => ({
    backend: t.relation("backend", { type: FastAPIEndpoint, description: "The backend." }),
    state: t.field({ type: BackendSyncStatusEnum, description: "IN_STEP, PENDING or FAILED.", resolve: (row) => row.state }),
    lastError: t.exposeString("lastError", {
      nullable: true,
      description: "Why the last delivery failed; null after a success. Never holds a secret.",
    }),
    lastAttemptAt: t.expose("lastAttemptAt", { type: "DateTime", nullable: true, description: "When a delivery was last attempted." }),
    syncedAt: t.expose("syncedAt", { type: "DateTime", nullable: true, description: "When the backend last received the endpoint." }),
    attempts: t.exposeInt("attempts", { description: "Failed attempts since the last change or success." }),
    backendId: t.exposeInt("remoteId", { nullable: true, description: "The endpoint's id in the backend, once known." }),
  }),
});

/** The backendSync field of the kinds a backend keeps a copy of. */
export const backendSyncDescription =
  "Where this endpoint stands with each Proxbox backend (FastAPI endpoint): in step, pending or failed with the last error.";
