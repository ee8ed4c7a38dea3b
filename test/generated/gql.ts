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
    "\n  mutation QuerySeedIpAddress($input: CreateIPAddressInput!) {\n    createIpAddress(input: $input) {\n      ipAddress {\n        id\n        databaseId\n        address\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.QuerySeedIpAddressDocument,
    "\n  mutation QuerySeedTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      tag {\n        id\n        databaseId\n        slug\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.QuerySeedTagDocument,
    "\n  mutation QuerySeedToken($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      token {\n        id\n        databaseId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.QuerySeedTokenDocument,
    "\n  mutation QuerySeedProxmox($input: CreateProxmoxEndpointInput!) {\n    createProxmoxEndpoint(input: $input) {\n      proxmoxEndpoint {\n        id\n        databaseId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.QuerySeedProxmoxDocument,
    "\n  mutation QuerySeedNetBox($input: CreateNetBoxEndpointInput!) {\n    createNetBoxEndpoint(input: $input) {\n      netBoxEndpoint {\n        id\n        databaseId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.QuerySeedNetBoxDocument,
    "\n  mutation QuerySeedFastApi($input: CreateFastAPIEndpointInput!) {\n    createFastApiEndpoint(input: $input) {\n      fastApiEndpoint {\n        id\n        databaseId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.QuerySeedFastApiDocument,
    "\n  query QueryEndpointPage(\n    $filter: EndpointFilter\n    $q: String\n    $orderBy: [EndpointOrder!]\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    endpoints(filter: $filter, q: $q, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          databaseId\n          name\n          domain\n          port\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.QueryEndpointPageDocument,
    "\n  query QueryEndpointCount($filter: EndpointFilter, $q: String, $first: Int) {\n    endpoints(filter: $filter, q: $q, first: $first) {\n      totalCount\n      nodes {\n        databaseId\n      }\n    }\n  }\n": typeof types.QueryEndpointCountDocument,
    "\n  query QueryEndpointTotalOnly($filter: EndpointFilter, $q: String) {\n    endpoints(filter: $filter, q: $q) {\n      totalCount\n    }\n  }\n": typeof types.QueryEndpointTotalOnlyDocument,
    "\n  query QueryEndpointWithoutCount($filter: EndpointFilter, $q: String) {\n    endpoints(filter: $filter, q: $q) {\n      nodes {\n        databaseId\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.QueryEndpointWithoutCountDocument,
    "\n  query QueryProxmoxList($filter: ProxmoxEndpointFilter, $q: String, $first: Int) {\n    proxmoxEndpoints(filter: $filter, q: $q, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        databaseId\n        name\n        mode\n        allowWrites\n        username\n      }\n    }\n  }\n": typeof types.QueryProxmoxListDocument,
    "\n  query QueryNetBoxList($filter: NetBoxEndpointFilter, $q: String, $first: Int) {\n    netBoxEndpoints(filter: $filter, q: $q, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        databaseId\n        name\n        tokenVersion\n      }\n    }\n  }\n": typeof types.QueryNetBoxListDocument,
    "\n  query QueryFastApiList($filter: FastAPIEndpointFilter, $q: String, $first: Int) {\n    fastApiEndpoints(filter: $filter, q: $q, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        databaseId\n        name\n        useHttps\n        useWebsocket\n      }\n    }\n  }\n": typeof types.QueryFastApiListDocument,
    "\n  query QueryEndpointFragments($filter: EndpointFilter) {\n    endpoints(filter: $filter, first: 1000) {\n      nodes {\n        __typename\n        id\n        databaseId\n        name\n        ... on ProxmoxEndpoint {\n          mode\n          modeLabel\n          allowWrites\n          username\n        }\n        ... on NetBoxEndpoint {\n          tokenVersion\n          tokenVersionLabel\n          tokenKey\n        }\n        ... on FastAPIEndpoint {\n          useHttps\n          useWebsocket\n        }\n      }\n    }\n  }\n": typeof types.QueryEndpointFragmentsDocument,
    "\n  query QueryNodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on ProxmoxEndpoint {\n        databaseId\n        name\n        mode\n      }\n      ... on NetBoxEndpoint {\n        databaseId\n        name\n        tokenVersion\n      }\n      ... on FastAPIEndpoint {\n        databaseId\n        name\n        useHttps\n      }\n      ... on IPAddress {\n        databaseId\n        address\n      }\n      ... on Tag {\n        databaseId\n        slug\n      }\n      ... on Token {\n        databaseId\n        description\n      }\n    }\n  }\n": typeof types.QueryNodeByIdDocument,
    "\n  query QueryNodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on ProxmoxEndpoint {\n        databaseId\n        name\n      }\n      ... on NetBoxEndpoint {\n        databaseId\n        name\n      }\n      ... on FastAPIEndpoint {\n        databaseId\n        name\n      }\n      ... on IPAddress {\n        databaseId\n        address\n      }\n      ... on Tag {\n        databaseId\n        slug\n      }\n      ... on Token {\n        databaseId\n        description\n      }\n    }\n  }\n": typeof types.QueryNodesByIdsDocument,
    "\n  query QueryEndpointByKind($id: ID!) {\n    proxmoxEndpoint(id: $id) {\n      __typename\n      id\n      databaseId\n      name\n      mode\n    }\n    netBoxEndpoint(id: $id) {\n      __typename\n      id\n      databaseId\n      name\n      tokenVersion\n    }\n    fastApiEndpoint(id: $id) {\n      __typename\n      id\n      databaseId\n      name\n      useHttps\n    }\n  }\n": typeof types.QueryEndpointByKindDocument,
    "\n  query QueryIpAddressSearch($q: String, $first: Int, $after: String) {\n    ipAddresses(q: $q, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        databaseId\n        address\n        dnsName\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": typeof types.QueryIpAddressSearchDocument,
    "\n  query QueryTagSearch($q: String) {\n    tags(q: $q) {\n      totalCount\n      nodes {\n        id\n        name\n        slug\n      }\n    }\n  }\n": typeof types.QueryTagSearchDocument,
    "\n  query QueryTokenList($first: Int, $after: String) {\n    tokens(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          databaseId\n          description\n          version\n          writeEnabled\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": typeof types.QueryTokenListDocument,
    "\n  query QueryViewerToken {\n    viewer {\n      __typename\n      id\n      databaseId\n      version\n      writeEnabled\n      description\n    }\n  }\n": typeof types.QueryViewerTokenDocument,
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
    "\n  mutation QuerySeedIpAddress($input: CreateIPAddressInput!) {\n    createIpAddress(input: $input) {\n      ipAddress {\n        id\n        databaseId\n        address\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.QuerySeedIpAddressDocument,
    "\n  mutation QuerySeedTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      tag {\n        id\n        databaseId\n        slug\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.QuerySeedTagDocument,
    "\n  mutation QuerySeedToken($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      token {\n        id\n        databaseId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.QuerySeedTokenDocument,
    "\n  mutation QuerySeedProxmox($input: CreateProxmoxEndpointInput!) {\n    createProxmoxEndpoint(input: $input) {\n      proxmoxEndpoint {\n        id\n        databaseId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.QuerySeedProxmoxDocument,
    "\n  mutation QuerySeedNetBox($input: CreateNetBoxEndpointInput!) {\n    createNetBoxEndpoint(input: $input) {\n      netBoxEndpoint {\n        id\n        databaseId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.QuerySeedNetBoxDocument,
    "\n  mutation QuerySeedFastApi($input: CreateFastAPIEndpointInput!) {\n    createFastApiEndpoint(input: $input) {\n      fastApiEndpoint {\n        id\n        databaseId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.QuerySeedFastApiDocument,
    "\n  query QueryEndpointPage(\n    $filter: EndpointFilter\n    $q: String\n    $orderBy: [EndpointOrder!]\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    endpoints(filter: $filter, q: $q, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          databaseId\n          name\n          domain\n          port\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.QueryEndpointPageDocument,
    "\n  query QueryEndpointCount($filter: EndpointFilter, $q: String, $first: Int) {\n    endpoints(filter: $filter, q: $q, first: $first) {\n      totalCount\n      nodes {\n        databaseId\n      }\n    }\n  }\n": types.QueryEndpointCountDocument,
    "\n  query QueryEndpointTotalOnly($filter: EndpointFilter, $q: String) {\n    endpoints(filter: $filter, q: $q) {\n      totalCount\n    }\n  }\n": types.QueryEndpointTotalOnlyDocument,
    "\n  query QueryEndpointWithoutCount($filter: EndpointFilter, $q: String) {\n    endpoints(filter: $filter, q: $q) {\n      nodes {\n        databaseId\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.QueryEndpointWithoutCountDocument,
    "\n  query QueryProxmoxList($filter: ProxmoxEndpointFilter, $q: String, $first: Int) {\n    proxmoxEndpoints(filter: $filter, q: $q, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        databaseId\n        name\n        mode\n        allowWrites\n        username\n      }\n    }\n  }\n": types.QueryProxmoxListDocument,
    "\n  query QueryNetBoxList($filter: NetBoxEndpointFilter, $q: String, $first: Int) {\n    netBoxEndpoints(filter: $filter, q: $q, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        databaseId\n        name\n        tokenVersion\n      }\n    }\n  }\n": types.QueryNetBoxListDocument,
    "\n  query QueryFastApiList($filter: FastAPIEndpointFilter, $q: String, $first: Int) {\n    fastApiEndpoints(filter: $filter, q: $q, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        databaseId\n        name\n        useHttps\n        useWebsocket\n      }\n    }\n  }\n": types.QueryFastApiListDocument,
    "\n  query QueryEndpointFragments($filter: EndpointFilter) {\n    endpoints(filter: $filter, first: 1000) {\n      nodes {\n        __typename\n        id\n        databaseId\n        name\n        ... on ProxmoxEndpoint {\n          mode\n          modeLabel\n          allowWrites\n          username\n        }\n        ... on NetBoxEndpoint {\n          tokenVersion\n          tokenVersionLabel\n          tokenKey\n        }\n        ... on FastAPIEndpoint {\n          useHttps\n          useWebsocket\n        }\n      }\n    }\n  }\n": types.QueryEndpointFragmentsDocument,
    "\n  query QueryNodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on ProxmoxEndpoint {\n        databaseId\n        name\n        mode\n      }\n      ... on NetBoxEndpoint {\n        databaseId\n        name\n        tokenVersion\n      }\n      ... on FastAPIEndpoint {\n        databaseId\n        name\n        useHttps\n      }\n      ... on IPAddress {\n        databaseId\n        address\n      }\n      ... on Tag {\n        databaseId\n        slug\n      }\n      ... on Token {\n        databaseId\n        description\n      }\n    }\n  }\n": types.QueryNodeByIdDocument,
    "\n  query QueryNodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on ProxmoxEndpoint {\n        databaseId\n        name\n      }\n      ... on NetBoxEndpoint {\n        databaseId\n        name\n      }\n      ... on FastAPIEndpoint {\n        databaseId\n        name\n      }\n      ... on IPAddress {\n        databaseId\n        address\n      }\n      ... on Tag {\n        databaseId\n        slug\n      }\n      ... on Token {\n        databaseId\n        description\n      }\n    }\n  }\n": types.QueryNodesByIdsDocument,
    "\n  query QueryEndpointByKind($id: ID!) {\n    proxmoxEndpoint(id: $id) {\n      __typename\n      id\n      databaseId\n      name\n      mode\n    }\n    netBoxEndpoint(id: $id) {\n      __typename\n      id\n      databaseId\n      name\n      tokenVersion\n    }\n    fastApiEndpoint(id: $id) {\n      __typename\n      id\n      databaseId\n      name\n      useHttps\n    }\n  }\n": types.QueryEndpointByKindDocument,
    "\n  query QueryIpAddressSearch($q: String, $first: Int, $after: String) {\n    ipAddresses(q: $q, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        databaseId\n        address\n        dnsName\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": types.QueryIpAddressSearchDocument,
    "\n  query QueryTagSearch($q: String) {\n    tags(q: $q) {\n      totalCount\n      nodes {\n        id\n        name\n        slug\n      }\n    }\n  }\n": types.QueryTagSearchDocument,
    "\n  query QueryTokenList($first: Int, $after: String) {\n    tokens(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          databaseId\n          description\n          version\n          writeEnabled\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": types.QueryTokenListDocument,
    "\n  query QueryViewerToken {\n    viewer {\n      __typename\n      id\n      databaseId\n      version\n      writeEnabled\n      description\n    }\n  }\n": types.QueryViewerTokenDocument,
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
export function graphql(source: "\n  mutation QuerySeedIpAddress($input: CreateIPAddressInput!) {\n    createIpAddress(input: $input) {\n      ipAddress {\n        id\n        databaseId\n        address\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QuerySeedIpAddress($input: CreateIPAddressInput!) {\n    createIpAddress(input: $input) {\n      ipAddress {\n        id\n        databaseId\n        address\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuerySeedTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      tag {\n        id\n        databaseId\n        slug\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QuerySeedTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      tag {\n        id\n        databaseId\n        slug\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuerySeedToken($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      token {\n        id\n        databaseId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QuerySeedToken($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      token {\n        id\n        databaseId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuerySeedProxmox($input: CreateProxmoxEndpointInput!) {\n    createProxmoxEndpoint(input: $input) {\n      proxmoxEndpoint {\n        id\n        databaseId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QuerySeedProxmox($input: CreateProxmoxEndpointInput!) {\n    createProxmoxEndpoint(input: $input) {\n      proxmoxEndpoint {\n        id\n        databaseId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuerySeedNetBox($input: CreateNetBoxEndpointInput!) {\n    createNetBoxEndpoint(input: $input) {\n      netBoxEndpoint {\n        id\n        databaseId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QuerySeedNetBox($input: CreateNetBoxEndpointInput!) {\n    createNetBoxEndpoint(input: $input) {\n      netBoxEndpoint {\n        id\n        databaseId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuerySeedFastApi($input: CreateFastAPIEndpointInput!) {\n    createFastApiEndpoint(input: $input) {\n      fastApiEndpoint {\n        id\n        databaseId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QuerySeedFastApi($input: CreateFastAPIEndpointInput!) {\n    createFastApiEndpoint(input: $input) {\n      fastApiEndpoint {\n        id\n        databaseId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryEndpointPage(\n    $filter: EndpointFilter\n    $q: String\n    $orderBy: [EndpointOrder!]\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    endpoints(filter: $filter, q: $q, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          databaseId\n          name\n          domain\n          port\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryEndpointPage(\n    $filter: EndpointFilter\n    $q: String\n    $orderBy: [EndpointOrder!]\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    endpoints(filter: $filter, q: $q, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          databaseId\n          name\n          domain\n          port\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryEndpointCount($filter: EndpointFilter, $q: String, $first: Int) {\n    endpoints(filter: $filter, q: $q, first: $first) {\n      totalCount\n      nodes {\n        databaseId\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryEndpointCount($filter: EndpointFilter, $q: String, $first: Int) {\n    endpoints(filter: $filter, q: $q, first: $first) {\n      totalCount\n      nodes {\n        databaseId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryEndpointTotalOnly($filter: EndpointFilter, $q: String) {\n    endpoints(filter: $filter, q: $q) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query QueryEndpointTotalOnly($filter: EndpointFilter, $q: String) {\n    endpoints(filter: $filter, q: $q) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryEndpointWithoutCount($filter: EndpointFilter, $q: String) {\n    endpoints(filter: $filter, q: $q) {\n      nodes {\n        databaseId\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryEndpointWithoutCount($filter: EndpointFilter, $q: String) {\n    endpoints(filter: $filter, q: $q) {\n      nodes {\n        databaseId\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryProxmoxList($filter: ProxmoxEndpointFilter, $q: String, $first: Int) {\n    proxmoxEndpoints(filter: $filter, q: $q, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        databaseId\n        name\n        mode\n        allowWrites\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryProxmoxList($filter: ProxmoxEndpointFilter, $q: String, $first: Int) {\n    proxmoxEndpoints(filter: $filter, q: $q, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        databaseId\n        name\n        mode\n        allowWrites\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryNetBoxList($filter: NetBoxEndpointFilter, $q: String, $first: Int) {\n    netBoxEndpoints(filter: $filter, q: $q, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        databaseId\n        name\n        tokenVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryNetBoxList($filter: NetBoxEndpointFilter, $q: String, $first: Int) {\n    netBoxEndpoints(filter: $filter, q: $q, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        databaseId\n        name\n        tokenVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryFastApiList($filter: FastAPIEndpointFilter, $q: String, $first: Int) {\n    fastApiEndpoints(filter: $filter, q: $q, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        databaseId\n        name\n        useHttps\n        useWebsocket\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryFastApiList($filter: FastAPIEndpointFilter, $q: String, $first: Int) {\n    fastApiEndpoints(filter: $filter, q: $q, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        databaseId\n        name\n        useHttps\n        useWebsocket\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryEndpointFragments($filter: EndpointFilter) {\n    endpoints(filter: $filter, first: 1000) {\n      nodes {\n        __typename\n        id\n        databaseId\n        name\n        ... on ProxmoxEndpoint {\n          mode\n          modeLabel\n          allowWrites\n          username\n        }\n        ... on NetBoxEndpoint {\n          tokenVersion\n          tokenVersionLabel\n          tokenKey\n        }\n        ... on FastAPIEndpoint {\n          useHttps\n          useWebsocket\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryEndpointFragments($filter: EndpointFilter) {\n    endpoints(filter: $filter, first: 1000) {\n      nodes {\n        __typename\n        id\n        databaseId\n        name\n        ... on ProxmoxEndpoint {\n          mode\n          modeLabel\n          allowWrites\n          username\n        }\n        ... on NetBoxEndpoint {\n          tokenVersion\n          tokenVersionLabel\n          tokenKey\n        }\n        ... on FastAPIEndpoint {\n          useHttps\n          useWebsocket\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryNodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on ProxmoxEndpoint {\n        databaseId\n        name\n        mode\n      }\n      ... on NetBoxEndpoint {\n        databaseId\n        name\n        tokenVersion\n      }\n      ... on FastAPIEndpoint {\n        databaseId\n        name\n        useHttps\n      }\n      ... on IPAddress {\n        databaseId\n        address\n      }\n      ... on Tag {\n        databaseId\n        slug\n      }\n      ... on Token {\n        databaseId\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryNodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on ProxmoxEndpoint {\n        databaseId\n        name\n        mode\n      }\n      ... on NetBoxEndpoint {\n        databaseId\n        name\n        tokenVersion\n      }\n      ... on FastAPIEndpoint {\n        databaseId\n        name\n        useHttps\n      }\n      ... on IPAddress {\n        databaseId\n        address\n      }\n      ... on Tag {\n        databaseId\n        slug\n      }\n      ... on Token {\n        databaseId\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryNodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on ProxmoxEndpoint {\n        databaseId\n        name\n      }\n      ... on NetBoxEndpoint {\n        databaseId\n        name\n      }\n      ... on FastAPIEndpoint {\n        databaseId\n        name\n      }\n      ... on IPAddress {\n        databaseId\n        address\n      }\n      ... on Tag {\n        databaseId\n        slug\n      }\n      ... on Token {\n        databaseId\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryNodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on ProxmoxEndpoint {\n        databaseId\n        name\n      }\n      ... on NetBoxEndpoint {\n        databaseId\n        name\n      }\n      ... on FastAPIEndpoint {\n        databaseId\n        name\n      }\n      ... on IPAddress {\n        databaseId\n        address\n      }\n      ... on Tag {\n        databaseId\n        slug\n      }\n      ... on Token {\n        databaseId\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryEndpointByKind($id: ID!) {\n    proxmoxEndpoint(id: $id) {\n      __typename\n      id\n      databaseId\n      name\n      mode\n    }\n    netBoxEndpoint(id: $id) {\n      __typename\n      id\n      databaseId\n      name\n      tokenVersion\n    }\n    fastApiEndpoint(id: $id) {\n      __typename\n      id\n      databaseId\n      name\n      useHttps\n    }\n  }\n"): (typeof documents)["\n  query QueryEndpointByKind($id: ID!) {\n    proxmoxEndpoint(id: $id) {\n      __typename\n      id\n      databaseId\n      name\n      mode\n    }\n    netBoxEndpoint(id: $id) {\n      __typename\n      id\n      databaseId\n      name\n      tokenVersion\n    }\n    fastApiEndpoint(id: $id) {\n      __typename\n      id\n      databaseId\n      name\n      useHttps\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryIpAddressSearch($q: String, $first: Int, $after: String) {\n    ipAddresses(q: $q, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        databaseId\n        address\n        dnsName\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryIpAddressSearch($q: String, $first: Int, $after: String) {\n    ipAddresses(q: $q, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        databaseId\n        address\n        dnsName\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryTagSearch($q: String) {\n    tags(q: $q) {\n      totalCount\n      nodes {\n        id\n        name\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryTagSearch($q: String) {\n    tags(q: $q) {\n      totalCount\n      nodes {\n        id\n        name\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryTokenList($first: Int, $after: String) {\n    tokens(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          databaseId\n          description\n          version\n          writeEnabled\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryTokenList($first: Int, $after: String) {\n    tokens(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          databaseId\n          description\n          version\n          writeEnabled\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryViewerToken {\n    viewer {\n      __typename\n      id\n      databaseId\n      version\n      writeEnabled\n      description\n    }\n  }\n"): (typeof documents)["\n  query QueryViewerToken {\n    viewer {\n      __typename\n      id\n      databaseId\n      version\n      writeEnabled\n      description\n    }\n  }\n"];
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