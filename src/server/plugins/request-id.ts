// Every request gets an id: the client's X-Request-Id when it is a sane token, else a new one. It
// is sent back in X-Request-Id, and the request's log lines and masked errors carry it, so a
// client's report and the server's log meet on one value.
import type { Plugin } from "graphql-yoga";
import { requestState, startRequest } from "../request-context.js";

export function useRequestId(): Plugin {
  return {
    instrumentation: {
      // Around the whole request, so that the probes Yoga answers itself (/health) have one too.
      request({ request }, wrapped) {
        startRequest(request);
        return wrapped();
      },
    },
    onRequest({ request, url }) {
      const state = requestState(request);
      if (state) state.path = url.pathname;
    },
    onResponse({ request, response }) {
      const state = requestState(request);
      if (state) response.headers.set("x-request-id", state.requestId);
    },
  };
}
