/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      databaseId\n      version\n      key\n      display\n      writeEnabled\n      lastUsed\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation AuthCreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      tag {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.AuthCreateTagDocument,
    "\n  mutation ObjectsCreateIp($input: CreateIPAddressInput!) {\n    createIpAddress(input: $input) {\n      ipAddress {\n        id\n        databaseId\n        address\n        family\n        dnsName\n        description\n        display\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ObjectsCreateIpDocument,
    "\n  mutation ObjectsDeleteIp($id: ID!) {\n    deleteIpAddress(input: { id: $id }) {\n      deletedId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ObjectsDeleteIpDocument,
    "\n  mutation ObjectsCreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      tag {\n        id\n        name\n        slug\n        color\n        description\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ObjectsCreateTagDocument,
    "\n  mutation ObjectsDeleteTag($id: ID!) {\n    deleteTag(input: { id: $id }) {\n      deletedId\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.ObjectsDeleteTagDocument,
    "\n  mutation ObjectsCreateToken($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      token {\n        id\n        databaseId\n        version\n        key\n        display\n        description\n        writeEnabled\n        expires\n      }\n      plaintext\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ObjectsCreateTokenDocument,
    "\n  mutation ObjectsDeleteToken($id: ID!) {\n    deleteToken(input: { id: $id }) {\n      deletedId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ObjectsDeleteTokenDocument,
    "\n  mutation ObjectsCreateProxmox($input: CreateProxmoxEndpointInput!) {\n    createProxmoxEndpoint(input: $input) {\n      proxmoxEndpoint {\n        id\n        tags {\n          slug\n        }\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.ObjectsCreateProxmoxDocument,
    "\n  mutation ObjectsCreateNetbox($input: CreateNetBoxEndpointInput!) {\n    createNetBoxEndpoint(input: $input) {\n      netBoxEndpoint {\n        id\n        token {\n          id\n          display\n        }\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.ObjectsCreateNetboxDocument,
    "\n  mutation ObjectsDeleteProxmox($id: ID!) {\n    deleteProxmoxEndpoint(input: { id: $id }) {\n      deletedId\n    }\n  }\n": typeof types.ObjectsDeleteProxmoxDocument,
    "\n  query ObjectsViewer {\n    viewer {\n      id\n    }\n  }\n": typeof types.ObjectsViewerDocument,
    "\n  mutation AtRestCreateProxmox($input: CreateProxmoxEndpointInput!) {\n    createProxmoxEndpoint(input: $input) {\n      proxmoxEndpoint {\n        databaseId\n      }\n      userErrors {\n        field\n      }\n    }\n  }\n": typeof types.AtRestCreateProxmoxDocument,
    "\n  mutation AtRestCreateNetbox($input: CreateNetBoxEndpointInput!) {\n    createNetBoxEndpoint(input: $input) {\n      netBoxEndpoint {\n        databaseId\n      }\n    }\n  }\n": typeof types.AtRestCreateNetboxDocument,
    "\n  mutation AtRestCreateFastapi($input: CreateFastAPIEndpointInput!) {\n    createFastApiEndpoint(input: $input) {\n      fastApiEndpoint {\n        databaseId\n        token\n      }\n    }\n  }\n": typeof types.AtRestCreateFastapiDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      databaseId\n      version\n      key\n      display\n      writeEnabled\n      lastUsed\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation AuthCreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      tag {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.AuthCreateTagDocument,
    "\n  mutation ObjectsCreateIp($input: CreateIPAddressInput!) {\n    createIpAddress(input: $input) {\n      ipAddress {\n        id\n        databaseId\n        address\n        family\n        dnsName\n        description\n        display\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ObjectsCreateIpDocument,
    "\n  mutation ObjectsDeleteIp($id: ID!) {\n    deleteIpAddress(input: { id: $id }) {\n      deletedId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ObjectsDeleteIpDocument,
    "\n  mutation ObjectsCreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      tag {\n        id\n        name\n        slug\n        color\n        description\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ObjectsCreateTagDocument,
    "\n  mutation ObjectsDeleteTag($id: ID!) {\n    deleteTag(input: { id: $id }) {\n      deletedId\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.ObjectsDeleteTagDocument,
    "\n  mutation ObjectsCreateToken($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      token {\n        id\n        databaseId\n        version\n        key\n        display\n        description\n        writeEnabled\n        expires\n      }\n      plaintext\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ObjectsCreateTokenDocument,
    "\n  mutation ObjectsDeleteToken($id: ID!) {\n    deleteToken(input: { id: $id }) {\n      deletedId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ObjectsDeleteTokenDocument,
    "\n  mutation ObjectsCreateProxmox($input: CreateProxmoxEndpointInput!) {\n    createProxmoxEndpoint(input: $input) {\n      proxmoxEndpoint {\n        id\n        tags {\n          slug\n        }\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.ObjectsCreateProxmoxDocument,
    "\n  mutation ObjectsCreateNetbox($input: CreateNetBoxEndpointInput!) {\n    createNetBoxEndpoint(input: $input) {\n      netBoxEndpoint {\n        id\n        token {\n          id\n          display\n        }\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.ObjectsCreateNetboxDocument,
    "\n  mutation ObjectsDeleteProxmox($id: ID!) {\n    deleteProxmoxEndpoint(input: { id: $id }) {\n      deletedId\n    }\n  }\n": types.ObjectsDeleteProxmoxDocument,
    "\n  query ObjectsViewer {\n    viewer {\n      id\n    }\n  }\n": types.ObjectsViewerDocument,
    "\n  mutation AtRestCreateProxmox($input: CreateProxmoxEndpointInput!) {\n    createProxmoxEndpoint(input: $input) {\n      proxmoxEndpoint {\n        databaseId\n      }\n      userErrors {\n        field\n      }\n    }\n  }\n": types.AtRestCreateProxmoxDocument,
    "\n  mutation AtRestCreateNetbox($input: CreateNetBoxEndpointInput!) {\n    createNetBoxEndpoint(input: $input) {\n      netBoxEndpoint {\n        databaseId\n      }\n    }\n  }\n": types.AtRestCreateNetboxDocument,
    "\n  mutation AtRestCreateFastapi($input: CreateFastAPIEndpointInput!) {\n    createFastApiEndpoint(input: $input) {\n      fastApiEndpoint {\n        databaseId\n        token\n      }\n    }\n  }\n": types.AtRestCreateFastapiDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      databaseId\n      version\n      key\n      display\n      writeEnabled\n      lastUsed\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      databaseId\n      version\n      key\n      display\n      writeEnabled\n      lastUsed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      tag {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      tag {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectsCreateIp($input: CreateIPAddressInput!) {\n    createIpAddress(input: $input) {\n      ipAddress {\n        id\n        databaseId\n        address\n        family\n        dnsName\n        description\n        display\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ObjectsCreateIp($input: CreateIPAddressInput!) {\n    createIpAddress(input: $input) {\n      ipAddress {\n        id\n        databaseId\n        address\n        family\n        dnsName\n        description\n        display\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectsDeleteIp($id: ID!) {\n    deleteIpAddress(input: { id: $id }) {\n      deletedId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ObjectsDeleteIp($id: ID!) {\n    deleteIpAddress(input: { id: $id }) {\n      deletedId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectsCreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      tag {\n        id\n        name\n        slug\n        color\n        description\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ObjectsCreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      tag {\n        id\n        name\n        slug\n        color\n        description\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectsDeleteTag($id: ID!) {\n    deleteTag(input: { id: $id }) {\n      deletedId\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ObjectsDeleteTag($id: ID!) {\n    deleteTag(input: { id: $id }) {\n      deletedId\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectsCreateToken($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      token {\n        id\n        databaseId\n        version\n        key\n        display\n        description\n        writeEnabled\n        expires\n      }\n      plaintext\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ObjectsCreateToken($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      token {\n        id\n        databaseId\n        version\n        key\n        display\n        description\n        writeEnabled\n        expires\n      }\n      plaintext\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectsDeleteToken($id: ID!) {\n    deleteToken(input: { id: $id }) {\n      deletedId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ObjectsDeleteToken($id: ID!) {\n    deleteToken(input: { id: $id }) {\n      deletedId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectsCreateProxmox($input: CreateProxmoxEndpointInput!) {\n    createProxmoxEndpoint(input: $input) {\n      proxmoxEndpoint {\n        id\n        tags {\n          slug\n        }\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ObjectsCreateProxmox($input: CreateProxmoxEndpointInput!) {\n    createProxmoxEndpoint(input: $input) {\n      proxmoxEndpoint {\n        id\n        tags {\n          slug\n        }\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectsCreateNetbox($input: CreateNetBoxEndpointInput!) {\n    createNetBoxEndpoint(input: $input) {\n      netBoxEndpoint {\n        id\n        token {\n          id\n          display\n        }\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ObjectsCreateNetbox($input: CreateNetBoxEndpointInput!) {\n    createNetBoxEndpoint(input: $input) {\n      netBoxEndpoint {\n        id\n        token {\n          id\n          display\n        }\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectsDeleteProxmox($id: ID!) {\n    deleteProxmoxEndpoint(input: { id: $id }) {\n      deletedId\n    }\n  }\n"): (typeof documents)["\n  mutation ObjectsDeleteProxmox($id: ID!) {\n    deleteProxmoxEndpoint(input: { id: $id }) {\n      deletedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObjectsViewer {\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ObjectsViewer {\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AtRestCreateProxmox($input: CreateProxmoxEndpointInput!) {\n    createProxmoxEndpoint(input: $input) {\n      proxmoxEndpoint {\n        databaseId\n      }\n      userErrors {\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AtRestCreateProxmox($input: CreateProxmoxEndpointInput!) {\n    createProxmoxEndpoint(input: $input) {\n      proxmoxEndpoint {\n        databaseId\n      }\n      userErrors {\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AtRestCreateNetbox($input: CreateNetBoxEndpointInput!) {\n    createNetBoxEndpoint(input: $input) {\n      netBoxEndpoint {\n        databaseId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AtRestCreateNetbox($input: CreateNetBoxEndpointInput!) {\n    createNetBoxEndpoint(input: $input) {\n      netBoxEndpoint {\n        databaseId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AtRestCreateFastapi($input: CreateFastAPIEndpointInput!) {\n    createFastApiEndpoint(input: $input) {\n      fastApiEndpoint {\n        databaseId\n        token\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AtRestCreateFastapi($input: CreateFastAPIEndpointInput!) {\n    createFastApiEndpoint(input: $input) {\n      fastApiEndpoint {\n        databaseId\n        token\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;