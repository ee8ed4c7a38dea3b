// Errors as clients see them. An unexpected error says "Unexpected error." with the request id, and
// the log line with the same id holds what happened; a database that is down is SERVICE_UNAVAILABLE
// (503, Retry-After), not an internal error; errors found before execution get a code; and no
// message quotes a value the client sent. This is Yoga's `maskedErrors.maskError`, not a plugin.
import { GraphQLError, type GraphQLSchema } from "graphql";
import { maskError as yogaMaskError } from "graphql-yoga";
import { isDatabaseUnavailable } from "../../db/errors.js";
import type { Logger } from "../logger.js";
import { currentRequest } from "../request-context.js";
import { withoutClientValues } from "../value-free-errors.js";

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
