// Bounds on what one request may ask of the service: body size, and the shape of the operation
// (depth, aliases, tokens, directives, static cost) through graphql-armor. Page sizes are capped by
// the connections themselves (at most 1000).
import { EnvelopArmor } from "@escape.tech/graphql-armor";
import type { Plugin } from "graphql-yoga";
import type { Limits } from "../config.js";

function refusal(fetchAPI: { Response: typeof Response }, status: number, code: string, message: string): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { "content-type": "application/json" },
  });
}

/**
 * Refuses bodies over the limit (413) before reading them, and bodies of unknown length (411).
 * node:http never hands on more body than the Content-Length says, so this bound is the only one.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = request.headers.get("content-length");
      if (length !== null) {
        if (!/^\d+$/.test(length)) {
          endResponse(refusal(fetchAPI, 400, "BAD_REQUEST", "The Content-Length header is not a byte count."));
        } else if (Number(length) > maxBytes) {
          endResponse(refusal(fetchAPI, 413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${maxBytes} bytes.`));
        }
        return;
      }
      if (request.headers.has("transfer-encoding")) {
        endResponse(refusal(fetchAPI, 411, "LENGTH_REQUIRED", "Send the request body with a Content-Length."));
      }
    },
  };
}

/** graphql-armor's validation rules; introspection (GraphiQL, codegen) is exempt from depth. */
export function operationLimitPlugins(limits: Limits): Plugin[] {
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    maxTokens: { n: limits.maxTokens, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    // Cost is priced by the schema (src/schema/complexity.ts), which knows page sizes, and checked by
    // ./plugins/operation-cost.ts.
    costLimit: { enabled: false },
    // Clients are authenticated and the schema is introspectable: suggestions help, and hide nothing.
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().plugins as Plugin[];
}
