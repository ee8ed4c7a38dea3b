// Apollo Client 3 against the service, with a normalized cache:
//   - every object is stored once, under its global ID (the service's IDs are unique across types),
//     so an endpoint read through `endpoints`, `proxmoxEndpoints` or `node(id:)` is one cache entry,
//     and a mutation's result updates it in place, in every list that holds it;
//   - `possibleTypes` (generated from the schema by codegen) tells the cache which types implement
//     EndpointBase and Node, so fragments on the interface match ProxmoxEndpoint, NetBoxEndpoint
//     and FastAPIEndpoint objects;
//   - the connections are Relay-style: `fetchMore({ variables: { after: endCursor } })` appends the
//     next page to the cached list (relayStylePagination), one list per q/filter/orderBy.
//
//   const client = createApolloClient({ url: "http://127.0.0.1:4000/graphql", token: "nbt_…" });
//   const { data } = await client.query({ query: EndpointEdges, variables: { first: 20 } });
import { ApolloClient, HttpLink, InMemoryCache, type NormalizedCacheObject } from "@apollo/client/core/index.js";
import { relayStylePagination } from "@apollo/client/utilities/index.js";
import { authorizationFor } from "./client.js";
import { documentNode } from "./document-node.js";
import * as operations from "./operations.js";
import possibleTypesResult from "./generated/possible-types.js";

export interface ApolloClientOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** A token of the service (see client.ts: Bearer for v2, Token for v1). */
  token: string;
  fetch?: typeof fetch;
}

// The same list whatever the page: only these arguments make a different list.
const LIST_ARGUMENTS = ["q", "filter", "orderBy"];

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes: possibleTypesResult.possibleTypes,
    // Global IDs name an object whatever its type; objects without one (payloads, user errors, page
    // info) stay inside their parent.
    dataIdFromObject: (object) => (typeof object.id === "string" ? object.id : undefined),
    typePolicies: {
      Query: {
        fields: {
          endpoints: relayStylePagination(LIST_ARGUMENTS),
          proxmoxEndpoints: relayStylePagination(LIST_ARGUMENTS),
          netBoxEndpoints: relayStylePagination(LIST_ARGUMENTS),
          fastApiEndpoints: relayStylePagination(LIST_ARGUMENTS),
          // node(id:) of an object already cached is answered from the cache.
          node: { read: (existing: unknown, { args, toReference }) => existing ?? (args?.id ? toReference(String(args.id)) : undefined) },
        },
      },
    },
  });
}

export function createApolloClient(options: ApolloClientOptions): ApolloClient<NormalizedCacheObject> {
  return new ApolloClient({
    link: new HttpLink({
      uri: options.url,
      headers: { authorization: authorizationFor(options.token) },
      ...(options.fetch ? { fetch: options.fetch } : {}),
    }),
    cache: createCache(),
  });
}

// The example operations as Apollo takes them (parsed, typed).
export const EndpointEdges = documentNode(operations.EndpointEdges);
export const ProxmoxEndpointEdges = documentNode(operations.ProxmoxEndpointEdges);
export const EndpointNode = documentNode(operations.EndpointNode);
export const EndpointSummary = documentNode(operations.EndpointSummary);
export const UpdateProxmoxEndpoint = documentNode(operations.UpdateProxmoxEndpoint);
export const UpdateNetBoxEndpoint = documentNode(operations.UpdateNetBoxEndpoint);
export const UpdateFastApiEndpoint = documentNode(operations.UpdateFastApiEndpoint);
