// NetBoxEndpoint: a remote NetBox instance that Proxbox synchronizes into.
import { builder } from "../../builder.js";
import { BackendSyncState, backendSyncDescription } from "../../schema/backend-sync-state.js";
import { TOKEN_VERSION_LABEL } from "../../domain/endpoint-presentation.js";
import { optionalReference } from "../../domain/global-id.js";
import type { TokenVersion } from "../../generated/prisma/enums.js";
import { ENDPOINT_COLUMNS, EndpointBase } from "../../schema/endpoint-base.js";
import { commonFilterFields, commonFilterSpec, type EndpointFilterFields, onDetail } from "../../schema/endpoint-filter.js";
import { inputDescription, type InputWording } from "../../schema/endpoint-input.js";
import { registerEndpointKind } from "../../schema/endpoint-kind.js";
import { choiceConditions, type FilterSpec } from "../../schema/filters.js";
import { nodeWhere } from "../../schema/node-id.js";
import { Token, TokenVersionEnum } from "../../schema/token.js";
import { netboxModel } from "./model.js";
import { netboxRules } from "./rules.js";

export const NetBoxEndpoint = builder.prismaNode("Endpoint", {
  variant: "NetBoxEndpoint",
  description: "Connection details and credentials of a remote NetBox instance.",
  interfaces: [EndpointBase],
  id: { field: "id" },
  nullable: true,
  findUnique: (id) => ({ ...nodeWhere(id), kind: "NETBOX" }),
  select: { ...ENDPOINT_COLUMNS, netbox: { select: netboxModel.columns } },
  fields: (t) => ({
    backendSync: t.relation("backendSync", {
      type: BackendSyncState,
      description: backendSyncDescription,
      query: { orderBy: { backendId: "asc" } },
    }),
    tokenVersion: t.field({
      type: TokenVersionEnum,
      description: "Authentication style.",
      resolve: (endpoint) => endpoint.netbox!.tokenVersion,
    }),
    tokenVersionLabel: t.string({
      description: 'The label of tokenVersion: "v1 Token" or "v2 Token".',
      resolve: (endpoint) => TOKEN_VERSION_LABEL[endpoint.netbox!.tokenVersion],
    }),
    token: t.field({
      type: Token,
      nullable: true,
      description: "The linked NetBox credential token (purpose NETBOX_CREDENTIAL) sent as this endpoint's v1 token, if any.",
      select: (_args, _context, nestedSelection) => ({ netbox: { select: { token: nestedSelection(true) } } }),
      resolve: (endpoint) => endpoint.netbox?.token ?? null,
    }),
    tokenKey: t.string({ description: "Key (id) of the v2 token.", resolve: (endpoint) => endpoint.netbox!.tokenKey }),
    hasTokenSecret: t.boolean({
      description: "Whether a token secret (the v1 token, or the v2 secret) is stored. The secret itself is never returned.",
      resolve: (endpoint) => endpoint.netbox!.hasTokenSecret,
    }),
  }),
});

interface NetboxFilterShape extends EndpointFilterFields {
  tokenVersion?: { exact?: TokenVersion | null; inList?: TokenVersion[] | null } | null;
  AND?: NetboxFilterShape[] | null;
  OR?: NetboxFilterShape[] | null;
  NOT?: NetboxFilterShape | null;
}

const TokenVersionFilter = builder.inputType("TokenVersionFilter", {
  description: "Token version lookups. All given lookups must hold.",
  fields: (t) => ({
    exact: t.field({ type: TokenVersionEnum, description: "This version." }),
    inList: t.field({ type: [TokenVersionEnum], description: "One of these versions." }),
  }),
});

const NetBoxEndpointFilter = builder.inputRef<NetboxFilterShape>("NetBoxEndpointFilter").implement({
  description: "Filters on NetBox endpoints. Fields, AND members and NOT all hold; each OR member is an alternative to them.",
  fields: (t) => ({
    ...commonFilterFields(t),
    tokenVersion: t.field({ type: TokenVersionFilter, description: "Authentication style." }),
    AND: t.field({ type: [NetBoxEndpointFilter], description: "Every one of these filters holds." }),
    OR: t.field({ type: [NetBoxEndpointFilter], description: "Alternatives to the rest of this filter." }),
    NOT: t.field({ type: NetBoxEndpointFilter, description: "This filter does not hold." }),
  }),
});

const filterSpec: FilterSpec<NetboxFilterShape> = {
  ...commonFilterSpec([netboxModel.typename]),
  tokenVersion: (lookups) => onDetail("netbox", choiceConditions(lookups, "tokenVersion")),
};

export const NetBoxEndpointPayload = registerEndpointKind({
  rules: netboxRules,
  node: NetBoxEndpoint,
  filter: NetBoxEndpointFilter,
  filterSpec,
  inputFields: (t, create) => {
    const described = (wording: InputWording) => ({ description: inputDescription(create, wording) });
    return {
      tokenVersion: t.field({ type: TokenVersionEnum, ...described({ what: "Authentication style.", create: "Default V1." }) }),
      tokenId: t.id(
        described({
          what: "A token of this service made as a NetBox credential (purpose NETBOX_CREDENTIAL), sent as the endpoint's v1 token; API tokens are refused. With it the endpoint is V1, without a tokenKey or tokenSecret of its own.",
          update: "Null removes the link.",
        }),
      ),
      tokenKey: t.string(described({ what: "Key (id) of the v2 token; required with V2 unless a token is linked." })),
      tokenSecret: t.string(
        described({
          what: "Write-only. The remote NetBox's v1 token (tokenVersion V1) or v2 secret (V2).",
          update: 'Null or "" clears it.',
        }),
      ),
    };
  },
  toInput: ({ tokenId, ...fields }) => ({ ...fields, ...(tokenId !== undefined ? { tokenId: optionalReference(tokenId, "Token") } : {}) }),
});
