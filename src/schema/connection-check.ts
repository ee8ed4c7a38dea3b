// checkEndpointConnection: reach any endpoint with its stored settings and report what happened.
import { builder } from "../builder.js";
import { type CheckResult, type ConnectionCheck, checkConnection } from "../data/connection-check.js";
import { ENDPOINT_TYPENAMES } from "../kinds/models.js";
import { databaseIdOf } from "../domain/global-id.js";
import { IdInput } from "./mutation-payloads.js";
import { UserErrorRef } from "./user-error.js";

const ConnectionCheckRef = builder.objectRef<ConnectionCheck>("ConnectionCheck").implement({
  description: "The outcome of one reachability and authentication check against an endpoint.",
  fields: (t) => ({
    ok: t.exposeBoolean("ok", { description: "Whether the endpoint answered and accepted the credentials." }),
    httpStatus: t.exposeInt("httpStatus", { nullable: true, description: "HTTP status the endpoint answered with, if it answered." }),
    latencyMs: t.exposeInt("latencyMs", { nullable: true, description: "How long the check took, when the endpoint answered." }),
    message: t.exposeString("message", { description: "What was found, or what went wrong, in words a person can act on." }),
    checkedAt: t.expose("checkedAt", { type: "DateTime", description: "When the check started." }),
  }),
});

const ConnectionCheckPayload = builder.objectRef<CheckResult>("ConnectionCheckPayload").implement({
  description: "The outcome of checkEndpointConnection.",
  fields: (t) => ({
    check: t.field({
      type: ConnectionCheckRef,
      nullable: true,
      description: "What the check found; null when the ID names no endpoint or the endpoint is disabled (see userErrors).",
      resolve: (result) => result.check,
    }),
    userErrors: t.field({ type: [UserErrorRef], description: "Problems with the input.", resolve: (result) => result.userErrors }),
  }),
});

builder.mutationField("checkEndpointConnection", (t) =>
  t.field({
    type: ConnectionCheckPayload,
    description:
      "Connect to any endpoint with its stored settings and credentials, and report what happened. Stores nothing. A disabled endpoint is not contacted: a DISABLED userError.",
    args: { input: t.arg({ type: IdInput, required: true, description: "The object, by its global ID." }) },
    resolve: (_root, { input }, context) => checkConnection(context, databaseIdOf(input.id, ENDPOINT_TYPENAMES)),
  }),
);
