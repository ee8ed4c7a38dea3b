// Pages through the endpoints with Apollo Client (examples/apollo.ts) and urql (examples/urql.ts),
// then reads the list back from each client's cache, without a request:
//
//   npm run example:caches -- [--client apollo|urql] [--q <text>] [--first <n>]
//
// Options: --url (or PROXBOX_GRAPHQL_URL; default http://127.0.0.1:4000/graphql), --token (or
// PROXBOX_TOKEN).
import { parseArgs } from "node:util";
import * as apollo from "./apollo.js";
import type { EndpointEdgesQuery, EndpointEdgesQueryVariables } from "./generated/graphql.js";
import * as urql from "./urql.js";

type Page = EndpointEdgesQuery["endpoints"];

interface CachedClient {
  /** Fetches the first page. */
  first(): Promise<void>;
  /** Fetches the page after `after`, which the cache appends to the list. */
  next(after: string): Promise<void>;
  /** The list as the cache holds it, read without a request; null when it is not cached. */
  cached(): Page | null;
}

function apolloClient(url: string, token: string, variables: EndpointEdgesQueryVariables): CachedClient {
  const client = apollo.createApolloClient({ url, token });
  // A query that a view would watch: fetchMore fetches a page and merges it into the cached list.
  const list = client.watchQuery({ query: apollo.EndpointEdges, variables });
  return {
    first: async () => {
      await client.query({ query: apollo.EndpointEdges, variables });
    },
    next: async (after) => {
      await list.fetchMore({ variables: { after } });
    },
    cached: () => client.readQuery({ query: apollo.EndpointEdges, variables })?.endpoints ?? null,
  };
}

function urqlClient(url: string, token: string, variables: EndpointEdgesQueryVariables): CachedClient {
  const client = urql.createUrqlClient({ url, token });
  const fetchPage = async (pageVariables: EndpointEdgesQueryVariables) => {
    const result = await client.query(urql.EndpointEdges, pageVariables).toPromise();
    if (result.error) throw result.error;
  };
  return {
    first: () => fetchPage(variables),
    // relayPagination merges the page into the list of the same q and first.
    next: (after) => fetchPage({ ...variables, after }),
    cached: () => client.readQuery(urql.EndpointEdges, variables, { requestPolicy: "cache-only" })?.data?.endpoints ?? null,
  };
}

async function show(name: string, client: CachedClient): Promise<void> {
  await client.first();
  let requests = 1;
  for (let list = client.cached(); list?.pageInfo.hasNextPage; list = client.cached()) {
    await client.next(list.pageInfo.endCursor!);
    requests++;
  }
  const cached = client.cached();
  process.stdout.write(`${name}: ${requests} pages requested; the cached list, read without a request:\n`);
  for (const { node } of cached?.edges ?? []) {
    process.stdout.write(`  ${node.id.padEnd(30)} ${node.__typename.padEnd(16)} ${node.display.padEnd(48)} ${node.connectionUrl}\n`);
  }
  process.stdout.write(`  ${cached?.edges.length ?? 0} of ${cached?.totalCount ?? 0} endpoints\n`);
}

const { values } = parseArgs({
  options: {
    url: { type: "string", default: process.env.PROXBOX_GRAPHQL_URL ?? "http://127.0.0.1:4000/graphql" },
    token: { type: "string", default: process.env.PROXBOX_TOKEN },
    client: { type: "string", multiple: true, default: ["apollo", "urql"] },
    q: { type: "string" },
    first: { type: "string", default: "20" },
  },
});
const { url, token } = values;
if (!token) {
  process.stderr.write("give a token with --token or PROXBOX_TOKEN (`npm run token -- create` makes one).\n");
  process.exit(2);
}
const variables = { q: values.q, first: Number(values.first) };
const clients: Record<string, typeof apolloClient> = { apollo: apolloClient, urql: urqlClient };
for (const name of values.client) {
  const make = clients[name];
  if (!make) {
    process.stderr.write(`unknown client "${name}"; expected apollo or urql.\n`);
    process.exit(2);
  }
  await show(name, make(url, token, variables));
}
