// Reconciling a backend: its copy of the endpoints compared with this service's, by the
// `(nb:<id>)` suffix, and the drift repaired. A row there whose suffix names no endpoint here
// (deleted here while the backend was away, or by hand there) is removed at once; an endpoint
// missing there, or there with other fields, or not known to be in step (a key rotation, a
// failure), is queued for the deliverer, which sends it as it is then. Rows without a suffix are
// not this service's and are left alone.
import { enqueueForEndpoints, outboxWritten, PUSHED_KINDS, type PushedKind } from "../data/backend-outbox.js";
import type { DataContext } from "../data/context.js";
import { loadTarget } from "../data/targets.js";
import { notFoundError, type UserError } from "../domain/user-errors.js";
import { fastapiToken } from "../kinds/fastapi/connection.js";
import { fastapiModel } from "../kinds/fastapi/model.js";
import { endpointIdOfName, type RemoteEndpoint } from "../outbound/backend.js";
import { OutboundError } from "../outbound/http-request.js";
import { outboundUserError } from "../outbound/user-errors.js";
import { backendPayload } from "./payloads.js";

export interface QueuedEndpoint {
  id: number;
  kind: PushedKind;
}

export interface ReconcileResult {
  backendId: number | null;
  /** Endpoints queued because the backend did not have them. */
  missing: QueuedEndpoint[];
  /** Endpoints queued because the backend's copy differed or was not known to be in step. */
  stale: QueuedEndpoint[];
  /** Names of the backend's rows removed because they name no endpoint here. */
  removed: string[];
  /** Endpoints the backend has as they are here. */
  inStep: number;
  userErrors: UserError[];
}

/** The fields the backend lists (it hides secrets): they must equal what would be sent. */
function differs(remote: RemoteEndpoint, payload: Record<string, unknown>): boolean {
  return Object.entries(payload).some(([field, value]) => field in remote.fields && remote.fields[field] !== value);
}

export async function reconcileBackend(context: DataContext, backendId: number): Promise<ReconcileResult> {
  const { db, upstreams } = context;
  const result: ReconcileResult = { backendId, missing: [], stale: [], removed: [], inStep: 0, userErrors: [] };
  const target = await loadTarget(db.prisma, backendId);
  if (!target || target.kind !== "FASTAPI") return { ...result, backendId: null, userErrors: [notFoundError(fastapiModel.label)] };
  const key = await fastapiToken(db, backendId);
  const inStep = new Set(
    (await db.prisma.backendOutbox.findMany({ where: { backendId, state: "IN_STEP" }, select: { endpointId: true } })).map(
      (row) => row.endpointId,
    ),
  );
  for (const kind of PUSHED_KINDS as readonly PushedKind[]) {
    let remote: RemoteEndpoint[];
    try {
      remote = await upstreams.backend.list(target, key, kind);
    } catch (error) {
      if (!(error instanceof OutboundError)) throw error;
      result.userErrors.push({ ...outboundUserError(error), field: ["backendId"] });
      continue;
    }
    const local = await db.prisma.endpoint.findMany({ where: { kind }, select: { id: true }, orderBy: { id: "asc" } });
    const localIds = new Set(local.map((endpoint) => endpoint.id));
    for (const row of remote) {
      const endpointId = endpointIdOfName(row.name);
      if (endpointId === null || localIds.has(endpointId)) continue;
      try {
        await upstreams.backend.delete(target, key, kind, row.id);
        result.removed.push(row.name);
      } catch (error) {
        if (!(error instanceof OutboundError)) throw error;
        result.userErrors.push({ ...outboundUserError(error), field: ["backendId"] });
      }
    }
    const queued: number[] = [];
    for (const { id } of local) {
      const payload = await backendPayload(db, kind, id);
      const theirs = remote.filter((row) => endpointIdOfName(row.name) === id);
      // Disabled here: the deliverer removes it there.
      if (!payload) {
        if (theirs.length) {
          queued.push(id);
          result.stale.push({ id, kind });
        }
        continue;
      }
      if (!theirs.length) {
        queued.push(id);
        result.missing.push({ id, kind });
      } else if (theirs.length > 1 || !inStep.has(id) || theirs.some((row) => differs(row, payload))) {
        queued.push(id);
        result.stale.push({ id, kind });
      } else {
        result.inStep++;
      }
    }
    if (queued.length) await enqueueForEndpoints(db.prisma, backendId, queued);
  }
  if (result.missing.length || result.stale.length) outboxWritten(db);
  return result;
}
