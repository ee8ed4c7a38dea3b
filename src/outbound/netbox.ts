// A remote NetBox: GET /api/status/ with the endpoint's token.
import { OutboundError, send } from "./http-request.js";
import type { OutboundOptions } from "./options.js";
import { type Target, urlOf } from "./target.js";
import { upstreamText } from "./upstream-text.js";

export async function checkNetbox(target: Target, authorization: string | null, options: OutboundOptions) {
  const response = await send({
    url: urlOf(target, "/api/status/"),
    headers: authorization ? { authorization } : {},
    verifyTls: target.verifyTls,
    timeoutMs: options.timeoutMs,
    ca: options.ca,
  });
  if (response.status === 401 || response.status === 403) {
    throw new OutboundError(
      "authentication",
      authorization
        ? `NetBox refused the token (HTTP ${response.status}): check that it exists, is enabled and has not expired.`
        : `NetBox answered HTTP ${response.status}: this endpoint has no token; link a v1 token or give a v2 key and secret.`,
      response.status,
    );
  }
  if (response.status !== 200)
    throw new OutboundError("response", `NetBox answered HTTP ${response.status} to GET /api/status/.`, response.status);
  const body = response.json;
  const version = upstreamText(body && typeof body === "object" ? (body as Record<string, unknown>)["netbox-version"] : undefined, 40);
  return {
    httpStatus: response.status,
    latencyMs: response.latencyMs,
    message: version ? `NetBox ${version} answered and accepted the token.` : "NetBox answered and accepted the token.",
  };
}
