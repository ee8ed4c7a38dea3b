// The endpoint kinds as the data layer uses them. A kind missing here is a compile error.
import type { EndpointKind } from "../generated/prisma/enums.js";
import type { EndpointKindDefinition } from "./definition.js";
import { fastapiKind } from "./fastapi/index.js";
import { netboxKind } from "./netbox/index.js";
import { proxmoxKind } from "./proxmox/index.js";

export const ENDPOINT_KINDS = {
  PROXMOX: proxmoxKind,
  NETBOX: netboxKind,
  FASTAPI: fastapiKind,
} as const satisfies { [Kind in EndpointKind]: EndpointKindDefinition<Kind> };
