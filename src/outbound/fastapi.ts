// The Proxbox FastAPI backend: registering the endpoint's token with it, as Proxbox does when an
// endpoint is saved, and checking that it answers.
import type { BackendRegistrationStatus } from "../generated/prisma/enums.js";
import { OutboundError, send } from "./http-request.js";
import type { OutboundOptions } from "./options.js";
import { type Target, urlOf } from "./target.js";
import { upstreamText } from "./upstream-text.js";

export interface RegistrationOutcome {
  status: BackendRegistrationStatus;
  message: string;
}

/** A field of a JSON object answer; undefined when the answer is no object. */
function fieldOf(json: unknown, name: string): unknown {
  return json && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>)[name] : undefined;
}

function needsBootstrap(json: unknown): boolean | undefined {
  const value = fieldOf(json, "needs_bootstrap");
  return typeof value === "boolean" ? value : undefined;
}

/**
 * GET /auth/bootstrap-status; when the backend still needs a key, POST /auth/register-key with the
 * token. Best effort: never throws, the outcome says what happened.
 */
export async function registerBackendToken(target: Target, token: string, options: OutboundOptions): Promise<RegistrationOutcome> {
  const common = { verifyTls: target.verifyTls, ca: options.ca };
  try {
    const status = await send({ url: urlOf(target, "/auth/bootstrap-status"), timeoutMs: options.registrationStatusTimeoutMs, ...common });
    if (status.status === 200 && needsBootstrap(status.json) === false) {
      return {
        status: "SKIPPED",
        message: "The backend already has an API key (bootstrap-status: needs_bootstrap false); nothing was registered.",
      };
    }
    const registered = await send({
      url: urlOf(target, "/auth/register-key"),
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ api_key: token, label: target.display }),
      timeoutMs: options.registrationTimeoutMs,
      ...common,
    });
    if (registered.status === 201) return { status: "REGISTERED", message: "The backend registered the token." };
    if (registered.status === 409) {
      return { status: "ALREADY_CONFIGURED", message: "The backend already has an API key (HTTP 409); the token was not registered." };
    }
    const detail = upstreamText(fieldOf(registered.json, "detail"), 200);
    // A backend that echoes the key would show it to readers of the registration message.
    const shown = detail.includes(token) ? "" : detail;
    return {
      status: "FAILED",
      message: `The backend answered HTTP ${registered.status} to POST /auth/register-key${shown ? `: ${shown}` : "."}`,
    };
  } catch (error) {
    if (error instanceof OutboundError) return { status: "FAILED", message: error.message };
    throw error;
  }
}

export async function checkFastapi(target: Target, options: OutboundOptions) {
  const response = await send({
    url: urlOf(target, "/auth/bootstrap-status"),
    verifyTls: target.verifyTls,
    timeoutMs: options.timeoutMs,
    ca: options.ca,
  });
  if (response.status !== 200)
    throw new OutboundError("response", `The backend answered HTTP ${response.status} to GET /auth/bootstrap-status.`, response.status);
  const needs = needsBootstrap(response.json);
  return {
    httpStatus: response.status,
    latencyMs: response.latencyMs,
    message:
      needs === undefined
        ? "The backend answered, but not with a bootstrap status; is this the Proxbox backend?"
        : `The Proxbox backend answered; it ${needs ? "still needs an API key" : "has an API key"}.`,
  };
}
