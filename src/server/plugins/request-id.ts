// Every request gets an id: the client's X-Request-Id when it is a sane token, else a new one. It
// is sent back in X-Request-Id, and every log line and masked error of the request carries it, so
// a client's report and the server's log meet on one value.
import type { Plugin } from "graphql-yoga";
import { newRequestState, requestState, runInRequest } from "../request-context.js";

export function useRequestId(): Plugin {
  return {
    instrumentation: {
      // Around the whole request, so that the state is current in every hook and resolver.
      request({ request }, wrapped) {
        return runInRequest(request, newRequestState(request), wrapped);
      },
    },
    onResponse({ request, response }) {
      const state = requestState(request);
      if (state) response.headers.set("x-request-id", state.requestId);
    },
  };
}
