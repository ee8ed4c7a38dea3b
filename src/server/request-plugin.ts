// The life of every request: an id (X-Request-Id in and out), one log line and the metrics when it
// ends, /readiness and /metrics,
// and errors masked for clients: an unexpected error says "Unexpected error." with the request id,
// and the log line with the same id holds what happened.
import { getOperationAST, GraphQLError, type GraphQLSchema } from "graphql";
import { maskError as yogaMaskError, type Plugin } from "graphql-yoga";
import type { Database } from "../db/database.js";
import { isDatabaseUnavailable } from "../db/errors.js";
import type { InFlight } from "./in-flight.js";
import type { Logger } from "./logger.js";
import type { ServiceMetrics } from "./metrics.js";
import { currentRequest, newRequestState, OPERATION_NAME, type RequestState, runInRequest } from "./request-context.js";
import { withoutClientValues } from "./value-free-errors.js";

const READINESS_TIMEOUT_MS = 2000;

/** Whether the database answers a trivial query within a short time. */
export async function databaseIsReady(db: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), READINESS_TIMEOUT_MS);
  });
  try {
    return await Promise.race([db.driver.query("SELECT 1").then(() => true as const), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export function serviceUnavailableError(): GraphQLError {
  return new GraphQLError("The database is unavailable right now; the request was not carried out. Try again shortly.", {
    extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503, headers: { "Retry-After": "5" } } },
  });
}

const LIMIT_EXCEEDED = /\b(depth|aliases|directives|token|cost) limit of \d+ exceeded/i;

/**
 * Errors found before execution (parse, validation, operation limits) carry no code of their own:
 * they get one, and HTTP 400 when the client accepts application/graphql-response+json.
 */
function withRequestErrorCode(error: GraphQLError): GraphQLError {
  const limited = LIMIT_EXCEEDED.test(error.message);
  if (error.path || (error.extensions?.code && !limited)) return error;
  const code = limited ? "OPERATION_LIMIT_EXCEEDED" : "GRAPHQL_VALIDATION_FAILED";
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code, http: error.extensions?.http ?? { spec: true, status: 400 } },
  });
}

/** Yoga's maskError, plus the request id, the database-down case, and a log line of the cause. */
export function createErrorMasker(logger: Logger, schema: GraphQLSchema) {
  return (error: unknown, message: string): Error => {
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    if (error instanceof GraphQLError && (!error.originalError || error.originalError instanceof GraphQLError)) {
      return withRequestErrorCode(withoutClientValues(error, schema));
    }
    const requestId = currentRequest()?.requestId;
    if (isDatabaseUnavailable(original)) {
      logger.warn({ err: { message: (original as Error)?.message } }, "database unavailable");
      const unavailable = serviceUnavailableError();
      return new GraphQLError(unavailable.message, {
        path: error instanceof GraphQLError ? error.path : undefined,
        extensions: { ...unavailable.extensions, requestId },
      });
    }
    logger.error({ err: original }, "unexpected error");
    const masked = yogaMaskError(error, message, false) as GraphQLError;
    return new GraphQLError(masked.message, {
      nodes: masked.nodes,
      path: masked.path,
      extensions: { ...masked.extensions, unexpected: undefined, requestId },
    });
  };
}

export function useRequestLifecycle(options: { db: Database; logger: Logger; inFlight: InFlight; metrics: ServiceMetrics | null }): Plugin {
  const { db, logger, inFlight, metrics } = options;
  const states = new WeakMap<Request, RequestState>();
  return {
    instrumentation: {
      request({ request }, wrapped) {
        const state = newRequestState(request);
        states.set(request, state);
        return inFlight.track(() => runInRequest(state, wrapped));
      },
    },
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === "/metrics" && metrics) {
        endResponse(
          new fetchAPI.Response(await metrics.registry.metrics(), {
            headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" },
          }),
        );
      } else if (url.pathname === "/readiness") {
        const ready = await databaseIsReady(db);
        endResponse(
          new fetchAPI.Response(JSON.stringify({ status: ready ? "ready" : "unavailable", database: ready ? "up" : "down" }), {
            status: ready ? 200 : 503,
            headers: { "content-type": "application/json", "cache-control": "no-store" },
          }),
        );
      }
    },
    onParams({ params, request }) {
      const state = states.get(request);
      if (state) state.graphql = true;
      if (params.operationName == null || params.operationName === "") return;
      // It goes into the log line and the metrics: a name, not a place for megabytes of text.
      if (!OPERATION_NAME.test(params.operationName)) {
        throw new GraphQLError("operationName must be a GraphQL name of at most 100 characters.", {
          extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
        });
      }
      if (state) state.operationName = params.operationName;
    },
    onExecute({ args }) {
      const state = currentRequest();
      const operation = getOperationAST(args.document, args.operationName);
      if (state && operation) {
        state.operationType = operation.operation;
        const named = operation.name?.value;
        state.operationName ??= named && OPERATION_NAME.test(named) ? named : undefined;
      }
    },
    onResultProcess({ request, result }) {
      const state = states.get(request);
      // Refused before its parameters were read (authentication, body limits): still an operation.
      if (state) state.graphql = true;
      for (const item of Array.isArray(result) ? result : [result]) {
        const errors = (item as { errors?: readonly { extensions?: Record<string, unknown> }[] }).errors ?? [];
        for (const error of errors) state?.errorCodes.add(String(error.extensions?.code ?? "GRAPHQL_ERROR"));
      }
    },
    onResponse({ request, response }) {
      const state = states.get(request);
      if (!state) return;
      response.headers.set("x-request-id", state.requestId);
      const path = new URL(request.url, "http://localhost").pathname;
      const status = response.status;
      const outcome = status >= 500 ? "error" : status >= 400 || state.errorCodes.size ? "rejected" : "ok";
      metrics?.record(path, status, state, outcome);
      if (path === "/health" || path === "/readiness" || path === "/metrics") return;
      logger.info(
        {
          requestId: state.requestId,
          method: request.method,
          path,
          operation: state.operationName ?? null,
          operationType: state.operationType ?? null,
          status,
          durationMs: Math.round((performance.now() - state.startedAt) * 10) / 10,
          outcome,
          errors: state.errorCodes.size ? [...state.errorCodes] : undefined,
        },
        "request",
      );
    },
  };
}
