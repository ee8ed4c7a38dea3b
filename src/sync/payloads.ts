// What a backend is sent for one endpoint: proxbox-api's fields, read from the endpoint as it is at
// delivery (not as it was when the change was queued), with its secrets opened for that backend.
import { openDetailSecret, openTokenPlaintext } from "../data/credentials.js";
import { ADDRESS_COLUMNS } from "../data/targets.js";
import type { Database } from "../db/database.js";
import { proxmoxModel } from "../kinds/proxmox/model.js";
import { netboxModel } from "../kinds/netbox/model.js";
import type { BackendPayload } from "../outbound/backend.js";
import { identitySuffix } from "../outbound/backend.js";
import type { PushedKind } from "../data/backend-outbox.js";

// With `enabled`: a disabled endpoint is not pushed, the backend is to have no copy of it.
const ENDPOINT_SELECT = ADDRESS_COLUMNS;

/** The address without its prefix length, as proxbox-api stores it. */
function bareAddress(address: string | undefined): string | null {
  return address ? address.split("/")[0]! : null;
}

/** The name the backend knows the endpoint by: its name and its identity here. */
export function backendName(name: string, endpointId: number): string {
  return `${name} ${identitySuffix(endpointId)}`;
}

/**
 * The payload for the endpoint's current state, or null when the backend should not have it
 * (deleted, or disabled).
 */
export async function backendPayload(db: Database, kind: PushedKind, endpointId: number): Promise<BackendPayload | null> {
  return kind === "PROXMOX" ? proxmoxPayload(db, endpointId) : netboxPayload(db, endpointId);
}

async function proxmoxPayload(db: Database, endpointId: number): Promise<BackendPayload | null> {
  const row = await db.prisma.endpoint.findFirst({
    where: { id: endpointId, kind: "PROXMOX" },
    select: {
      ...ENDPOINT_SELECT,
      proxmox: {
        select: { username: true, password: true, tokenName: true, tokenValue: true, timeout: true, maxRetries: true, retryBackoff: true },
      },
    },
  });
  if (!row?.proxmox || !row.enabled) return null;
  const { proxmox } = row;
  return {
    name: backendName(row.name, row.id),
    ip_address: bareAddress(row.ipAddress?.address),
    domain: row.domain,
    port: row.port,
    username: proxmox.username,
    password: openDetailSecret(db.secrets, proxmoxModel, "password", row.id, proxmox.password),
    verify_ssl: row.verifySsl,
    // Null inherits the backend's own default, as it does here.
    timeout: proxmox.timeout,
    max_retries: proxmox.maxRetries,
    retry_backoff: proxmox.retryBackoff,
    token_name: proxmox.tokenName || null,
    token_value: openDetailSecret(db.secrets, proxmoxModel, "tokenValue", row.id, proxmox.tokenValue),
  };
}

async function netboxPayload(db: Database, endpointId: number): Promise<BackendPayload | null> {
  const row = await db.prisma.endpoint.findFirst({
    where: { id: endpointId, kind: "NETBOX" },
    select: {
      ...ENDPOINT_SELECT,
      netbox: {
        select: {
          tokenVersion: true,
          tokenKey: true,
          tokenSecret: true,
          token: { select: { id: true, plaintext: true, purpose: true } },
        },
      },
    },
  });
  if (!row?.netbox || !row.enabled) return null;
  const { netbox } = row;
  // A linked token is sent only when it was made as a NetBox credential (v1 plaintext), as a check does.
  const linked = netbox.token?.purpose === "NETBOX_CREDENTIAL" && netbox.token.plaintext ? netbox.token : null;
  const version = linked ? "v1" : netbox.tokenVersion === "V2" ? "v2" : "v1";
  const secret = linked
    ? openTokenPlaintext(db.secrets, linked.id, linked.plaintext!)
    : openDetailSecret(db.secrets, netboxModel, "tokenSecret", row.id, netbox.tokenSecret);
  return {
    name: backendName(row.name, row.id),
    // proxbox-api requires an address; the plugin sends the loopback one when there is none.
    ip_address: bareAddress(row.ipAddress?.address) ?? "127.0.0.1",
    domain: row.domain,
    port: row.port,
    verify_ssl: row.verifySsl,
    token_version: version,
    token: secret,
    ...(version === "v2" ? { token_key: netbox.tokenKey } : {}),
  };
}
