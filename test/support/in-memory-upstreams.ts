// The systems behind endpoints as an in-memory fake of the Upstreams interface: it answers at once
// and records what the service asked and with which credentials. For tests of rules and side
// effects; the HTTP clients themselves are tested against real servers (fake-upstreams.ts).
import type { BackendEndpointKind, BackendPayload } from "../../src/outbound/backend.js";
import type { AdoptedKey, RegistrationOutcome } from "../../src/outbound/fastapi.js";
import type { ProxmoxCredentials, ProxmoxFacts } from "../../src/outbound/proxmox.js";
import type { Target } from "../../src/outbound/target.js";
import type { CheckOutcome, Upstreams } from "../../src/outbound/upstreams.js";

export type UpstreamCall =
  | { call: "proxmox.check" | "proxmox.readFacts"; target: Target; credentials: ProxmoxCredentials }
  | { call: "netbox.check"; target: Target; authorization: string | null }
  | { call: "fastapi.check"; target: Target; key: string }
  | { call: "fastapi.registerToken"; target: Target; token: string }
  | { call: "fastapi.adoptKey"; target: Target; currentKey: string; candidate: string }
  | { call: "backend.list"; target: Target; key: string; kind: BackendEndpointKind }
  | { call: "backend.create"; target: Target; key: string; kind: BackendEndpointKind; payload: BackendPayload }
  | { call: "backend.update"; target: Target; key: string; kind: BackendEndpointKind; remoteId: number; payload: BackendPayload }
  | { call: "backend.delete"; target: Target; key: string; kind: BackendEndpointKind; remoteId: number };

export interface InMemoryUpstreams extends Upstreams {
  /** Every call since the last clear, in order. */
  readonly calls: UpstreamCall[];
  /** What the next calls answer; change them to script a test. */
  answers: {
    check: CheckOutcome;
    facts: ProxmoxFacts;
    registration: RegistrationOutcome;
  };
  /** The backend's copy of the endpoints, by kind: what create, update and delete left. */
  backendRows: Record<BackendEndpointKind, { id: number; payload: BackendPayload }[]>;
  clear(): void;
}

export function inMemoryUpstreams(): InMemoryUpstreams {
  const calls: UpstreamCall[] = [];
  const answer = <T>(call: UpstreamCall, value: T): Promise<T> => {
    calls.push(call);
    return Promise.resolve(value);
  };
  let nextRemoteId = 1;
  const rows = (kind: BackendEndpointKind) => fake.backendRows[kind];
  const fake: InMemoryUpstreams = {
    calls,
    backendRows: { PROXMOX: [], NETBOX: [] },
    answers: {
      check: { httpStatus: 200, latencyMs: 1, message: "answered" },
      facts: { version: "8.2.4", repoid: "faa83925c9641325", mode: "STANDALONE" },
      registration: { status: "REGISTERED", message: "The backend registered the token." },
    },
    clear: () => void calls.splice(0),
    proxmox: {
      check: (target, credentials) => answer({ call: "proxmox.check", target, credentials }, fake.answers.check),
      readFacts: (target, credentials) => answer({ call: "proxmox.readFacts", target, credentials }, fake.answers.facts),
    },
    netbox: {
      check: (target, authorization) => answer({ call: "netbox.check", target, authorization }, fake.answers.check),
    },
    fastapi: {
      check: (target, key) => answer({ call: "fastapi.check", target, key }, fake.answers.check),
      registerToken: (target, token) => answer({ call: "fastapi.registerToken", target, token }, fake.answers.registration),
      // The backend registers the candidate, as one that still needs a key does.
      adoptKey: (target, currentKey, candidate) =>
        answer<AdoptedKey>(
          { call: "fastapi.adoptKey", target, currentKey, candidate },
          { key: candidate, message: "The backend registered the new key and accepted it (GET /auth/keys)." },
        ),
    },
    backend: {
      list: (target, key, kind) =>
        answer(
          { call: "backend.list", target, key, kind },
          rows(kind).map(({ id, payload }) => ({ id, name: String(payload.name), fields: { id, ...payload } })),
        ),
      create: (target, key, kind, payload) => {
        const id = nextRemoteId++;
        rows(kind).push({ id, payload });
        return answer({ call: "backend.create", target, key, kind, payload }, id);
      },
      update: (target, key, kind, remoteId, payload) => {
        const row = rows(kind).find((candidate) => candidate.id === remoteId);
        if (row) row.payload = payload;
        return answer({ call: "backend.update", target, key, kind, remoteId, payload }, undefined);
      },
      delete: (target, key, kind, remoteId) => {
        fake.backendRows[kind] = rows(kind).filter((candidate) => candidate.id !== remoteId);
        return answer({ call: "backend.delete", target, key, kind, remoteId }, undefined);
      },
    },
  };
  return fake;
}
