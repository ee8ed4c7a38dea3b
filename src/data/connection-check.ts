// checkEndpointConnection: connect to any endpoint with its stored settings and credentials, and
// report what happened. Stores nothing.
import { ENDPOINT_KINDS } from "../kinds/registry.js";
import { OutboundError } from "../outbound/http-request.js";
import type { DataContext } from "./context.js";
import { loadTarget } from "./targets.js";

export interface ConnectionCheck {
  ok: boolean;
  httpStatus: number | null;
  latencyMs: number | null;
  message: string;
  checkedAt: Date;
}

/** The check of the endpoint `id` names; null when there is none. */
export async function checkConnection(context: DataContext, id: number): Promise<ConnectionCheck | null> {
  const target = await loadTarget(context.db.prisma, id);
  if (!target) return null;
  const checkedAt = new Date();
  const started = performance.now();
  try {
    const result = await ENDPOINT_KINDS[target.kind].checkConnection(context, target);
    return { ok: true, ...result, checkedAt };
  } catch (error) {
    if (!(error instanceof OutboundError)) throw error;
    return {
      ok: false,
      httpStatus: error.httpStatus,
      latencyMs: error.httpStatus === null ? null : Math.round(performance.now() - started),
      message: error.message,
      checkedAt,
    };
  }
}
