// What the service knows about the request being handled, reachable from anywhere in its
// asynchronous flow (logs, error masking) without passing it around, and from the request object
// in the hooks of the plugins in ./plugins that fill it in and report it.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export interface RequestState {
  requestId: string;
  startedAt: number;
  /** Whether the request carried a GraphQL operation (not GraphiQL's page, say). */
  graphql: boolean;
  operationName?: string;
  operationType?: string;
  /** Error codes of the response, for the request log line and metrics. */
  errorCodes: Set<string>;
}

const storage = new AsyncLocalStorage<RequestState>();
const byRequest = new WeakMap<Request, RequestState>();

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** A GraphQL Name of at most 100 characters: what an operation name may be in a request, a log line or a metric label. */
export const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/** Takes the client's X-Request-Id when it is a sane token, else makes one. */
export function newRequestState(request: Request): RequestState {
  const given = request.headers.get("x-request-id");
  return {
    requestId: given && CLIENT_REQUEST_ID.test(given) ? given : randomUUID(),
    startedAt: performance.now(),
    graphql: false,
    errorCodes: new Set(),
  };
}

/** Runs the handling of `request` with `state` as its current request state. */
export function runInRequest<T>(request: Request, state: RequestState, work: () => T): T {
  byRequest.set(request, state);
  return storage.run(state, work);
}

export function currentRequest(): RequestState | undefined {
  return storage.getStore();
}

/** The state of `request`, for hooks that are handed the request. */
export function requestState(request: Request): RequestState | undefined {
  return byRequest.get(request);
}

/** How a request ended, in the request log line and the operation metrics. */
export function requestOutcome(status: number, state: RequestState): "ok" | "rejected" | "error" {
  return status >= 500 ? "error" : status >= 400 || state.errorCodes.size ? "rejected" : "ok";
}
