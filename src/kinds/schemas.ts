// The endpoint kinds in the GraphQL schema: importing this registers each kind's types. A kind
// missing here is a compile error.
import type { EndpointKind } from "../generated/prisma/enums.js";
import { FastAPIEndpointPayload } from "./fastapi/schema.js";
import { NetBoxEndpointPayload } from "./netbox/schema.js";
import { ProxmoxEndpointPayload } from "./proxmox/schema.js";

export const KIND_PAYLOADS = {
  PROXMOX: ProxmoxEndpointPayload,
  NETBOX: NetBoxEndpointPayload,
  FASTAPI: FastAPIEndpointPayload,
} as const satisfies Record<EndpointKind, object>;
