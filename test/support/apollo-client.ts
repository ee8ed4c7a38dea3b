// A real Apollo Client 3 with its PersistedQueryLink in front of HttpLink, over real HTTP, whose
// fetch writes down every round trip: what was sent (a hash, a document, both) and what came back.
import { createHash } from "node:crypto";
import { ApolloClient, HttpLink, InMemoryCache, type NormalizedCacheObject } from "@apollo/client/core/index.js";
import { createPersistedQueryLink } from "@apollo/client/link/persisted-queries/index.js";
import { authorization } from "./service.js";

export interface RoundTrip {
  method: string;
  /** What the request carried: Apollo's hash extension, and the document's text. */
  sentHash: boolean;
  sentQuery: boolean;
  status: number;
  /** The error codes of the answer. */
  codes: string[];
}

export interface PersistedQueryClient {
  client: ApolloClient<NormalizedCacheObject>;
  trips: RoundTrip[];
  /** The trips since the last call. */
  take(): RoundTrip[];
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

function sent(input: string, init: RequestInit | undefined): { sentHash: boolean; sentQuery: boolean } {
  if ((init?.method ?? "GET") === "GET") {
    const params = new URL(input).searchParams;
    return { sentHash: (params.get("extensions") ?? "").includes("sha256Hash"), sentQuery: params.has("query") };
  }
  // HttpLink sends its body as a JSON string.
  const body = JSON.parse(typeof init?.body === "string" ? init.body : "{}") as {
    query?: string;
    extensions?: { persistedQuery?: unknown };
  };
  return { sentHash: body.extensions?.persistedQuery !== undefined, sentQuery: typeof body.query === "string" };
}

export function persistedQueryClient(
  url: string,
  token: string,
  options: { useGET?: boolean; accept?: "application/json" | "application/graphql-response+json" } = {},
): PersistedQueryClient {
  const trips: RoundTrip[] = [];
  let taken = 0;
  const recordingFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const response = await fetch(input, init);
    const body = (await response.clone().json()) as { errors?: { extensions?: { code?: string } }[] };
    trips.push({
      method: init?.method ?? "GET",
      ...sent(input instanceof Request ? input.url : String(input instanceof URL ? input.href : input), init),
      status: response.status,
      codes: (body.errors ?? []).map((error) => error.extensions?.code ?? "none"),
    });
    return response;
  };
  const http = new HttpLink({
    uri: url,
    fetch: recordingFetch,
    headers: { authorization: authorization(token), ...(options.accept ? { accept: options.accept } : {}) },
  });
  const link = createPersistedQueryLink({ sha256, useGETForHashedQueries: options.useGET ?? false }).concat(http);
  // Every query goes to the network: what is counted is the server's round trips, not the cache's.
  const client = new ApolloClient({
    link,
    cache: new InMemoryCache(),
    defaultOptions: { query: { fetchPolicy: "network-only" } },
  });
  return {
    client,
    trips,
    take() {
      const since = trips.slice(taken);
      taken = trips.length;
      return since;
    },
  };
}
