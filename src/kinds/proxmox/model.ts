// A Proxmox VE API server: the facts of the kind.
import type { KindModel } from "../model.js";

export const proxmoxModel = {
  kind: "PROXMOX",
  typename: "ProxmoxEndpoint",
  summary: "A Proxmox VE API server",
  label: "Proxmox endpoint",
  plural: "Proxmox endpoints",
  fieldName: "proxmoxEndpoint",
  mutationSuffix: "ProxmoxEndpoint",
  relation: "proxmox",
  prismaModel: "proxmoxEndpoint",
  table: "proxmox_endpoint",
  restSegment: "proxmox",
  defaults: { port: 8006, verifySsl: false },
  columns: {
    mode: true,
    version: true,
    repoid: true,
    username: true,
    tokenName: true,
    hasPassword: true,
    hasTokenValue: true,
    allowWrites: true,
    environment: true,
    timeout: true,
    maxRetries: true,
    retryBackoff: true,
  },
  secrets: [
    { field: "password", column: "password", flag: "hasPassword" },
    { field: "tokenValue", column: "token_value", flag: "hasTokenValue" },
  ],
} as const satisfies KindModel<"PROXMOX", "proxmox">;

export const DEFAULT_PROXMOX_USERNAME = "root@pam";

/** Bounds of the per-endpoint request limits (seconds, attempts, seconds), as upstream Proxbox has them. */
export const PROXMOX_LIMITS = {
  timeout: { min: 1, max: 3600 },
  maxRetries: { min: 0, max: 10 },
  retryBackoff: { min: 0, max: 60 },
} as const;
