// The Proxbox backend's own copy of the endpoints (proxbox-api's /proxmox/endpoints and
// /netbox/endpoint), which it reads when it syncs. Every call carries the backend's key in
// X-Proxbox-API-Key; what is sent (credentials) goes to that backend only, and no message here
// quotes a payload.
import { OutboundError, send } from "./http-request.js";
import type { OutboundOptions } from "./options.js";
import { type Target, urlOf } from "./target.js";
import { upstreamText } from "./upstream-text.js";

export type BackendEndpointKind = "PROXMOX" | "NETBOX";

/** A row of the backend's list: its id and name (the rest as it sends it). */
export interface RemoteEndpoint {
  id: number;
  name: string;
  fields: Record<string, unknown>;
}

/** The body proxbox-api takes, snake_case; secrets included. */
export type BackendPayload = Record<string, unknown>;

const COLLECTIONS: Record<BackendEndpointKind, string> = { PROXMOX: "/proxmox/endpoints", NETBOX: "/netbox/endpoint" };

/** The suffix that names this service's endpoint in the backend's copy: the stable identity. */
export function identitySuffix(endpointId: number): string {
  return `(nb:${endpointId})`;
}

/** The endpoint id a backend row's name ends with, or null. */
export function endpointIdOfName(name: string): number | null {
  const match = /\(nb:(\d{1,9})\)$/.exec(name.trim());
  return match ? Number(match[1]) : null;
}

async function call(
  target: Target,
  key: string,
  method: "GET" | "POST" | "PUT" | "DELETE",
  path: string,
  options: OutboundOptions,
  secrets: readonly string[],
  payload?: BackendPayload,
) {
  const body = payload === undefined ? undefined : JSON.stringify(payload);
  const response = await send({
    url: urlOf(target, path),
    method,
    headers: {
      "x-proxbox-api-key": key,
      // pve-http-server and some proxies refuse chunked bodies: the length is always sent.
      ...(body !== undefined ? { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) } : {}),
    },
    ...(body !== undefined ? { body } : {}),
    verifyTls: target.verifyTls,
    timeoutMs: options.timeoutMs,
    ...(options.ca ? { ca: options.ca } : {}),
  });
  if (response.status >= 200 && response.status < 300) return response;
  if (method === "DELETE" && response.status === 404) return response;
  const where = `${method} ${path.replace(/\/\d+$/, "/{id}")}`;
  if (response.status === 401 || response.status === 403) {
    throw new OutboundError(
      "authentication",
      `The backend refused the service's API key (HTTP ${response.status}) to ${where}: register the FastAPI endpoint's token with it again (rotateFastApiEndpointToken).`,
      response.status,
    );
  }
  const detail = fieldOf(response.json, "detail");
  let text = typeof detail === "string" ? upstreamText(detail, 200) : "";
  // A backend that echoes what it was sent would show a secret to readers of the error.
  if ([key, ...secrets].some((secret) => secret && text.includes(secret))) text = "";
  throw new OutboundError(
    "response",
    `The backend answered HTTP ${response.status} to ${where}${text ? `: ${text}` : "."}`,
    response.status,
  );
}

function fieldOf(json: unknown, name: string): unknown {
  return json && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>)[name] : undefined;
}

function idOf(json: unknown): number | null {
  const id = fieldOf(json, "id");
  return typeof id === "number" && Number.isInteger(id) ? id : null;
}

export async function listBackendEndpoints(
  target: Target,
  key: string,
  kind: BackendEndpointKind,
  options: OutboundOptions,
): Promise<RemoteEndpoint[]> {
  const response = await call(target, key, "GET", COLLECTIONS[kind], options, []);
  if (!Array.isArray(response.json)) {
    throw new OutboundError("response", `The backend answered GET ${COLLECTIONS[kind]} with no list; is this the Proxbox backend?`);
  }
  return response.json.flatMap((row: unknown) => {
    const id = idOf(row);
    const name = fieldOf(row, "name");
    return id !== null && typeof name === "string" ? [{ id, name, fields: row as Record<string, unknown> }] : [];
  });
}

/** Secrets of a payload, kept out of error messages. */
function secretsOf(payload: BackendPayload): string[] {
  return ["password", "token_value", "token"].flatMap((field) => (typeof payload[field] === "string" ? [payload[field]] : []));
}

/** POST; returns the backend's id of the new row. */
export async function createBackendEndpoint(
  target: Target,
  key: string,
  kind: BackendEndpointKind,
  payload: BackendPayload,
  options: OutboundOptions,
): Promise<number | null> {
  const response = await call(target, key, "POST", COLLECTIONS[kind], options, secretsOf(payload), payload);
  return idOf(response.json);
}

export async function updateBackendEndpoint(
  target: Target,
  key: string,
  kind: BackendEndpointKind,
  remoteId: number,
  payload: BackendPayload,
  options: OutboundOptions,
): Promise<void> {
  await call(target, key, "PUT", `${COLLECTIONS[kind]}/${remoteId}`, options, secretsOf(payload), payload);
}

/** DELETE; a row already gone (404) is no failure. */
export async function deleteBackendEndpoint(
  target: Target,
  key: string,
  kind: BackendEndpointKind,
  remoteId: number,
  options: OutboundOptions,
): Promise<void> {
  await call(target, key, "DELETE", `${COLLECTIONS[kind]}/${remoteId}`, options, []);
}
