// ProxmoxEndpoint: a Proxmox VE API server.
import { builder } from "../../builder.js";
import { ENVIRONMENT_LABEL, MODE_LABEL } from "../../domain/endpoint-presentation.js";
import { BackendSyncState, backendSyncDescription } from "../../schema/backend-sync-state.js";
import { referenceOf } from "../../domain/global-id.js";
import { ProxmoxEnvironment, ProxmoxMode } from "../../generated/prisma/enums.js";
import { ENDPOINT_COLUMNS, EndpointBase } from "../../schema/endpoint-base.js";
import { commonFilterFields, commonFilterSpec, type EndpointFilterFields, onDetail } from "../../schema/endpoint-filter.js";
import { inputDescription, type InputWording } from "../../schema/endpoint-input.js";
import { registerEndpointKind } from "../../schema/endpoint-kind.js";
import { choiceConditions, type FilterSpec, stringConditions, type StringLookups, StringFilter } from "../../schema/filters.js";
import { IdInput } from "../../schema/mutation-payloads.js";
import { nodeWhere } from "../../schema/node-id.js";
import { PROXMOX_LIMITS, proxmoxModel } from "./model.js";
import { proxmoxRules } from "./rules.js";
import { syncProxmoxEndpoint } from "./sync.js";

export const ProxmoxModeEnum = builder.enumType("ProxmoxMode", {
  description: "How the Proxmox VE server is deployed. Set by syncProxmoxEndpoint.",
  values: {
    UNDEFINED: { value: ProxmoxMode.UNDEFINED, description: "Not known yet (no sync), or neither of the others." },
    STANDALONE: { value: ProxmoxMode.STANDALONE, description: "A single node." },
    CLUSTER: { value: ProxmoxMode.CLUSTER, description: "A cluster of more than one node." },
  } as const,
});

export const ProxmoxEnvironmentEnum = builder.enumType("ProxmoxEnvironment", {
  description: "What the Proxmox VE server is used for.",
  values: {
    PRODUCTION: { value: ProxmoxEnvironment.PRODUCTION, description: "Production." },
    STAGING: { value: ProxmoxEnvironment.STAGING, description: "Staging." },
    DEVELOPMENT: { value: ProxmoxEnvironment.DEVELOPMENT, description: "Development." },
    HOMOLOGATION: { value: ProxmoxEnvironment.HOMOLOGATION, description: "Homologation (acceptance)." },
    TESTING: { value: ProxmoxEnvironment.TESTING, description: "Testing." },
    LAB: { value: ProxmoxEnvironment.LAB, description: "Lab." },
  } as const,
});

const { timeout, maxRetries, retryBackoff } = PROXMOX_LIMITS;

export const ProxmoxEndpoint = builder.prismaNode("Endpoint", {
  variant: "ProxmoxEndpoint",
  description: "Connection details and credentials of a Proxmox VE API server.",
  interfaces: [EndpointBase],
  id: { field: "id" },
  nullable: true,
  findUnique: (id) => ({ ...nodeWhere(id), kind: "PROXMOX" }),
  select: { ...ENDPOINT_COLUMNS, proxmox: { select: proxmoxModel.columns } },
  fields: (t) => ({
    backendSync: t.relation("backendSync", {
      type: BackendSyncState,
      description: backendSyncDescription,
      query: { orderBy: { backendId: "asc" } },
    }),
    mode: t.field({ type: ProxmoxModeEnum, description: "Deployment mode.", resolve: (endpoint) => endpoint.proxmox!.mode }),
    modeLabel: t.string({ description: "Undefined, Standalone or Cluster.", resolve: (endpoint) => MODE_LABEL[endpoint.proxmox!.mode] }),
    version: t.string({ description: "Proxmox VE version (at most 20 characters).", resolve: (endpoint) => endpoint.proxmox!.version }),
    repoid: t.string({
      description: "Proxmox repository/release id (at most 16 characters).",
      resolve: (endpoint) => endpoint.proxmox!.repoid,
    }),
    username: t.string({ description: "API user, as user@realm.", resolve: (endpoint) => endpoint.proxmox!.username }),
    tokenName: t.string({
      description: "API token name, if the endpoint authenticates with a token.",
      resolve: (endpoint) => endpoint.proxmox!.tokenName,
    }),
    hasPassword: t.boolean({
      description: "Whether a password is stored. The password itself is never returned.",
      resolve: (endpoint) => endpoint.proxmox!.hasPassword,
    }),
    hasTokenValue: t.boolean({
      description: "Whether a token value is stored. The value itself is never returned.",
      resolve: (endpoint) => endpoint.proxmox!.hasTokenValue,
    }),
    allowWrites: t.boolean({
      description: "Whether the paired proxbox-api may run operational verbs (start, stop, snapshot, migrate) on this server.",
      resolve: (endpoint) => endpoint.proxmox!.allowWrites,
    }),
    environment: t.field({
      type: ProxmoxEnvironmentEnum,
      nullable: true,
      description: "What the server is used for; null when not said.",
      resolve: (endpoint) => endpoint.proxmox!.environment,
    }),
    environmentLabel: t.string({
      nullable: true,
      description: "Production, Staging, Development, Homologation, Testing or Lab; null when environment is.",
      resolve: (endpoint) => {
        const environment = endpoint.proxmox!.environment;
        return environment ? ENVIRONMENT_LABEL[environment] : null;
      },
    }),
    timeout: t.int({
      nullable: true,
      description:
        "Seconds each request of the service to this server may take; null: the service's default (PROXBOX_OUTBOUND_TIMEOUT_MS).",
      resolve: (endpoint) => endpoint.proxmox!.timeout,
    }),
    maxRetries: t.int({
      nullable: true,
      description: "How often the service retries a GET to this server that timed out or found it unreachable; null: never.",
      resolve: (endpoint) => endpoint.proxmox!.maxRetries,
    }),
    retryBackoff: t.float({
      nullable: true,
      description: "Seconds before the first retry, doubled before each further one; null: retry at once.",
      resolve: (endpoint) => endpoint.proxmox!.retryBackoff,
    }),
  }),
});

interface ProxmoxFilterShape extends EndpointFilterFields {
  mode?: { exact?: ProxmoxMode | null; inList?: ProxmoxMode[] | null } | null;
  allowWrites?: boolean | null;
  environment?: { exact?: ProxmoxEnvironment | null; inList?: ProxmoxEnvironment[] | null; isNull?: boolean | null } | null;
  username?: StringLookups | null;
  AND?: ProxmoxFilterShape[] | null;
  OR?: ProxmoxFilterShape[] | null;
  NOT?: ProxmoxFilterShape | null;
}

const ProxmoxModeFilter = builder.inputType("ProxmoxModeFilter", {
  description: "Mode lookups. All given lookups must hold.",
  fields: (t) => ({
    exact: t.field({ type: ProxmoxModeEnum, description: "This mode." }),
    inList: t.field({ type: [ProxmoxModeEnum], description: "One of these modes." }),
  }),
});

const ProxmoxEnvironmentFilter = builder.inputType("ProxmoxEnvironmentFilter", {
  description: "Environment lookups. All given lookups must hold.",
  fields: (t) => ({
    exact: t.field({ type: ProxmoxEnvironmentEnum, description: "This environment." }),
    inList: t.field({ type: [ProxmoxEnvironmentEnum], description: "One of these environments." }),
    isNull: t.boolean({ description: "True: no environment is set; false: one is." }),
  }),
});

const ProxmoxEndpointFilter = builder.inputRef<ProxmoxFilterShape>("ProxmoxEndpointFilter").implement({
  description: "Filters on Proxmox endpoints. Fields, AND members and NOT all hold; each OR member is an alternative to them.",
  fields: (t) => ({
    ...commonFilterFields(t),
    mode: t.field({ type: ProxmoxModeFilter, description: "Deployment mode." }),
    allowWrites: t.boolean({ description: "Whether operational verbs are allowed." }),
    environment: t.field({ type: ProxmoxEnvironmentFilter, description: "Environment lookups." }),
    username: t.field({ type: StringFilter, description: "API user lookups." }),
    AND: t.field({ type: [ProxmoxEndpointFilter], description: "Every one of these filters holds." }),
    OR: t.field({ type: [ProxmoxEndpointFilter], description: "Alternatives to the rest of this filter." }),
    NOT: t.field({ type: ProxmoxEndpointFilter, description: "This filter does not hold." }),
  }),
});

const filterSpec: FilterSpec<ProxmoxFilterShape> = {
  ...commonFilterSpec([proxmoxModel.typename]),
  mode: (lookups) => onDetail("proxmox", choiceConditions(lookups, "mode")),
  allowWrites: (value) => onDetail("proxmox", [{ allowWrites: value }]),
  environment: ({ isNull, ...lookups }) =>
    onDetail("proxmox", [
      ...choiceConditions(lookups, "environment"),
      ...(isNull === null || isNull === undefined ? [] : [{ environment: isNull ? null : { not: null } }]),
    ]),
  username: (lookups) => onDetail("proxmox", stringConditions(lookups, "username")),
};

export const ProxmoxEndpointPayload = registerEndpointKind({
  rules: proxmoxRules,
  node: ProxmoxEndpoint,
  filter: ProxmoxEndpointFilter,
  filterSpec,
  inputFields: (t, create) => {
    const described = (wording: InputWording) => ({ description: inputDescription(create, wording) });
    return {
      mode: t.field({
        type: ProxmoxModeEnum,
        ...described({ what: "Deployment mode; syncProxmoxEndpoint reads it from the server.", create: "Default UNDEFINED." }),
      }),
      version: t.string(described({ what: "Proxmox VE version, at most 20 characters." })),
      repoid: t.string(described({ what: "Repository/release id, at most 16 characters." })),
      username: t.string(described({ what: "API user, as user@realm.", create: "Default root@pam." })),
      password: t.string(
        described({
          what: "Write-only password of the API user; hasPassword says whether one is stored.",
          update: 'Null or "" clears it.',
        }),
      ),
      tokenName: t.string(described({ what: "API token name." })),
      tokenValue: t.string(
        described({
          what: "Write-only secret of the API token; hasTokenValue says whether one is stored.",
          update: 'Null or "" clears it.',
        }),
      ),
      allowWrites: t.boolean(
        described({
          what: "Whether the paired proxbox-api may run operational verbs (start, stop, snapshot, migrate) on this server.",
          create: "Default false.",
        }),
      ),
      environment: t.field({
        type: ProxmoxEnvironmentEnum,
        ...described({ what: "What the server is used for.", update: "Null clears it." }),
      }),
      timeout: t.int(
        described({
          what: `Seconds each request to the server may take, ${timeout.min} to ${timeout.max}; null inherits the service's default.`,
        }),
      ),
      maxRetries: t.int(
        described({
          what: `Retries of a GET that timed out or found the server unreachable, ${maxRetries.min} to ${maxRetries.max}; null: none.`,
        }),
      ),
      retryBackoff: t.float(
        described({
          what: `Seconds before the first retry, doubled before each further one, ${retryBackoff.min} to ${retryBackoff.max}; null: none.`,
        }),
      ),
    };
  },
  // No references among its own fields.
  toInput: (fields) => fields,
});

builder.mutationField("syncProxmoxEndpoint", (t) =>
  t.field({
    type: ProxmoxEndpointPayload,
    description:
      "Read version and repoid (GET /api2/json/version) and mode (GET /api2/json/cluster/status) from the Proxmox API and store them.",
    args: { input: t.arg({ type: IdInput, required: true, description: "The object, by its global ID." }) },
    resolve: (_root, { input }, context) => syncProxmoxEndpoint(context, referenceOf(input.id, proxmoxModel.typename)),
  }),
);
