// reconcileBackend and its input and payload: a backend's copy of the endpoints compared with this
// service's, and the drift repaired (src/sync/reconcile.ts).
import { builder } from "../builder.js";
import { encodeGlobalId, referenceOf } from "../domain/global-id.js";
import { KIND_TYPENAME } from "../kinds/models.js";
import { fastapiModel } from "../kinds/fastapi/model.js";
import { type QueuedEndpoint, reconcileBackend, type ReconcileResult } from "../sync/reconcile.js";
import { UserErrorRef } from "./user-error.js";

const ReconcileBackendInput = builder.inputType("ReconcileBackendInput", {
  description: "The backend to reconcile.",
  fields: (t) => ({ backendId: t.id({ required: true, description: "Global ID of the FastAPIEndpoint." }) }),
});

const globalIdsOf = (endpoints: QueuedEndpoint[]) => endpoints.map(({ id, kind }) => encodeGlobalId(KIND_TYPENAME[kind], id));

const ReconcileBackendPayload = builder.objectRef<ReconcileResult>("ReconcileBackendPayload").implement({
  description:
    "What reconciliation did. Endpoints to push are queued for delivery (their backendSync says when they arrive); rows to remove were removed.",
  fields: (t) => ({
    backendId: t.id({
      nullable: true,
      description: "Global ID of the backend; null when the input named none.",
      resolve: (result) => (result.backendId === null ? null : encodeGlobalId(fastapiModel.typename, result.backendId)),
    }),
    missingIds: t.idList({ description: "Endpoints the backend did not have: queued.", resolve: (result) => globalIdsOf(result.missing) }),
    staleIds: t.idList({
      description:
        "Endpoints the backend had with other fields, twice, or not known to be in step (after a key rotation, a failure): queued.",
      resolve: (result) => globalIdsOf(result.stale),
    }),
    removedNames: t.stringList({
      description: "The backend's rows whose (nb:<id>) suffix names no endpoint here: removed there.",
      resolve: (result) => result.removed,
    }),
    inStepCount: t.int({ description: "Endpoints the backend has as they are here.", resolve: (result) => result.inStep }),
    userErrors: t.field({
      type: [UserErrorRef],
      description: "What could not be compared or repaired (the backend unreachable, its key refused).",
      resolve: (result) => result.userErrors,
    }),
  }),
});

builder.mutationField("reconcileBackend", (t) =>
  t.field({
    type: ReconcileBackendPayload,
    description:
      "Compare a Proxbox backend's endpoints with this service's by their (nb:<id>) suffix and repair the drift: push what is missing or stale there, remove there what was deleted here.",
    args: { input: t.arg({ type: ReconcileBackendInput, required: true, description: "The backend." }) },
    resolve: (_root, { input }, context) => reconcileBackend(context, referenceOf(input.backendId, fastapiModel.typename)),
  }),
);
