// The Proxbox FastAPI backend as the data layer uses it: the model, write rules and connection check.
import type { EndpointKindDefinition } from "../definition.js";
import { checkFastapiConnection } from "./connection.js";
import { fastapiModel } from "./model.js";
import { fastapiRules } from "./rules.js";

export const fastapiKind = {
  model: fastapiModel,
  rules: fastapiRules,
  checkConnection: checkFastapiConnection,
} satisfies EndpointKindDefinition<"FASTAPI">;
