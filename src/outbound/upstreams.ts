// The systems behind endpoints, as the data layer calls them. The service uses the HTTP clients;
// tests of rules that only need an answer put a fake in their place (test/support/fake-upstreams.ts).
import {
  type BackendEndpointKind,
  type BackendPayload,
  createBackendEndpoint,
  deleteBackendEndpoint,
  listBackendEndpoints,
  type RemoteEndpoint,
  updateBackendEndpoint,
} from "./backend.js";
import { type AdoptedKey, adoptBackendKey, checkFastapi, type RegistrationOutcome, registerBackendToken } from "./fastapi.js";
import { checkNetbox } from "./netbox.js";
import type { OutboundOptions } from "./options.js";
import { checkProxmox, type ProxmoxCredentials, type ProxmoxFacts, readProxmoxFacts } from "./proxmox.js";
import type { Target } from "./target.js";

/** What a successful connection check found. Failures are OutboundErrors. */
export interface CheckOutcome {
  httpStatus: number;
  latencyMs: number;
  message: string;
}

export interface Upstreams {
  proxmox: {
    /** The version call, authenticated. */
    check(target: Target, credentials: ProxmoxCredentials): Promise<CheckOutcome>;
    /** Version, repoid and deployment mode. */
    readFacts(target: Target, credentials: ProxmoxCredentials): Promise<ProxmoxFacts>;
  };
  netbox: {
    /** GET /api/status/ with the Authorization header value, if any. */
    check(target: Target, authorization: string | null): Promise<CheckOutcome>;
  };
  fastapi: {
    /** GET /auth/keys with the stored key: a check authenticates, and registers nothing. */
    check(target: Target, key: string): Promise<CheckOutcome>;
    /** Best effort: never throws; the outcome says what happened. */
    registerToken(target: Target, token: string): Promise<RegistrationOutcome>;
    /** A new key the backend proved to accept (GET /auth/keys); failures are OutboundErrors. */
    adoptKey(target: Target, currentKey: string, candidate: string): Promise<AdoptedKey>;
  };
  /** The backend's copy of the endpoints, with its key (X-Proxbox-API-Key). */
  backend: {
    list(target: Target, key: string, kind: BackendEndpointKind): Promise<RemoteEndpoint[]>;
    /** Returns the backend's id of the new row, when it says. */
    create(target: Target, key: string, kind: BackendEndpointKind, payload: BackendPayload): Promise<number | null>;
    update(target: Target, key: string, kind: BackendEndpointKind, remoteId: number, payload: BackendPayload): Promise<void>;
    delete(target: Target, key: string, kind: BackendEndpointKind, remoteId: number): Promise<void>;
  };
}

/** The real clients, over HTTP with these limits. */
export function httpUpstreams(options: OutboundOptions): Upstreams {
  return {
    proxmox: {
      check: (target, credentials) => checkProxmox(target, credentials, options),
      readFacts: (target, credentials) => readProxmoxFacts(target, credentials, options),
    },
    netbox: { check: (target, authorization) => checkNetbox(target, authorization, options) },
    fastapi: {
      check: (target, key) => checkFastapi(target, key, options),
      registerToken: (target, token) => registerBackendToken(target, token, options),
      adoptKey: (target, currentKey, candidate) => adoptBackendKey(target, currentKey, candidate, options),
    },
    backend: {
      list: (target, key, kind) => listBackendEndpoints(target, key, kind, options),
      create: (target, key, kind, payload) => createBackendEndpoint(target, key, kind, payload, options),
      update: (target, key, kind, remoteId, payload) => updateBackendEndpoint(target, key, kind, remoteId, payload, options),
      delete: (target, key, kind, remoteId) => deleteBackendEndpoint(target, key, kind, remoteId, options),
    },
  };
}
