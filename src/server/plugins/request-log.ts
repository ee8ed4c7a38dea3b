// One log line per request when it ends: id, method, path, operation, status, duration, outcome
// and error codes. Probes (/health, /readiness, /metrics) are left out: they would drown the rest.
import type { Plugin } from "graphql-yoga";
import type { Logger } from "../logger.js";
import { pathOf, requestOutcome, requestState } from "../request-context.js";

const UNLOGGED_PATHS = new Set(["/health", "/readiness", "/metrics"]);

export function useRequestLog(logger: Logger): Plugin {
  return {
    onResponse({ request, response }) {
      const state = requestState(request);
      if (!state) return;
      const path = pathOf(request, state);
      if (UNLOGGED_PATHS.has(path)) return;
      const status = response.status;
      logger.info(
        {
          requestId: state.requestId,
          method: request.method,
          path,
          operation: state.operationName ?? null,
          operationType: state.operationType ?? null,
          status,
          durationMs: Math.round((performance.now() - state.startedAt) * 10) / 10,
          outcome: requestOutcome(status, state),
          errors: state.errorCodes.size ? [...state.errorCodes] : undefined,
        },
        "request",
      );
    },
  };
}
