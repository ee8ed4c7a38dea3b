// The Proxmox VE API, as far as the service needs it: authenticate with the stored credentials,
// read the version, and read the cluster status to derive the deployment mode.
import { setTimeout as sleep } from "node:timers/promises";
import { modeFromClusterStatus } from "../domain/proxmox-mode.js";
import type { ProxmoxMode } from "../generated/prisma/enums.js";
import { OutboundError, type OutboundResponse, send } from "./http-request.js";
import type { OutboundOptions } from "./options.js";
import { type Target, urlOf } from "./target.js";
import { upstreamText } from "./upstream-text.js";

/** How the service authenticates to Proxmox: an API token when one is stored, else the password. */
export interface ProxmoxCredentials {
  username: string;
  tokenName: string;
  tokenValue: string | null;
  password: string | null;
}

/** A ticket goes back in a cookie: printable ASCII of a sane length, or it is not one. */
const TICKET = /^[\x21-\x7e]{1,4096}$/;

const refused = (status: number) =>
  new OutboundError(
    "authentication",
    `Proxmox refused the credentials (HTTP ${status}): check the username and password, or the API token name and value (and the token's privileges).`,
    status,
  );

/** The endpoint's own timeout, else the service's. */
const timeoutOf = (target: Target, options: OutboundOptions) => target.limits.timeoutMs ?? options.timeoutMs;

/** Failures another attempt may not meet; an answer, even a refusal, is final. */
const RETRIED = new Set(["timeout", "unreachable"]);

/** Proxmox wraps every result in {"data": …}. */
function dataOf(response: OutboundResponse, what: string): unknown {
  if (response.status === 401 || response.status === 403) throw refused(response.status);
  if (response.status !== 200) throw new OutboundError("response", `Proxmox answered HTTP ${response.status} to ${what}.`, response.status);
  const body = response.json as { data?: unknown } | undefined;
  if (!body || typeof body !== "object" || !("data" in body)) {
    throw new OutboundError("response", `The answer to ${what} is not Proxmox VE API JSON; is this a Proxmox server?`, response.status);
  }
  return body.data;
}

/** Headers that authenticate: the API token when one is stored, else a ticket for the password. */
async function authenticate(target: Target, credentials: ProxmoxCredentials, options: OutboundOptions): Promise<Record<string, string>> {
  const { username, tokenName, tokenValue, password } = credentials;
  if (tokenName && tokenValue) return { authorization: `PVEAPIToken=${username}!${tokenName}=${tokenValue}` };
  if (!password) {
    throw new OutboundError(
      "authentication",
      "No credentials are stored for this endpoint: set a password, or a token name and token value.",
    );
  }
  const response = await send({
    url: urlOf(target, "/api2/json/access/ticket"),
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ username, password }).toString(),
    verifyTls: target.verifyTls,
    timeoutMs: timeoutOf(target, options),
    ca: options.ca,
  });
  const data = dataOf(response, "POST /api2/json/access/ticket") as { ticket?: unknown } | null;
  if (!data || typeof data.ticket !== "string") throw refused(response.status);
  if (!TICKET.test(data.ticket)) {
    throw new OutboundError(
      "response",
      "The answer to POST /api2/json/access/ticket holds no usable ticket; is this a Proxmox server?",
      response.status,
    );
  }
  return { cookie: `PVEAuthCookie=${encodeURIComponent(data.ticket)}` };
}

/** A GET, tried again as the endpoint's limits say: it reads only, so repeating it is harmless. */
async function get(target: Target, path: string, headers: Record<string, string>, options: OutboundOptions) {
  const { maxRetries, retryBackoffMs } = target.limits;
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await send({
        url: urlOf(target, path),
        headers,
        verifyTls: target.verifyTls,
        timeoutMs: timeoutOf(target, options),
        ca: options.ca,
      });
      return { response, data: dataOf(response, `GET ${path}`) };
    } catch (error) {
      if (!(error instanceof OutboundError) || !RETRIED.has(error.kind) || attempt >= maxRetries) throw error;
      await sleep(retryBackoffMs * 2 ** attempt);
    }
  }
}

export interface ProxmoxFacts {
  version: string;
  repoid: string;
  mode: ProxmoxMode;
}

export async function readProxmoxFacts(target: Target, credentials: ProxmoxCredentials, options: OutboundOptions): Promise<ProxmoxFacts> {
  const headers = await authenticate(target, credentials, options);
  const { data: version } = await get(target, "/api2/json/version", headers, options);
  const { data: status } = await get(target, "/api2/json/cluster/status", headers, options);
  const facts = (version && typeof version === "object" ? version : {}) as { version?: unknown; repoid?: unknown };
  return {
    version: upstreamText(facts.version, 20),
    repoid: upstreamText(facts.repoid, 16),
    mode: modeFromClusterStatus(status),
  };
}

/** The version call, authenticated: what a connection check of a Proxmox endpoint does. */
export async function checkProxmox(target: Target, credentials: ProxmoxCredentials, options: OutboundOptions) {
  const started = performance.now();
  const headers = await authenticate(target, credentials, options);
  const { response, data } = await get(target, "/api2/json/version", headers, options);
  const version = upstreamText((data as { version?: unknown } | null)?.version, 20);
  return {
    httpStatus: response.status,
    latencyMs: Math.round(performance.now() - started),
    message: `Proxmox VE ${version || "(unknown version)"} answered and accepted the credentials.`,
  };
}
