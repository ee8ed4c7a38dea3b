// checkEndpointConnection: connect to any endpoint with its stored settings and credentials, and
// report what happened. Stores nothing. A disabled endpoint is not contacted.
import { disabledError, notFoundError, type UserError } from "../domain/user-errors.js";
import { ENDPOINT_KINDS } from "../kinds/registry.js";
import { OutboundError } from "../outbound/http-request.js";
import type { DataContext } from "./context.js";
import type { Target } from "../outbound/target.js";
import { loadTarget } from "./targets.js";

export interface ConnectionCheck {
  ok: boolean;
  httpStatus: number | null;
  latencyMs: number | null;
  message: string;
  checkedAt: Date;
}

export interface CheckResult {
  /** Null when nothing was checked: see userErrors. */
  check: ConnectionCheck | null;
  userErrors: UserError[];
}

/** The check of the endpoint `id` names (null: none does). */
export async function checkConnection(context: DataContext, id: number | null): Promise<CheckResult> {
  const target = id === null ? null : await loadTarget(context.db.prisma, id);
  if (!target) return { check: null, userErrors: [notFoundError("endpoint")] };
  if (!target.enabled) return { check: null, userErrors: [disabledError(ENDPOINT_KINDS[target.kind].model.label, "checked")] };
  return { check: await contact(context, target), userErrors: [] };
}

async function contact(context: DataContext, target: Target): Promise<ConnectionCheck> {
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
