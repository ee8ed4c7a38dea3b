// Errors as clients see them. An unexpected error says "Unexpected error." with the request id, and
// the log line with the same id holds what happened; a database that is down is SERVICE_UNAVAILABLE
// (503, Retry-After), not an internal error; errors found before execution get a code; and no
// message quotes a value the client sent. The masking is Yoga's `maskedErrors.maskError`, which is
// not told the request; `useErrorReport` is, and adds the request id and the log line.
import { GraphQLError, type GraphQLSchema } from "graphql";
import { maskError as yogaMaskError, type Plugin } from "graphql-yoga";
import { isDatabaseUnavailable } from "../../db/errors.js";
import type { Logger } from "../logger.js";
import { withStatusByMediaType } from "../error-status.js";
import { requestState } from "../request-context.js";
import { withoutClientValues } from "../value-free-errors.js";

/** What a masked error hid, until useErrorReport logs it: the original, or a database outage. */
const hidden = new WeakMap<GraphQLError, { unexpected: unknown } | { unavailable: string | undefined }>();

export function serviceUnavailableError(): GraphQLError {
  return new GraphQLError("The database is unavailable right now; the request was not carried out. Try again shortly.", {
    extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503, headers: { "Retry-After": "5" } } },
  });
}

const LIMIT_EXCEEDED = /\b(depth|aliases|directives|token|cost) limit of \d+ exceeded/i;

/** graphql-js's refusals of a variable's value, present or missing: all bad input, as a value of the wrong type is. */
const VARIABLE_REFUSED =
  /^Variable "\$[^"]+" (?:got invalid value|of required type "[^"]+" was not provided\.|of non-null type "[^"]+" must not be null\.)/;

/**
 * Errors found before execution (parse, validation, operation limits, variables) get the code of
 * their kind (graphql-armor's limits arrive as validation failures, graphql-js's variable errors
 * with none), and the HTTP status of their kind under each media type (../error-status.ts).
 */
function withRequestErrorCode(error: GraphQLError): GraphQLError {
  if (error.path) return error;
  const given = error.extensions?.code;
  const code = LIMIT_EXCEEDED.test(error.message)
    ? "OPERATION_LIMIT_EXCEEDED"
    : VARIABLE_REFUSED.test(error.message)
      ? "BAD_USER_INPUT"
      : typeof given === "string"
        ? given
        : "GRAPHQL_VALIDATION_FAILED";
  return withStatusByMediaType(error, code);
}

/** Yoga's maskError, plus the database-down case; the cause is kept for useErrorReport. */
export function createErrorMasker(schema: GraphQLSchema) {
  return (error: unknown, message: string): Error => {
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    if (error instanceof GraphQLError && (!error.originalError || error.originalError instanceof GraphQLError)) {
      return withRequestErrorCode(withoutClientValues(error, schema));
    }
    if (isDatabaseUnavailable(original)) {
      const unavailable = serviceUnavailableError();
      const masked = new GraphQLError(unavailable.message, {
        path: error instanceof GraphQLError ? error.path : undefined,
        extensions: { ...unavailable.extensions },
      });
      hidden.set(masked, { unavailable: (original as Error | undefined)?.message });
      return masked;
    }
    const yogaMasked = yogaMaskError(error, message, false) as GraphQLError;
    const masked = new GraphQLError(yogaMasked.message, {
      nodes: yogaMasked.nodes,
      path: yogaMasked.path,
      extensions: { ...yogaMasked.extensions, unexpected: undefined },
    });
    hidden.set(masked, { unexpected: original });
    return masked;
  };
}

/** Gives each masked error of a response the request id, and logs what it hid under that id. */
export function useErrorReport(logger: Logger): Plugin {
  return {
    onResultProcess({ request, result }) {
      const requestId = requestState(request)?.requestId;
      for (const item of Array.isArray(result) ? result : [result]) {
        for (const error of (item as { errors?: readonly unknown[] }).errors ?? []) {
          const cause = error instanceof GraphQLError ? hidden.get(error) : undefined;
          if (!cause) continue;
          hidden.delete(error as GraphQLError);
          // The masker made these extensions a moment ago; no one else holds them.
          (error as GraphQLError & { extensions: Record<string, unknown> }).extensions.requestId = requestId;
          if ("unexpected" in cause) logger.error({ requestId, err: cause.unexpected }, "unexpected error");
          else logger.warn({ requestId, err: { message: cause.unavailable } }, "database unavailable");
        }
      }
    },
  };
}
