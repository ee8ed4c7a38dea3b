// Which HTTP status an error answers, by the media type the client accepts, as GraphQL over HTTP
// says (the version graphql-http's audit checks; the README has the table).
//
// A GraphQL request error comes from a well-formed request whose operation cannot run: its
// document does not parse or validate, it is over an operation limit, its variables do not
// coerce, its operation cannot be chosen, its persisted document is refused, or it is a mutation
// of a read-only token. Under application/graphql-response+json it answers its 4xx; under
// application/json it answers 200, because a client of that media type cannot tell a 4xx of the
// service from one of a proxy, and takes it for a failure of HTTP (Apollo Client then shows the
// status and hides the message). Yoga reads the difference from `extensions.http.spec`.
//
// A refusal of the HTTP request itself keeps its status under both: a body that is not JSON or
// not a GraphQL request, no valid token, a mutation over GET, the database down.
import { GraphQLError } from "graphql";
import type { GraphQLHTTPExtensions } from "graphql-yoga";

/** Refusals of the request itself: their status holds whatever the client accepts. */
const HTTP_REFUSALS = new Set(["BAD_REQUEST", "UNAUTHENTICATED", "SERVICE_UNAVAILABLE"]);

/** The `http` extension of a GraphQL request error that answers `status` under application/graphql-response+json. */
export function requestErrorHttp(status = 400): { spec: true; status: number } {
  return { spec: true, status };
}

/**
 * `error` (one found before execution, with its final code) with the http extension its kind
 * calls for. Yoga marks some of its own refusals `spec` (a body that is not JSON), and would
 * answer them 200 under application/json once their quoted body is taken out.
 */
export function withStatusByMediaType(error: GraphQLError, code: string): GraphQLError {
  const given: GraphQLHTTPExtensions = error.extensions?.http ?? {};
  const http: GraphQLHTTPExtensions = HTTP_REFUSALS.has(code)
    ? { ...given, spec: false }
    : { ...given, ...requestErrorHttp(given.status ?? 400) };
  if (error.extensions?.code === code && given.spec === http.spec && given.status === http.status) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code, http },
  });
}
