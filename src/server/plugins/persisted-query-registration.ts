// Apollo's automatic persisted queries, the registering half (accept mode): a client whose hash was
// not found sends the document with the hash, and the document is kept under it, so that the next
// request with that hash alone runs. The lookup is the persisted-operations plugin's
// (src/server/persisted-operations.ts), which reads the manifest and then the store.
//
// A document is kept only when it is what the hash says (its sha256), when the request was
// authenticated (authentication refuses the request before its parameters are read), and when it
// passed validation: it is kept as it is about to execute, which nothing invalid reaches.
import type { Plugin } from "graphql-yoga";
import { apolloHashOf, persistedQueryError, sha256Of } from "../persisted-query-protocol.js";
import { type PersistedQueryStore, sha256Hex } from "../persisted-query-store.js";

export function usePersistedQueryRegistration(store: PersistedQueryStore, listed: (hash: string) => boolean): Plugin {
  const registrations = new WeakMap<Request, { hash: string; document: string }>();
  return {
    onParams({ params, request }) {
      const sent = apolloHashOf(params);
      if (sent === null || typeof params.query !== "string") return;
      const hash = sha256Of(sent);
      if (hash !== sha256Hex(params.query)) {
        throw persistedQueryError(
          "PERSISTED_QUERY_HASH_MISMATCH",
          "extensions.persistedQuery.sha256Hash is not the sha256 (hex) of the query sent with it: nothing was run or kept.",
        );
      }
      // The manifest's documents are known already.
      if (!listed(hash)) registrations.set(request, { hash, document: params.query });
    },
    async onExecute({ args }) {
      const request = (args.contextValue as { request: Request }).request;
      const registration = registrations.get(request);
      if (!registration) return;
      registrations.delete(request);
      await store.set(registration.hash, registration.document);
    },
  };
}
