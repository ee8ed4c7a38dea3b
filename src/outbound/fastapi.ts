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

/** The header proxbox-api authenticates every request but the bootstrap ones with. */
const API_KEY_HEADER = "x-proxbox-api-key";

/** A text of the backend's answer, safe to show: cleaned, and dropped when it holds a key. */
function detailOf(json: unknown, keys: string[]): string {
  const detail = upstreamText(fieldOf(json, "detail"), 200);
  return keys.some((key) => detail.includes(key)) ? "" : detail;
}

/** proxbox-api's answer to GET /auth/keys: {"keys": [{id, label, is_active, created_at}…]}. */
function isKeyList(json: unknown): boolean {
  const keys = fieldOf(json, "keys");
  return Array.isArray(keys) && keys.every((key) => typeof fieldOf(key, "id") === "number");
}

/** A refusal of the key: 401 (unknown key, or none configured), 429 (locked out after failures). */
function keyRefused(status: number, what: string, detail: string): OutboundError {
  const said = detail ? ` (${detail})` : "";
  if (status === 429) {
    return new OutboundError(
      "authentication",
      `The backend refuses ${what} for now after too many failed attempts from this address (HTTP 429)${said}; wait five minutes.`,
      status,
    );
  }
  return new OutboundError("authentication", `The backend refused ${what} (HTTP ${status})${said}.`, status);
}

/** GET /auth/keys with the key: the one call that proves the backend accepts it. */
async function proveKey(target: Target, key: string, what: string, timeoutMs: number, options: OutboundOptions) {
  const response = await send({
    url: urlOf(target, "/auth/keys"),
    headers: { [API_KEY_HEADER]: key },
    verifyTls: target.verifyTls,
    timeoutMs,
    ca: options.ca,
  });
  if (response.status === 401 || response.status === 403 || response.status === 429)
    throw keyRefused(response.status, what, detailOf(response.json, [key]));
  if (response.status !== 200)
    throw new OutboundError("response", `The backend answered HTTP ${response.status} to GET /auth/keys.`, response.status);
  if (!isKeyList(response.json)) {
    throw new OutboundError(
      "response",
      "The backend answered GET /auth/keys, but not with a key list; is this the Proxbox backend?",
      response.status,
    );
  }
  return response;
}

/** A key the backend proved to accept, and how it came to. */
export interface AdoptedKey {
  key: string;
  message: string;
}

/**
 * A new key for the backend, adopted fail-closed (as Proxbox does since its key adoption): a
 * backend that still needs a key registers `candidate` (POST /auth/register-key); one that has a
 * key issues a new one to the holder of `currentKey` (POST /auth/keys). Either way the new key is
 * returned only once GET /auth/keys succeeded with it. Any failure throws an OutboundError, and the
 * caller keeps the key it had.
 */
export async function adoptBackendKey(
  target: Target,
  currentKey: string,
  candidate: string,
  options: OutboundOptions,
): Promise<AdoptedKey> {
  const common = { verifyTls: target.verifyTls, ca: options.ca };
  const status = await send({ url: urlOf(target, "/auth/bootstrap-status"), timeoutMs: options.registrationStatusTimeoutMs, ...common });
  if (status.status !== 200)
    throw new OutboundError("response", `The backend answered HTTP ${status.status} to GET /auth/bootstrap-status.`, status.status);
  const needs = needsBootstrap(status.json);
  if (needs === undefined) {
    throw new OutboundError(
      "response",
      "The backend answered GET /auth/bootstrap-status, but not with a bootstrap status; is this the Proxbox backend?",
      status.status,
    );
  }
  if (needs) {
    const registered = await send({
      url: urlOf(target, "/auth/register-key"),
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ api_key: candidate, label: target.display }),
      timeoutMs: options.registrationTimeoutMs,
      ...common,
    });
    if (registered.status !== 201) {
      const detail = detailOf(registered.json, [candidate]);
      throw new OutboundError(
        "response",
        `The backend answered HTTP ${registered.status} to POST /auth/register-key${detail ? `: ${detail}` : "."}`,
        registered.status,
      );
    }
    await proveKey(target, candidate, "the key it had just registered", options.registrationTimeoutMs, options);
    return { key: candidate, message: "The backend registered the new key and accepted it (GET /auth/keys)." };
  }
  const issued = await send({
    url: urlOf(target, "/auth/keys"),
    method: "POST",
    headers: { [API_KEY_HEADER]: currentKey },
    body: "",
    timeoutMs: options.registrationTimeoutMs,
    ...common,
  });
  const rawKey = fieldOf(issued.json, "raw_key");
  if (issued.status === 401 || issued.status === 403 || issued.status === 429)
    throw keyRefused(issued.status, "the stored key, so it issued no new one", detailOf(issued.json, [currentKey]));
  if (issued.status !== 201 || typeof rawKey !== "string" || rawKey.length < 32 || !/^[\x21-\x7e]+$/.test(rawKey)) {
    throw new OutboundError(
      "response",
      `The backend answered HTTP ${issued.status} to POST /auth/keys${issued.status === 201 ? " without a usable key" : ""}.`,
      issued.status,
    );
  }
  await proveKey(target, rawKey, "the key it had just issued", options.registrationTimeoutMs, options);
  return {
    key: rawKey,
    message:
      "The backend issued a new key (POST /auth/keys) and accepted it (GET /auth/keys); the previous key stays valid there until it is deleted (DELETE /auth/keys/{id}).",
  };
}

/** GET /auth/keys with the stored key: the backend answers, and accepts the key. */
export async function checkFastapi(target: Target, key: string, options: OutboundOptions) {
  const response = await proveKey(target, key, "the stored API key", options.timeoutMs, options);
  return {
    httpStatus: response.status,
    latencyMs: response.latencyMs,
    message: "The Proxbox backend answered and accepted the stored API key.",
  };
}
