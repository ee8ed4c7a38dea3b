// Where an endpoint is reached: its connection URL, whether its certificate is checked, and the
// endpoint's own request limits.
import type { EndpointKind } from "../generated/prisma/enums.js";

/** An endpoint's own request limits; a kind without them has the service's (no retries). */
export interface RequestLimits {
  /** Bound of each request; null: the service's (OutboundOptions.timeoutMs). */
  timeoutMs: number | null;
  /** Extra attempts of an idempotent GET that timed out or found the server unreachable. */
  maxRetries: number;
  /** Wait before the first retry, doubled before each further one. */
  retryBackoffMs: number;
}

export const SERVICE_LIMITS: RequestLimits = { timeoutMs: null, maxRetries: 0, retryBackoffMs: 0 };

export interface Target {
  id: number;
  kind: EndpointKind;
  name: string;
  display: string;
  baseUrl: URL;
  verifyTls: boolean;
  /** A disabled endpoint is not contacted; the data layer refuses before any request. */
  enabled: boolean;
  limits: RequestLimits;
}

/** A path of the endpoint's API, under its connection URL. */
export function urlOf(target: Target, path: string): URL {
  return new URL(path, target.baseUrl);
}
