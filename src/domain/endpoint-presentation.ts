// Values derived from a stored endpoint: how it is named, where it lives in the REST API and the
// URLs a client connects to.
import type { EndpointKind } from "../generated/prisma/enums.js";

export const REST_SEGMENT: Record<EndpointKind, string> = { PROXMOX: "proxmox", NETBOX: "netbox", FASTAPI: "fastapi" };

/** An address without its prefix length: "192.0.2.10/24" → "192.0.2.10". */
export function addressWithoutPrefix(address: string): string {
  const slash = address.indexOf("/");
  return slash === -1 ? address : address.slice(0, slash);
}

export interface HostParts {
  domain: string | null;
  ipAddress?: { address: string } | null;
}

/** The domain, or else the IP address without its prefix length. */
export function hostOf(endpoint: HostParts): string {
  if (endpoint.domain) return endpoint.domain;
  return endpoint.ipAddress ? addressWithoutPrefix(endpoint.ipAddress.address) : "";
}

/** A host as it goes into a URL: IPv6 addresses need brackets. */
function urlHost(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

export function displayOf(endpoint: HostParts & { name: string }): string {
  const host = hostOf(endpoint);
  return host ? `${endpoint.name} (${host})` : endpoint.name;
}

export function restUrlOf(endpoint: { kind: EndpointKind; id: number }): string {
  return `/api/plugins/proxbox/endpoints/${REST_SEGMENT[endpoint.kind]}/${endpoint.id}/`;
}

export interface SchemeParts {
  kind: EndpointKind;
  port: number;
  verifySsl: boolean;
  fastapi?: { useHttps: boolean } | null;
}

/**
 * Whether the endpoint is reached over https: Proxmox's API is https only; a NetBox over https when
 * its port is 443 or its certificate is verified, else http (proxbox-api's rule for its NetBox
 * endpoint); a FastAPI backend as useHttps says.
 */
export function usesHttps(endpoint: SchemeParts): boolean {
  if (endpoint.kind === "FASTAPI") return Boolean(endpoint.fastapi?.useHttps);
  if (endpoint.kind === "NETBOX") return endpoint.port === 443 || endpoint.verifySsl;
  return true;
}

export function connectionUrlOf(endpoint: HostParts & SchemeParts): string {
  return `${usesHttps(endpoint) ? "https" : "http"}://${urlHost(hostOf(endpoint))}:${endpoint.port}`;
}

export function websocketUrlOf(
  endpoint: HostParts & { fastapi: { useHttps: boolean; websocketDomain: string; websocketPort: number } },
): string {
  const { useHttps, websocketDomain, websocketPort } = endpoint.fastapi;
  const host = websocketDomain || hostOf(endpoint);
  return `${useHttps ? "wss" : "ws"}://${urlHost(host)}:${websocketPort}`;
}

export const MODE_LABEL = { UNDEFINED: "Undefined", STANDALONE: "Standalone", CLUSTER: "Cluster" } as const;
export const ENVIRONMENT_LABEL = {
  PRODUCTION: "Production",
  STAGING: "Staging",
  DEVELOPMENT: "Development",
  HOMOLOGATION: "Homologation",
  TESTING: "Testing",
  LAB: "Lab",
} as const;
export const TOKEN_VERSION_LABEL = { V1: "v1 Token", V2: "v2 Token" } as const;
