// Remote NetBox instances as the data layer uses them: the model, write rules and connection check.
import type { EndpointKindDefinition } from "../definition.js";
import { checkNetboxConnection } from "./connection.js";
import { netboxModel } from "./model.js";
import { netboxRules } from "./rules.js";

export const netboxKind = {
  model: netboxModel,
  rules: netboxRules,
  checkConnection: checkNetboxConnection,
} satisfies EndpointKindDefinition<"NETBOX">;
