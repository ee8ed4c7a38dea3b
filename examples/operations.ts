// The operations of the example client. `npm run codegen` turns each into a typed document in
// examples/generated/ (result and variable types, from schema.graphql) and lists it in
// examples/generated/persisted-documents.json, the manifest a server in persisted-operations mode
// runs. Operation names must be unique across examples/ and test/.
//
// The *Edges and EndpointNode queries are the cached clients' (apollo.ts, urql.ts): their pagination
// helpers merge pages by `edges` and cursors, and `node(id:)` reads one object back from the cache.
import { graphql } from "./generated/gql.js";

export const EndpointSummary = graphql(`
  fragment EndpointSummary on EndpointBase {
    __typename
    id
    databaseId
    name
    display
    domain
    port
    verifySsl
    connectionUrl
    ... on ProxmoxEndpoint {
      mode
      version
      username
      tokenName
      hasTokenValue
      hasPassword
    }
    ... on NetBoxEndpoint {
      tokenVersion
      tokenKey
      hasTokenSecret
    }
    ... on FastAPIEndpoint {
      useHttps
      useWebsocket
      websocketUrl
    }
  }
`);

export const UserErrorDetails = graphql(`
  fragment UserErrorDetails on UserError {
    field
    code
    message
  }
`);

export const ListEndpoints = graphql(`
  query ListEndpoints($first: Int, $after: String, $q: String, $kind: [EndpointKind!]) {
    endpoints(first: $first, after: $after, q: $q, filter: { kind: $kind }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...EndpointSummary
      }
    }
  }
`);

export const CreateProxmoxEndpoint = graphql(`
  mutation CreateProxmoxEndpoint($input: CreateProxmoxEndpointInput!) {
    createProxmoxEndpoint(input: $input) {
      proxmoxEndpoint {
        ...EndpointSummary
      }
      userErrors {
        ...UserErrorDetails
      }
    }
  }
`);

export const CreateNetBoxEndpoint = graphql(`
  mutation CreateNetBoxEndpoint($input: CreateNetBoxEndpointInput!) {
    createNetBoxEndpoint(input: $input) {
      netBoxEndpoint {
        ...EndpointSummary
      }
      userErrors {
        ...UserErrorDetails
      }
    }
  }
`);

export const CreateFastApiEndpoint = graphql(`
  mutation CreateFastApiEndpoint($input: CreateFastAPIEndpointInput!) {
    createFastApiEndpoint(input: $input) {
      fastApiEndpoint {
        ...EndpointSummary
      }
      userErrors {
        ...UserErrorDetails
      }
    }
  }
`);

export const UpdateProxmoxEndpoint = graphql(`
  mutation UpdateProxmoxEndpoint($input: UpdateProxmoxEndpointInput!) {
    updateProxmoxEndpoint(input: $input) {
      proxmoxEndpoint {
        ...EndpointSummary
      }
      userErrors {
        ...UserErrorDetails
      }
    }
  }
`);

export const UpdateNetBoxEndpoint = graphql(`
  mutation UpdateNetBoxEndpoint($input: UpdateNetBoxEndpointInput!) {
    updateNetBoxEndpoint(input: $input) {
      netBoxEndpoint {
        ...EndpointSummary
      }
      userErrors {
        ...UserErrorDetails
      }
    }
  }
`);

export const UpdateFastApiEndpoint = graphql(`
  mutation UpdateFastApiEndpoint($input: UpdateFastAPIEndpointInput!) {
    updateFastApiEndpoint(input: $input) {
      fastApiEndpoint {
        ...EndpointSummary
      }
      userErrors {
        ...UserErrorDetails
      }
    }
  }
`);

export const EndpointEdges = graphql(`
  query EndpointEdges($first: Int, $after: String, $q: String, $kind: [EndpointKind!]) {
    endpoints(first: $first, after: $after, q: $q, filter: { kind: $kind }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...EndpointSummary
        }
      }
    }
  }
`);

export const ProxmoxEndpointEdges = graphql(`
  query ProxmoxEndpointEdges($first: Int, $after: String, $q: String) {
    proxmoxEndpoints(first: $first, after: $after, q: $q) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...EndpointSummary
        }
      }
    }
  }
`);

export const EndpointNode = graphql(`
  query EndpointNode($id: ID!) {
    node(id: $id) {
      id
      ...EndpointSummary
    }
  }
`);
