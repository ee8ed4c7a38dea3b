// What the data layer needs of an endpoint kind: its model, its write rules and how to check a
// connection to it.
import type { DataContext } from "../data/context.js";
import type { KindRules } from "../data/endpoint-writes.js";
import type { EndpointKind } from "../generated/prisma/enums.js";
import type { Target } from "../outbound/target.js";
import type { CheckOutcome } from "../outbound/upstreams.js";
import type { KIND_MODELS } from "./models.js";

export interface EndpointKindDefinition<Kind extends EndpointKind> {
  model: (typeof KIND_MODELS)[Kind];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the kind's own input and detail types
  rules: KindRules<(typeof KIND_MODELS)[Kind], any, any>;
  /** Connects with the stored settings and credentials; failures are OutboundErrors. */
  checkConnection(context: DataContext, target: Target): Promise<CheckOutcome>;
}
