/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new FastAPI endpoint. Absent optional fields take their defaults. The token is generated. */
export type CreateFastApiEndpointInput = {
  /** Free-form data, replacing the current object. Null empties it. */
  customFields?: Record<string, unknown> | null | undefined;
  /** FQDN, host name or localhost; at most 253 characters. Null or blank removes it. */
  domain?: string | null | undefined;
  /** Global ID of an IPAddress. Null removes the link. A domain or an IP address is required. */
  ipAddressId?: string | number | null | undefined;
  /** Display name, unique among endpoints of its kind; at most 255 characters. */
  name: string;
  /** TCP port, 1 to 65535. Default 8800. */
  port?: number | null | undefined;
  /** Default false. */
  serverSideWebsocket?: boolean | null | undefined;
  /** Global IDs of the tags to carry, replacing the current ones. Null removes all. */
  tagIds?: Array<string | number> | null | undefined;
  /** Default false. */
  useHttps?: boolean | null | undefined;
  /** Default false. */
  useWebsocket?: boolean | null | undefined;
  /** Whether to verify the TLS certificate. Default true. */
  verifySsl?: boolean | null | undefined;
  /** Default "" (use domain). */
  websocketDomain?: string | null | undefined;
  /** Default 8800. */
  websocketPort?: number | null | undefined;
};

/** A new IP address. */
export type CreateIpAddressInput = {
  /** IPv4 or IPv6 address, with or without prefix length (default /32 or /128). */
  address: string;
  /** Free text, at most 200 characters. */
  description?: string | null | undefined;
  /** DNS name, at most 255 characters. */
  dnsName?: string | null | undefined;
};

/** A new NetBox endpoint. Absent optional fields take their defaults. */
export type CreateNetBoxEndpointInput = {
  /** Free-form data, replacing the current object. Null empties it. */
  customFields?: Record<string, unknown> | null | undefined;
  /** FQDN, host name or localhost; at most 253 characters. Null or blank removes it. */
  domain?: string | null | undefined;
  /** Global ID of an IPAddress. Null removes the link. A domain or an IP address is required. */
  ipAddressId?: string | number | null | undefined;
  /** Display name, unique among endpoints of its kind; at most 255 characters. */
  name: string;
  /** TCP port, 1 to 65535. Default 443. */
  port?: number | null | undefined;
  /** Global IDs of the tags to carry, replacing the current ones. Null removes all. */
  tagIds?: Array<string | number> | null | undefined;
  /** A v1 Token of this service. Forces tokenVersion V1 and clears tokenKey and tokenSecret. Null removes it. */
  tokenId?: string | number | null | undefined;
  /** v2 token key (its id); required with V2 unless a token is linked. */
  tokenKey?: string | null | undefined;
  /** Write-only. v2 token secret; null or "" clears it. */
  tokenSecret?: string | null | undefined;
  /** Default V1. */
  tokenVersion?: TokenVersion | null | undefined;
  /** Whether to verify the TLS certificate. Default true. */
  verifySsl?: boolean | null | undefined;
};

/** A new Proxmox endpoint. Absent optional fields take their defaults. */
export type CreateProxmoxEndpointInput = {
  /** Default false. */
  allowWrites?: boolean | null | undefined;
  /** Free-form data, replacing the current object. Null empties it. */
  customFields?: Record<string, unknown> | null | undefined;
  /** FQDN, host name or localhost; at most 253 characters. Null or blank removes it. */
  domain?: string | null | undefined;
  /** Global ID of an IPAddress. Null removes the link. A domain or an IP address is required. */
  ipAddressId?: string | number | null | undefined;
  /** Default UNDEFINED. */
  mode?: ProxmoxMode | null | undefined;
  /** Display name, unique among endpoints of its kind; at most 255 characters. */
  name: string;
  /** Write-only. Null or "" clears the stored password. */
  password?: string | null | undefined;
  /** TCP port, 1 to 65535. Default 8006. */
  port?: number | null | undefined;
  /** Repository/release id, at most 16 characters. */
  repoid?: string | null | undefined;
  /** Global IDs of the tags to carry, replacing the current ones. Null removes all. */
  tagIds?: Array<string | number> | null | undefined;
  /** API token name. */
  tokenName?: string | null | undefined;
  /** Write-only. Null or "" clears the stored token value. */
  tokenValue?: string | null | undefined;
  /** Default root@pam. */
  username?: string | null | undefined;
  /** Whether to verify the TLS certificate. Default false. */
  verifySsl?: boolean | null | undefined;
  /** Proxmox VE version, at most 20 characters. */
  version?: string | null | undefined;
};

/** A new tag. */
export type CreateTagInput = {
  /** Six hex digits, with or without '#'. Default 9e9e9e. */
  color?: string | null | undefined;
  /** Free text, at most 200 characters. */
  description?: string | null | undefined;
  /** Unique name, at most 100 characters. */
  name: string;
  /** Unique URL-safe name (letters, digits, - and _); made from the name when absent. */
  slug?: string | null | undefined;
};

/** A new API token. */
export type CreateTokenInput = {
  /** Free text, at most 200 characters. */
  description?: string | null | undefined;
  /** When the token stops working; must be in the future. Default: never. */
  expires?: string | null | undefined;
  /** Default V2. */
  version?: TokenVersion | null | undefined;
  /** Whether the token may run mutations. Default true. */
  writeEnabled?: boolean | null | undefined;
};

/** Date and time lookups. All given lookups must hold. */
export type DateTimeFilter = {
  /** Later than. */
  gt?: string | null | undefined;
  /** At or later than. */
  gte?: string | null | undefined;
  /** Earlier than. */
  lt?: string | null | undefined;
  /** At or earlier than. */
  lte?: string | null | undefined;
};

/** Filters on the fields every endpoint has. Fields, AND members and NOT all hold; each OR member is an alternative to them. */
export type EndpointFilter = {
  /** Every one of these filters holds. */
  AND?: Array<EndpointFilter> | null | undefined;
  /** This filter does not hold. */
  NOT?: EndpointFilter | null | undefined;
  /** Alternatives to the rest of this filter. */
  OR?: Array<EndpointFilter> | null | undefined;
  /** Creation time. */
  created?: DateTimeFilter | null | undefined;
  /** Domain lookups; isNull finds endpoints without one. */
  domain?: StringFilter | null | undefined;
  /** The endpoint itself, by global ID or database id. */
  id?: IdFilter | null | undefined;
  /** The linked IP address, by its text (for example startsWith "10.0."). */
  ipAddress?: StringFilter | null | undefined;
  /** The linked IP address, by its global ID. */
  ipAddressId?: IdFilter | null | undefined;
  /** Endpoint kinds; an endpoint must be of one of them. */
  kind?: Array<EndpointKind> | null | undefined;
  /** Time of the last change. */
  lastUpdated?: DateTimeFilter | null | undefined;
  /** Name lookups. */
  name?: StringFilter | null | undefined;
  /** Port lookups. */
  port?: IntFilter | null | undefined;
  /** Tag slugs; an endpoint must carry every one. */
  tag?: Array<string> | null | undefined;
  /** Whether the TLS certificate is verified. */
  verifySsl?: boolean | null | undefined;
};

/** The three kinds of connection target. */
export type EndpointKind =
  | 'FASTAPI'
  | 'NETBOX'
  | 'PROXMOX';

/** One ordering term. */
export type EndpointOrder = {
  /** Ascending or descending. */
  direction: OrderDirection;
  /** The field to order by. */
  field: EndpointOrderField;
};

/** What endpoints can be ordered by. Rows that tie are ordered by id. */
export type EndpointOrderField =
  /** Creation time. */
  | 'CREATED'
  /** Domain; endpoints without one come last. */
  | 'DOMAIN'
  /** Database id, that is creation order. */
  | 'ID'
  /** Time of the last change. */
  | 'LAST_UPDATED'
  /** Name. */
  | 'NAME'
  /** Port. */
  | 'PORT';

/** Filters on FastAPI endpoints. Fields, AND members and NOT all hold; each OR member is an alternative to them. */
export type FastApiEndpointFilter = {
  /** Every one of these filters holds. */
  AND?: Array<FastApiEndpointFilter> | null | undefined;
  /** This filter does not hold. */
  NOT?: FastApiEndpointFilter | null | undefined;
  /** Alternatives to the rest of this filter. */
  OR?: Array<FastApiEndpointFilter> | null | undefined;
  /** Creation time. */
  created?: DateTimeFilter | null | undefined;
  /** Domain lookups; isNull finds endpoints without one. */
  domain?: StringFilter | null | undefined;
  /** The endpoint itself, by global ID or database id. */
  id?: IdFilter | null | undefined;
  /** The linked IP address, by its text (for example startsWith "10.0."). */
  ipAddress?: StringFilter | null | undefined;
  /** The linked IP address, by its global ID. */
  ipAddressId?: IdFilter | null | undefined;
  /** Time of the last change. */
  lastUpdated?: DateTimeFilter | null | undefined;
  /** Name lookups. */
  name?: StringFilter | null | undefined;
  /** Port lookups. */
  port?: IntFilter | null | undefined;
  /** Tag slugs; an endpoint must carry every one. */
  tag?: Array<string> | null | undefined;
  /** Whether https:// is used. */
  useHttps?: boolean | null | undefined;
  /** Whether a WebSocket is used. */
  useWebsocket?: boolean | null | undefined;
  /** Whether the TLS certificate is verified. */
  verifySsl?: boolean | null | undefined;
};

/** ID lookups. An ID is a global ID or the bare database id. All given lookups must hold. */
export type IdFilter = {
  /** This object. */
  exact?: string | number | null | undefined;
  /** One of these objects. */
  inList?: Array<string | number> | null | undefined;
};

/** Integer lookups. All given lookups must hold. */
export type IntFilter = {
  /** Equal. */
  exact?: number | null | undefined;
  /** Greater than. */
  gt?: number | null | undefined;
  /** Greater than or equal. */
  gte?: number | null | undefined;
  /** Equal to one of these. */
  inList?: Array<number> | null | undefined;
  /** Less than. */
  lt?: number | null | undefined;
  /** Less than or equal. */
  lte?: number | null | undefined;
};

/** Filters on NetBox endpoints. Fields, AND members and NOT all hold; each OR member is an alternative to them. */
export type NetBoxEndpointFilter = {
  /** Every one of these filters holds. */
  AND?: Array<NetBoxEndpointFilter> | null | undefined;
  /** This filter does not hold. */
  NOT?: NetBoxEndpointFilter | null | undefined;
  /** Alternatives to the rest of this filter. */
  OR?: Array<NetBoxEndpointFilter> | null | undefined;
  /** Creation time. */
  created?: DateTimeFilter | null | undefined;
  /** Domain lookups; isNull finds endpoints without one. */
  domain?: StringFilter | null | undefined;
  /** The endpoint itself, by global ID or database id. */
  id?: IdFilter | null | undefined;
  /** The linked IP address, by its text (for example startsWith "10.0."). */
  ipAddress?: StringFilter | null | undefined;
  /** The linked IP address, by its global ID. */
  ipAddressId?: IdFilter | null | undefined;
  /** Time of the last change. */
  lastUpdated?: DateTimeFilter | null | undefined;
  /** Name lookups. */
  name?: StringFilter | null | undefined;
  /** Port lookups. */
  port?: IntFilter | null | undefined;
  /** Tag slugs; an endpoint must carry every one. */
  tag?: Array<string> | null | undefined;
  /** Authentication style. */
  tokenVersion?: TokenVersionFilter | null | undefined;
  /** Whether the TLS certificate is verified. */
  verifySsl?: boolean | null | undefined;
};

/** Sort direction. */
export type OrderDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** Filters on Proxmox endpoints. Fields, AND members and NOT all hold; each OR member is an alternative to them. */
export type ProxmoxEndpointFilter = {
  /** Every one of these filters holds. */
  AND?: Array<ProxmoxEndpointFilter> | null | undefined;
  /** This filter does not hold. */
  NOT?: ProxmoxEndpointFilter | null | undefined;
  /** Alternatives to the rest of this filter. */
  OR?: Array<ProxmoxEndpointFilter> | null | undefined;
  /** Whether operational verbs are allowed. */
  allowWrites?: boolean | null | undefined;
  /** Creation time. */
  created?: DateTimeFilter | null | undefined;
  /** Domain lookups; isNull finds endpoints without one. */
  domain?: StringFilter | null | undefined;
  /** The endpoint itself, by global ID or database id. */
  id?: IdFilter | null | undefined;
  /** The linked IP address, by its text (for example startsWith "10.0."). */
  ipAddress?: StringFilter | null | undefined;
  /** The linked IP address, by its global ID. */
  ipAddressId?: IdFilter | null | undefined;
  /** Time of the last change. */
  lastUpdated?: DateTimeFilter | null | undefined;
  /** Deployment mode. */
  mode?: ProxmoxModeFilter | null | undefined;
  /** Name lookups. */
  name?: StringFilter | null | undefined;
  /** Port lookups. */
  port?: IntFilter | null | undefined;
  /** Tag slugs; an endpoint must carry every one. */
  tag?: Array<string> | null | undefined;
  /** API user lookups. */
  username?: StringFilter | null | undefined;
  /** Whether the TLS certificate is verified. */
  verifySsl?: boolean | null | undefined;
};

/** How the Proxmox VE server is deployed. Set by syncProxmoxEndpoint. */
export type ProxmoxMode =
  | 'CLUSTER'
  | 'STANDALONE'
  | 'UNDEFINED';

/** Mode lookups. All given lookups must hold. */
export type ProxmoxModeFilter = {
  /** This mode. */
  exact?: ProxmoxMode | null | undefined;
  /** One of these modes. */
  inList?: Array<ProxmoxMode> | null | undefined;
};

/** String lookups, as in NetBox's GraphQL filters. All given lookups must hold. */
export type StringFilter = {
  /** Contains, case-sensitive. */
  contains?: string | null | undefined;
  /** Ends with, case-sensitive. */
  endsWith?: string | null | undefined;
  /** Equal, case-sensitive. */
  exact?: string | null | undefined;
  /** Contains, ignoring case. */
  iContains?: string | null | undefined;
  /** Ends with, ignoring case. */
  iEndsWith?: string | null | undefined;
  /** Equal, ignoring case. */
  iExact?: string | null | undefined;
  /** Starts with, ignoring case. */
  iStartsWith?: string | null | undefined;
  /** Equal to one of these, case-sensitive. */
  inList?: Array<string> | null | undefined;
  /** true: has no value; false: has a value. */
  isNull?: boolean | null | undefined;
  /** Starts with, case-sensitive. */
  startsWith?: string | null | undefined;
};

/** NetBox's two token formats: v1 keeps a readable plaintext, v2 a key and a hash of the secret. */
export type TokenVersion =
  | 'V1'
  | 'V2';

/** Token version lookups. All given lookups must hold. */
export type TokenVersionFilter = {
  /** This version. */
  exact?: TokenVersion | null | undefined;
  /** One of these versions. */
  inList?: Array<TokenVersion> | null | undefined;
};

/** What kind of problem a UserError reports. */
export type UserErrorCode =
  /** The endpoint refused the stored credentials, or none are stored. */
  | 'AUTHENTICATION_FAILED'
  /** The endpoint answered, but not as expected. */
  | 'BAD_RESPONSE'
  /** The value is empty or only whitespace. */
  | 'BLANK'
  /** The endpoint's TLS certificate is not trusted (see verifySsl). */
  | 'CERTIFICATE_NOT_TRUSTED'
  /** The value does not have the expected form. */
  | 'INVALID'
  /** The object cannot be deleted while others refer to it. */
  | 'IN_USE'
  /** The ID names no object of the expected type. */
  | 'NOT_FOUND'
  /** The number is outside the allowed range. */
  | 'OUT_OF_RANGE'
  /** A value is needed and none was given. */
  | 'REQUIRED'
  /** Another object already uses this value. */
  | 'TAKEN'
  /** The endpoint did not answer in time. */
  | 'TIMEOUT'
  /** The value is longer than allowed. */
  | 'TOO_LONG'
  /** The endpoint could not be reached. */
  | 'UNREACHABLE';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, databaseId: number, version: TokenVersion, key: string | null, display: string, writeEnabled: boolean, lastUsed: string | null } };

export type AuthCreateTagMutationVariables = Exact<{
  input: CreateTagInput;
}>;


export type AuthCreateTagMutation = { createTag: { tag: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } };

export type QuerySeedIpAddressMutationVariables = Exact<{
  input: CreateIpAddressInput;
}>;


export type QuerySeedIpAddressMutation = { createIpAddress: { ipAddress: { id: string, databaseId: number, address: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type QuerySeedTagMutationVariables = Exact<{
  input: CreateTagInput;
}>;


export type QuerySeedTagMutation = { createTag: { tag: { id: string, databaseId: number, slug: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type QuerySeedTokenMutationVariables = Exact<{
  input: CreateTokenInput;
}>;


export type QuerySeedTokenMutation = { createToken: { token: { id: string, databaseId: number } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type QuerySeedProxmoxMutationVariables = Exact<{
  input: CreateProxmoxEndpointInput;
}>;


export type QuerySeedProxmoxMutation = { createProxmoxEndpoint: { proxmoxEndpoint: { id: string, databaseId: number } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type QuerySeedNetBoxMutationVariables = Exact<{
  input: CreateNetBoxEndpointInput;
}>;


export type QuerySeedNetBoxMutation = { createNetBoxEndpoint: { netBoxEndpoint: { id: string, databaseId: number } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type QuerySeedFastApiMutationVariables = Exact<{
  input: CreateFastApiEndpointInput;
}>;


export type QuerySeedFastApiMutation = { createFastApiEndpoint: { fastApiEndpoint: { id: string, databaseId: number } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type QueryEndpointPageQueryVariables = Exact<{
  filter?: EndpointFilter | null | undefined;
  q?: string | null | undefined;
  orderBy?: Array<EndpointOrder> | EndpointOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type QueryEndpointPageQuery = { endpoints: { edges: Array<{ cursor: string, node:
        | { __typename: 'FastAPIEndpoint', id: string, databaseId: number, name: string, domain: string | null, port: number }
        | { __typename: 'NetBoxEndpoint', id: string, databaseId: number, name: string, domain: string | null, port: number }
        | { __typename: 'ProxmoxEndpoint', id: string, databaseId: number, name: string, domain: string | null, port: number }
       }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type QueryEndpointCountQueryVariables = Exact<{
  filter?: EndpointFilter | null | undefined;
  q?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type QueryEndpointCountQuery = { endpoints: { totalCount: number, nodes: Array<
      | { databaseId: number }
      | { databaseId: number }
      | { databaseId: number }
    > } };

export type QueryEndpointTotalOnlyQueryVariables = Exact<{
  filter?: EndpointFilter | null | undefined;
  q?: string | null | undefined;
}>;


export type QueryEndpointTotalOnlyQuery = { endpoints: { totalCount: number } };

export type QueryEndpointWithoutCountQueryVariables = Exact<{
  filter?: EndpointFilter | null | undefined;
  q?: string | null | undefined;
}>;


export type QueryEndpointWithoutCountQuery = { endpoints: { nodes: Array<
      | { databaseId: number }
      | { databaseId: number }
      | { databaseId: number }
    >, pageInfo: { hasNextPage: boolean } } };

export type QueryProxmoxListQueryVariables = Exact<{
  filter?: ProxmoxEndpointFilter | null | undefined;
  q?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type QueryProxmoxListQuery = { proxmoxEndpoints: { totalCount: number, nodes: Array<{ __typename: 'ProxmoxEndpoint', databaseId: number, name: string, mode: ProxmoxMode, allowWrites: boolean, username: string }> } };

export type QueryNetBoxListQueryVariables = Exact<{
  filter?: NetBoxEndpointFilter | null | undefined;
  q?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type QueryNetBoxListQuery = { netBoxEndpoints: { totalCount: number, nodes: Array<{ __typename: 'NetBoxEndpoint', databaseId: number, name: string, tokenVersion: TokenVersion }> } };

export type QueryFastApiListQueryVariables = Exact<{
  filter?: FastApiEndpointFilter | null | undefined;
  q?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type QueryFastApiListQuery = { fastApiEndpoints: { totalCount: number, nodes: Array<{ __typename: 'FastAPIEndpoint', databaseId: number, name: string, useHttps: boolean, useWebsocket: boolean }> } };

export type QueryEndpointFragmentsQueryVariables = Exact<{
  filter?: EndpointFilter | null | undefined;
}>;


export type QueryEndpointFragmentsQuery = { endpoints: { nodes: Array<
      | { __typename: 'FastAPIEndpoint', useHttps: boolean, useWebsocket: boolean, id: string, databaseId: number, name: string }
      | { __typename: 'NetBoxEndpoint', tokenVersion: TokenVersion, tokenVersionLabel: string, tokenKey: string, id: string, databaseId: number, name: string }
      | { __typename: 'ProxmoxEndpoint', mode: ProxmoxMode, modeLabel: string, allowWrites: boolean, username: string, id: string, databaseId: number, name: string }
    > } };

export type QueryNodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type QueryNodeByIdQuery = { node:
    | { __typename: 'FastAPIEndpoint', databaseId: number, name: string, useHttps: boolean, id: string }
    | { __typename: 'IPAddress', databaseId: number, address: string, id: string }
    | { __typename: 'NetBoxEndpoint', databaseId: number, name: string, tokenVersion: TokenVersion, id: string }
    | { __typename: 'ProxmoxEndpoint', databaseId: number, name: string, mode: ProxmoxMode, id: string }
    | { __typename: 'Tag', databaseId: number, slug: string, id: string }
    | { __typename: 'Token', databaseId: number, description: string, id: string }
   | null };

export type QueryNodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type QueryNodesByIdsQuery = { nodes: Array<
    | { __typename: 'FastAPIEndpoint', databaseId: number, name: string, id: string }
    | { __typename: 'IPAddress', databaseId: number, address: string, id: string }
    | { __typename: 'NetBoxEndpoint', databaseId: number, name: string, id: string }
    | { __typename: 'ProxmoxEndpoint', databaseId: number, name: string, id: string }
    | { __typename: 'Tag', databaseId: number, slug: string, id: string }
    | { __typename: 'Token', databaseId: number, description: string, id: string }
   | null> };

export type QueryEndpointByKindQueryVariables = Exact<{
  id: string | number;
}>;


export type QueryEndpointByKindQuery = { proxmoxEndpoint: { __typename: 'ProxmoxEndpoint', id: string, databaseId: number, name: string, mode: ProxmoxMode } | null, netBoxEndpoint: { __typename: 'NetBoxEndpoint', id: string, databaseId: number, name: string, tokenVersion: TokenVersion } | null, fastApiEndpoint: { __typename: 'FastAPIEndpoint', id: string, databaseId: number, name: string, useHttps: boolean } | null };

export type QueryIpAddressSearchQueryVariables = Exact<{
  q?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type QueryIpAddressSearchQuery = { ipAddresses: { totalCount: number, nodes: Array<{ id: string, databaseId: number, address: string, dnsName: string }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type QueryTagSearchQueryVariables = Exact<{
  q?: string | null | undefined;
}>;


export type QueryTagSearchQuery = { tags: { totalCount: number, nodes: Array<{ id: string, name: string, slug: string }> } };

export type QueryTokenListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type QueryTokenListQuery = { tokens: { totalCount: number, edges: Array<{ cursor: string, node: { __typename: 'Token', id: string, databaseId: number, description: string, version: TokenVersion, writeEnabled: boolean } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type QueryViewerTokenQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryViewerTokenQuery = { viewer: { __typename: 'Token', id: string, databaseId: number, version: TokenVersion, writeEnabled: boolean, description: string } };

export type ObjectsCreateIpMutationVariables = Exact<{
  input: CreateIpAddressInput;
}>;


export type ObjectsCreateIpMutation = { createIpAddress: { ipAddress: { id: string, databaseId: number, address: string, family: number, dnsName: string, description: string, display: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ObjectsDeleteIpMutationVariables = Exact<{
  id: string | number;
}>;


export type ObjectsDeleteIpMutation = { deleteIpAddress: { deletedId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ObjectsCreateTagMutationVariables = Exact<{
  input: CreateTagInput;
}>;


export type ObjectsCreateTagMutation = { createTag: { tag: { id: string, name: string, slug: string, color: string, description: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ObjectsDeleteTagMutationVariables = Exact<{
  id: string | number;
}>;


export type ObjectsDeleteTagMutation = { deleteTag: { deletedId: string | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } };

export type ObjectsCreateTokenMutationVariables = Exact<{
  input: CreateTokenInput;
}>;


export type ObjectsCreateTokenMutation = { createToken: { plaintext: string | null, token: { id: string, databaseId: number, version: TokenVersion, key: string | null, display: string, description: string, writeEnabled: boolean, expires: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ObjectsDeleteTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type ObjectsDeleteTokenMutation = { deleteToken: { deletedId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ObjectsCreateProxmoxMutationVariables = Exact<{
  input: CreateProxmoxEndpointInput;
}>;


export type ObjectsCreateProxmoxMutation = { createProxmoxEndpoint: { proxmoxEndpoint: { id: string, tags: Array<{ slug: string }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } };

export type ObjectsCreateNetboxMutationVariables = Exact<{
  input: CreateNetBoxEndpointInput;
}>;


export type ObjectsCreateNetboxMutation = { createNetBoxEndpoint: { netBoxEndpoint: { id: string, token: { id: string, display: string } | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } };

export type ObjectsDeleteProxmoxMutationVariables = Exact<{
  id: string | number;
}>;


export type ObjectsDeleteProxmoxMutation = { deleteProxmoxEndpoint: { deletedId: string | null } };

export type ObjectsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ObjectsViewerQuery = { viewer: { id: string } };

export type AtRestCreateProxmoxMutationVariables = Exact<{
  input: CreateProxmoxEndpointInput;
}>;


export type AtRestCreateProxmoxMutation = { createProxmoxEndpoint: { proxmoxEndpoint: { databaseId: number } | null, userErrors: Array<{ field: Array<string> | null }> } };

export type AtRestCreateNetboxMutationVariables = Exact<{
  input: CreateNetBoxEndpointInput;
}>;


export type AtRestCreateNetboxMutation = { createNetBoxEndpoint: { netBoxEndpoint: { databaseId: number } | null } };

export type AtRestCreateFastapiMutationVariables = Exact<{
  input: CreateFastApiEndpointInput;
}>;


export type AtRestCreateFastapiMutation = { createFastApiEndpoint: { fastApiEndpoint: { databaseId: number, token: string } | null } };


export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"writeEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsed"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const AuthCreateTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthCreateTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AuthCreateTagMutation, AuthCreateTagMutationVariables>;
export const QuerySeedIpAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuerySeedIpAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIPAddressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIpAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<QuerySeedIpAddressMutation, QuerySeedIpAddressMutationVariables>;
export const QuerySeedTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuerySeedTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<QuerySeedTagMutation, QuerySeedTagMutationVariables>;
export const QuerySeedTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuerySeedToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<QuerySeedTokenMutation, QuerySeedTokenMutationVariables>;
export const QuerySeedProxmoxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuerySeedProxmox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProxmoxEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProxmoxEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proxmoxEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<QuerySeedProxmoxMutation, QuerySeedProxmoxMutationVariables>;
export const QuerySeedNetBoxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuerySeedNetBox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNetBoxEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNetBoxEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"netBoxEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<QuerySeedNetBoxMutation, QuerySeedNetBoxMutationVariables>;
export const QuerySeedFastApiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuerySeedFastApi"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFastAPIEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFastApiEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fastApiEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<QuerySeedFastApiMutation, QuerySeedFastApiMutationVariables>;
export const QueryEndpointPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryEndpointPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EndpointFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndpointOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"q"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"port"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<QueryEndpointPageQuery, QueryEndpointPageQueryVariables>;
export const QueryEndpointCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryEndpointCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EndpointFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"q"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}}]}}]}}]}}]} as unknown as DocumentNode<QueryEndpointCountQuery, QueryEndpointCountQueryVariables>;
export const QueryEndpointTotalOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryEndpointTotalOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EndpointFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"q"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<QueryEndpointTotalOnlyQuery, QueryEndpointTotalOnlyQueryVariables>;
export const QueryEndpointWithoutCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryEndpointWithoutCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EndpointFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"q"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<QueryEndpointWithoutCountQuery, QueryEndpointWithoutCountQueryVariables>;
export const QueryProxmoxListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryProxmoxList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProxmoxEndpointFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proxmoxEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"q"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"allowWrites"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<QueryProxmoxListQuery, QueryProxmoxListQueryVariables>;
export const QueryNetBoxListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryNetBoxList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetBoxEndpointFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"netBoxEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"q"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tokenVersion"}}]}}]}}]}}]} as unknown as DocumentNode<QueryNetBoxListQuery, QueryNetBoxListQueryVariables>;
export const QueryFastApiListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryFastApiList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FastAPIEndpointFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fastApiEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"q"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"useHttps"}},{"kind":"Field","name":{"kind":"Name","value":"useWebsocket"}}]}}]}}]}}]} as unknown as DocumentNode<QueryFastApiListQuery, QueryFastApiListQueryVariables>;
export const QueryEndpointFragmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryEndpointFragments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EndpointFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProxmoxEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"modeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowWrites"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetBoxEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenVersion"}},{"kind":"Field","name":{"kind":"Name","value":"tokenVersionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"tokenKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FastAPIEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"useHttps"}},{"kind":"Field","name":{"kind":"Name","value":"useWebsocket"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueryEndpointFragmentsQuery, QueryEndpointFragmentsQueryVariables>;
export const QueryNodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryNodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProxmoxEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetBoxEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tokenVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FastAPIEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"useHttps"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IPAddress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Token"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<QueryNodeByIdQuery, QueryNodeByIdQueryVariables>;
export const QueryNodesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryNodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProxmoxEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetBoxEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FastAPIEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IPAddress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Token"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<QueryNodesByIdsQuery, QueryNodesByIdsQueryVariables>;
export const QueryEndpointByKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryEndpointByKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proxmoxEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"netBoxEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tokenVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fastApiEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"useHttps"}}]}}]}}]} as unknown as DocumentNode<QueryEndpointByKindQuery, QueryEndpointByKindQueryVariables>;
export const QueryIpAddressSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryIpAddressSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipAddresses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"q"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"dnsName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<QueryIpAddressSearchQuery, QueryIpAddressSearchQueryVariables>;
export const QueryTagSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryTagSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"q"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<QueryTagSearchQuery, QueryTagSearchQueryVariables>;
export const QueryTokenListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryTokenList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"writeEnabled"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<QueryTokenListQuery, QueryTokenListQueryVariables>;
export const QueryViewerTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryViewerToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"writeEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<QueryViewerTokenQuery, QueryViewerTokenQueryVariables>;
export const ObjectsCreateIpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectsCreateIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIPAddressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIpAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"dnsName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ObjectsCreateIpMutation, ObjectsCreateIpMutationVariables>;
export const ObjectsDeleteIpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectsDeleteIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIpAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ObjectsDeleteIpMutation, ObjectsDeleteIpMutationVariables>;
export const ObjectsCreateTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectsCreateTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ObjectsCreateTagMutation, ObjectsCreateTagMutationVariables>;
export const ObjectsDeleteTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectsDeleteTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ObjectsDeleteTagMutation, ObjectsDeleteTagMutationVariables>;
export const ObjectsCreateTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectsCreateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"writeEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"expires"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plaintext"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ObjectsCreateTokenMutation, ObjectsCreateTokenMutationVariables>;
export const ObjectsDeleteTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectsDeleteToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ObjectsDeleteTokenMutation, ObjectsDeleteTokenMutationVariables>;
export const ObjectsCreateProxmoxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectsCreateProxmox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProxmoxEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProxmoxEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proxmoxEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ObjectsCreateProxmoxMutation, ObjectsCreateProxmoxMutationVariables>;
export const ObjectsCreateNetboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectsCreateNetbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNetBoxEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNetBoxEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"netBoxEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ObjectsCreateNetboxMutation, ObjectsCreateNetboxMutationVariables>;
export const ObjectsDeleteProxmoxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectsDeleteProxmox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProxmoxEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<ObjectsDeleteProxmoxMutation, ObjectsDeleteProxmoxMutationVariables>;
export const ObjectsViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectsViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ObjectsViewerQuery, ObjectsViewerQueryVariables>;
export const AtRestCreateProxmoxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AtRestCreateProxmox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProxmoxEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProxmoxEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proxmoxEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AtRestCreateProxmoxMutation, AtRestCreateProxmoxMutationVariables>;
export const AtRestCreateNetboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AtRestCreateNetbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNetBoxEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNetBoxEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"netBoxEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}}]}}]}}]}}]} as unknown as DocumentNode<AtRestCreateNetboxMutation, AtRestCreateNetboxMutationVariables>;
export const AtRestCreateFastapiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AtRestCreateFastapi"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFastAPIEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFastApiEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fastApiEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]}}]} as unknown as DocumentNode<AtRestCreateFastapiMutation, AtRestCreateFastapiMutationVariables>;