// What the service knows about the request being handled, kept beside the request object itself
// (not in AsyncLocalStorage: on Node 20 that turns on async hooks for every promise of the
// process). The plugins in ./plugins fill it in from the hooks that are handed the request, and
// report it when the response is done.
import { randomUUID } from "node:crypto";

export interface RequestState {
  requestId: string;
  startedAt: number;
  /** The URL path as Yoga parsed it; empty when Yoga answered before the plugins saw the URL. */
  path: string;
  /** Whether the request carried a GraphQL operation (not GraphiQL's page, say). */
  graphql: boolean;
  operationName?: string;
  operationType?: string;
  /** Error codes of the response, for the request log line and metrics. */
  errorCodes: Set<string>;
}

const byRequest = new WeakMap<Request, RequestState>();

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** A GraphQL Name of at most 100 characters: what an operation name may be in a request, a log line or a metric label. */
export const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/** Starts the state of `request`: the client's X-Request-Id when it is a sane token, else a new one. */
export function startRequest(request: Request): RequestState {
  const given = request.headers.get("x-request-id");
  const state: RequestState = {
    requestId: given && CLIENT_REQUEST_ID.test(given) ? given : randomUUID(),
    startedAt: performance.now(),
    path: "",
    graphql: false,
    errorCodes: new Set(),
  };
  byRequest.set(request, state);
  return state;
}

/** The state of `request`, for hooks that are handed the request. */
export function requestState(request: Request): RequestState | undefined {
  return byRequest.get(request);
}

/** The path of `request`, without parsing its URL again when Yoga already did. */
export function pathOf(request: Request, state: RequestState): string {
  return state.path || new URL(request.url, "http://localhost").pathname;
}

/** How a request ended, in the request log line and the operation metrics. */
export function requestOutcome(status: number, state: RequestState): "ok" | "rejected" | "error" {
  return status >= 500 ? "error" : status >= 400 || state.errorCodes.size ? "rejected" : "ok";
}
