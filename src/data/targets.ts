// Reading where an endpoint is reached, for the outbound clients.
import type { Prisma } from "../db/database.js";
import { connectionUrlOf } from "../domain/endpoint-presentation.js";
import { type RequestLimits, SERVICE_LIMITS, type Target } from "../outbound/target.js";

/** The stored limits (seconds; null inherits) as the outbound clients take them. */
function limitsOf(stored: { timeout: number | null; maxRetries: number | null; retryBackoff: number | null } | null): RequestLimits {
  if (!stored) return SERVICE_LIMITS;
  return {
    timeoutMs: stored.timeout === null ? null : stored.timeout * 1000,
    maxRetries: stored.maxRetries ?? 0,
    retryBackoffMs: Math.round((stored.retryBackoff ?? 0) * 1000),
  };
}

/** The columns that say where an endpoint is and whether it may be contacted: a target's, and a backend payload's. */
export const ADDRESS_COLUMNS = {
  id: true,
  kind: true,
  name: true,
  domain: true,
  port: true,
  verifySsl: true,
  enabled: true,
  ipAddress: { select: { address: true } },
} as const;

export async function loadTarget(prisma: Prisma, id: number): Promise<Target | null> {
  const row = await prisma.endpoint.findUnique({
    where: { id },
    select: {
      ...ADDRESS_COLUMNS,
      fastapi: { select: { useHttps: true } },
      proxmox: { select: { timeout: true, maxRetries: true, retryBackoff: true } },
    },
  });
  if (!row) return null;
  const baseUrl = new URL(connectionUrlOf(row));
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    display: `${row.name} (${baseUrl.hostname.replace(/^\[|\]$/g, "")})`,
    baseUrl,
    verifyTls: row.verifySsl,
    enabled: row.enabled,
    limits: limitsOf(row.proxmox),
  };
}
