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

/** How the Proxmox VE server is deployed. Set by syncProxmoxEndpoint. */
export type ProxmoxMode =
  | 'CLUSTER'
  | 'STANDALONE'
  | 'UNDEFINED';

/** NetBox's two token formats: v1 keeps a readable plaintext, v2 a key and a hash of the secret. */
export type TokenVersion =
  | 'V1'
  | 'V2';

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