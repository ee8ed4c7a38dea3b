// Every GraphQL request must present a token of this service; mutations need a write-enabled one.
// Authentication runs before the request is parsed, so an anonymous client learns nothing about
// the schema, not even from validation errors.
import { type DocumentNode, getOperationAST, GraphQLError, OperationTypeNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import { authenticate } from "../auth/authenticate.js";
import type { Viewer } from "../auth/token-format.js";
import type { Database } from "../db/database.js";
import { requestErrorHttp } from "./error-status.js";

export function unauthenticatedError(): GraphQLError {
  return new GraphQLError(
    'Authentication required: send "Authorization: Token <v1 token>" or "Authorization: Bearer nbt_<key>.<secret>" with a valid, unexpired token.',
    {
      extensions: {
        code: "UNAUTHENTICATED",
        http: { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="proxbox", Token realm="proxbox"' } },
      },
    },
  );
}

/** A request error, decided by the operation the request holds: 403, or 200 under application/json (./error-status.ts). */
export function forbiddenError(): GraphQLError {
  return new GraphQLError("This token is read-only: mutations need a token with writeEnabled.", {
    extensions: { code: "FORBIDDEN", http: requestErrorHttp(403) },
  });
}

export interface AuthenticatedContext {
  viewer: Viewer;
}

export function useTokenAuthentication(db: Database): { plugin: Plugin<AuthenticatedContext>; viewerOf: (request: Request) => Viewer } {
  const viewers = new WeakMap<Request, Viewer>();
  const plugin: Plugin<AuthenticatedContext> = {
    async onRequestParse({ request }) {
      const viewer = await authenticate(db.driver, request.headers.get("authorization"));
      if (!viewer) throw unauthenticatedError();
      viewers.set(request, viewer);
    },
    onExecute({ args }) {
      // Envelop types the execution arguments loosely; these two are graphql-js's.
      const { document, operationName } = args as { document: DocumentNode; operationName?: string | null };
      const operation = getOperationAST(document, operationName);
      if (operation?.operation === OperationTypeNode.MUTATION && !args.contextValue.viewer.writeEnabled) throw forbiddenError();
    },
  };
  const viewerOf = (request: Request): Viewer => {
    const viewer = viewers.get(request);
    if (!viewer) throw unauthenticatedError();
    return viewer;
  };
  return { plugin, viewerOf };
}
