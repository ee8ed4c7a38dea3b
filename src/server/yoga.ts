// The GraphQL HTTP handler: Yoga with the schema, authentication and GraphiQL. It is a plain fetch
// handler, so tests call `yoga.fetch` directly and the HTTP server only adapts node:http to it.
import { createYoga } from "graphql-yoga";
import type { Context } from "../context.js";
import type { Database } from "../db/database.js";
import { DEFAULT_OUTBOUND_OPTIONS, type OutboundOptions } from "../outbound/options.js";
import { schema } from "../schema/index.js";
import { useTokenAuthentication } from "./auth-plugin.js";

export const GRAPHQL_PATH = "/graphql";

const GRAPHIQL_DEFAULT_QUERY = `# Set the Authorization header below ("Headers"), for example
#   {"Authorization": "Token <your v1 token>"}  or  {"Authorization": "Bearer nbt_<key>.<secret>"}

query Endpoints {
  endpoints(first: 20) {
    totalCount
    nodes {
      __typename
      id
      display
      connectionUrl
    }
  }
}
`;

export interface ServiceOptions {
  outbound?: Partial<OutboundOptions>;
}

export function createService(db: Database, options: ServiceOptions = {}) {
  const outbound = { ...DEFAULT_OUTBOUND_OPTIONS, ...options.outbound };
  const auth = useTokenAuthentication(db);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: "/health",
    landingPage: false,
    cors: false,
    graphiql: {
      title: "Proxbox endpoints",
      defaultQuery: GRAPHIQL_DEFAULT_QUERY,
      headers: JSON.stringify({ Authorization: "Token <your token>" }, null, 2),
    },
    plugins: [auth.plugin],
    context: ({ request }) => ({ db, outbound, viewer: auth.viewerOf(request) }),
  });
}

export type Service = ReturnType<typeof createService>;
