// The systems behind endpoints as an in-memory fake of the Upstreams interface: it answers at once
// and records what the service asked and with which credentials. For tests of rules and side
// effects; the HTTP clients themselves are tested against real servers (fake-upstreams.ts).
import type { AdoptedKey, RegistrationOutcome } from "../../src/outbound/fastapi.js";
import type { ProxmoxCredentials, ProxmoxFacts } from "../../src/outbound/proxmox.js";
import type { Target } from "../../src/outbound/target.js";
import type { CheckOutcome, Upstreams } from "../../src/outbound/upstreams.js";

export type UpstreamCall =
  | { call: "proxmox.check" | "proxmox.readFacts"; target: Target; credentials: ProxmoxCredentials }
  | { call: "netbox.check"; target: Target; authorization: string | null }
  | { call: "fastapi.check"; target: Target; key: string }
  | { call: "fastapi.registerToken"; target: Target; token: string }
  | { call: "fastapi.adoptKey"; target: Target; currentKey: string; candidate: string };

export interface InMemoryUpstreams extends Upstreams {
  /** Every call since the last clear, in order. */
  readonly calls: UpstreamCall[];
  /** What the next calls answer; change them to script a test. */
  answers: {
    check: CheckOutcome;
    facts: ProxmoxFacts;
    registration: RegistrationOutcome;
  };
  clear(): void;
}

export function inMemoryUpstreams(): InMemoryUpstreams {
  const calls: UpstreamCall[] = [];
  const answer = <T>(call: UpstreamCall, value: T): Promise<T> => {
    calls.push(call);
    return Promise.resolve(value);
  };
  const fake: InMemoryUpstreams = {
    calls,
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
  };
  return fake;
}
