// How a request names a persisted document, and the errors the persisted-query plugins answer with.
//
// A hash is sent the GraphQL-over-HTTP way, `"documentId": "sha256:<hex>"` (POST), or Apollo's,
// `"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "<hex>"}}` (POST or GET). Apollo's
// link and urql's persisted exchange recognise a miss and a refusal by the exact messages
// "PersistedQueryNotFound" and "PersistedQueryNotSupported" (urql by nothing else), so those two
// keep Apollo's wording.
import { GraphQLError } from "graphql";
import type { GraphQLParams } from "graphql-yoga";
import { requestErrorHttp } from "./error-status.js";

const SHA256 = /^(?:sha256:)?([0-9a-f]{64})$/i;

/** The hash a request names, if any, as sent. */
export function persistedDocumentIdOf(params: GraphQLParams): string | null {
  const documentId = (params as { documentId?: unknown }).documentId;
  if (typeof documentId === "string") return documentId;
  return apolloHashOf(params);
}

/** Apollo's `extensions.persistedQuery.sha256Hash` (version 1), as sent. */
export function apolloHashOf(params: GraphQLParams): string | null {
  const persisted = (params.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return persisted?.version === 1 && typeof persisted.sha256Hash === "string" ? persisted.sha256Hash : null;
}

/** The lower-case hex of a sent hash ("sha256:<hex>" or "<hex>"); null when it is not a sha256. */
export function sha256Of(id: string): string | null {
  return SHA256.exec(id)?.[1]?.toLowerCase() ?? null;
}

/** A refusal of the request before anything ran: a GraphQL request error (./error-status.ts). */
export function persistedQueryError(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: requestErrorHttp() } });
}

export function persistedQueryNotFound(): GraphQLError {
  return persistedQueryError("PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
}

export function persistedQueryNotSupported(): GraphQLError {
  return persistedQueryError("PERSISTED_QUERY_NOT_SUPPORTED", "PersistedQueryNotSupported");
}
