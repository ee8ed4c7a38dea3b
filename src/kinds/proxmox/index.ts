// Proxmox VE servers as the data layer uses them: the model, write rules and connection check.
import type { EndpointKindDefinition } from "../definition.js";
import { checkProxmoxConnection } from "./connection.js";
import { proxmoxModel } from "./model.js";
import { proxmoxRules } from "./rules.js";

export const proxmoxKind = {
  model: proxmoxModel,
  rules: proxmoxRules,
  checkConnection: checkProxmoxConnection,
} satisfies EndpointKindDefinition<"PROXMOX">;
