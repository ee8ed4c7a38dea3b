// Limits of the requests the service makes to the systems behind endpoints.
import { DEFAULTS } from "../config.js";

export interface OutboundOptions {
  /** Bound of each request of a connection check or a Proxmox sync. */
  timeoutMs: number;
  /** GET /auth/bootstrap-status when registering a backend token (Proxbox uses 5 s). */
  registrationStatusTimeoutMs: number;
  /** POST /auth/register-key (Proxbox uses 10 s). */
  registrationTimeoutMs: number;
  /** Extra certificate authorities to trust, PEM. */
  ca?: string;
}

export const DEFAULT_OUTBOUND_OPTIONS: OutboundOptions = {
  timeoutMs: DEFAULTS.PROXBOX_OUTBOUND_TIMEOUT_MS,
  registrationStatusTimeoutMs: 5_000,
  registrationTimeoutMs: 10_000,
};
