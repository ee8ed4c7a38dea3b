// Reading where an endpoint is reached, for the outbound clients.
import type { Prisma } from "../db/database.js";
import { connectionUrlOf } from "../domain/endpoint-presentation.js";
import type { Target } from "../outbound/target.js";

export async function loadTarget(prisma: Prisma, id: number): Promise<Target | null> {
  const row = await prisma.endpoint.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      name: true,
      domain: true,
      port: true,
      verifySsl: true,
      ipAddress: { select: { address: true } },
      fastapi: { select: { useHttps: true } },
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
  };
}
