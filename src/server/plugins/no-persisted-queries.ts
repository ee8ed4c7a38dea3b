// PROXBOX_PERSISTED_OPERATIONS=off: a request that names a hash and sends no document is answered
// PERSISTED_QUERY_NOT_SUPPORTED, the answer Apollo's persisted-query link and urql's persisted
// exchange take as "send documents from now on" (without it they got "Must provide query string."
// and gave up). A document sent with a hash simply runs.
import type { Plugin } from "graphql-yoga";
import { persistedDocumentIdOf, persistedQueryNotSupported } from "../persisted-query-protocol.js";

export function useNoPersistedQueries(): Plugin {
  return {
    onParams({ params }) {
      if (!params.query && persistedDocumentIdOf(params) !== null) throw persistedQueryNotSupported();
    },
  };
}
