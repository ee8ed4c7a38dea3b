// CORS for the origins of PROXBOX_CORS_ORIGINS. Yoga's own cannot be told enough: with one origin
// listed it names that origin to every other one, with several it answers others
// `Access-Control-Allow-Origin: null` (which admits every sandboxed iframe and file: page, whose
// origin is "null"), and it sends no Max-Age, so browsers preflight before every request.
//
// An allowed origin gets itself in Access-Control-Allow-Origin, and its preflights the methods, the
// request headers of PROXBOX_CORS_ALLOWED_HEADERS and Max-Age (PROXBOX_CORS_MAX_AGE). Any other
// origin, "null" included, gets no CORS header at all. Every response says `Vary: Origin`, so that
// no cache hands one origin's answer to another. No credentials: the token travels in a header.
import type { Plugin } from "graphql-yoga";
import type { CorsPolicy } from "../../config.js";
import { varyOn } from "../vary.js";

const METHODS = "GET, POST";
/** Response headers a page may read beyond the CORS-safelisted ones. */
const EXPOSED_HEADERS = "x-request-id";

export function useCors(policy: CorsPolicy): Plugin {
  const origins = new Set(policy.origins);
  const allowedHeaders = policy.allowedHeaders.join(", ");
  const allowed = (request: Request): string | null => {
    const origin = request.headers.get("origin");
    return origin !== null && origins.has(origin) ? origin : null;
  };
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      if (request.method !== "OPTIONS" || !request.headers.has("access-control-request-method")) return;
      // A preflight: answered here, whatever the path, before the body limit and authentication.
      // Safari waits for a body after a 204 unless it is told its length.
      const headers = new fetchAPI.Headers({ "content-length": "0" });
      if (allowed(request)) {
        headers.set("access-control-allow-methods", METHODS);
        headers.set("access-control-allow-headers", allowedHeaders);
        headers.set("access-control-max-age", String(policy.maxAgeSeconds));
      }
      endResponse(new fetchAPI.Response(null, { status: 204, headers }));
    },
    onResponse({ request, response }) {
      varyOn(response.headers, "Origin");
      const origin = allowed(request);
      if (!origin) return;
      response.headers.set("access-control-allow-origin", origin);
      response.headers.set("access-control-expose-headers", EXPOSED_HEADERS);
    },
  };
}
