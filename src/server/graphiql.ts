// GraphiQL, served from the installed package (no CDN: it works on a machine without internet),
// opening on the API document's examples as named operations, with the Authorization header to
// fill in.
import type { GraphiQLOptions } from "graphql-yoga";

export const GRAPHIQL_EXAMPLES = `# Proxbox endpoint service
#
# 1. Open "Headers" below and put in your token:
#      {"Authorization": "Bearer nbt_<key>.<secret>"}   (v2)  or  {"Authorization": "Token <v1 token>"}
#    (a first token is printed by the service on its first start; more with createToken or
#    \`npm run token -- create\`)
# 2. Pick an operation with the run button. They are the examples of the Proxbox API document.

query ListProxmoxEndpoints {
  proxmoxEndpoints {
    totalCount
    nodes { id databaseId url display name domain port mode modeLabel version username tokenName hasTokenValue verifySsl tags { name } }
  }
}

mutation CreateProxmoxEndpointWithToken {
  createProxmoxEndpoint(input: {
    name: "prod-proxmox", domain: "proxmox.example.com", port: 8006, username: "root@pam",
    tokenName: "proxbox", tokenValue: "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", verifySsl: false
  }) {
    proxmoxEndpoint { id display connectionUrl hasTokenValue }
    userErrors { field message code }
  }
}

query ProxmoxEndpointsInClusterMode {
  proxmoxEndpoints(filter: { mode: { exact: CLUSTER } }) { nodes { id name mode modeLabel } }
}

mutation CreateNetBoxEndpointWithV2Token {
  createNetBoxEndpoint(input: {
    name: "remote-netbox", domain: "netbox.example.com", port: 443, verifySsl: true,
    tokenVersion: V2, tokenKey: "my-key-id", tokenSecret: "my-secret-value"
  }) {
    netBoxEndpoint { id display tokenVersionLabel tokenKey hasTokenSecret }
    userErrors { field message code }
  }
}

query NetBoxEndpointByName {
  netBoxEndpoints(filter: { name: { exact: "remote-netbox" } }) { nodes { id name domain port tokenVersion } }
}

mutation CreateFastApiEndpoint {
  createFastApiEndpoint(input: {
    name: "proxbox-backend", domain: "proxbox-api.example.com", port: 8800,
    useHttps: true, verifySsl: false, useWebsocket: true, websocketPort: 8800
  }) {
    fastApiEndpoint { id display connectionUrl websocketUrl registration { status message } }
    userErrors { field message code }
  }
}

query ListFastApiEndpoints {
  fastApiEndpoints { nodes { id name domain port useHttps verifySsl useWebsocket websocketDomain websocketPort serverSideWebsocket websocketUrl } }
}

query EveryEndpoint {
  endpoints(first: 20, orderBy: [{ field: NAME, direction: ASC }]) {
    totalCount
    nodes { __typename id display connectionUrl }
    pageInfo { hasNextPage endCursor }
  }
}
`;

export const graphiqlOptions: GraphiQLOptions = {
  title: "Proxbox endpoints",
  defaultQuery: GRAPHIQL_EXAMPLES,
  headers: JSON.stringify({ Authorization: "Bearer nbt_<key>.<secret> or Token <v1 token>" }, null, 2),
  isHeadersEditorEnabled: true,
};

/** The page; its renderer (GraphiQL's bundle) is imported at the first request for it, not at start-up. */
export async function renderGraphiQL(options: GraphiQLOptions): Promise<string> {
  const { renderGraphiQL: render } = await import("@graphql-yoga/render-graphiql");
  return render(options);
}
