// Where an endpoint is reached: its connection URL and whether its certificate is checked.
import type { Prisma } from "../db/database.js";
import { connectionUrlOf } from "../domain/endpoint-presentation.js";
import type { EndpointKind } from "../generated/prisma/enums.js";

export interface Target {
  id: number;
  kind: EndpointKind;
  name: string;
  display: string;
  baseUrl: URL;
  verifyTls: boolean;
}

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

/** A path of the endpoint's API, under its connection URL. */
export function urlOf(target: Target, path: string): URL {
  return new URL(path, target.baseUrl);
}
