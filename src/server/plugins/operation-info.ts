// Notes on the request state what the request log and the metrics report of its GraphQL
// operation: that there was one, its name and type, and the error codes of the response.
import { type DocumentNode, getOperationAST, GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { requestErrorHttp } from "../error-status.js";
import { OPERATION_NAME, requestState } from "../request-context.js";

export function useOperationInfo(): Plugin {
  return {
    onParams({ params, request }) {
      const state = requestState(request);
      if (state) state.graphql = true;
      if (params.operationName == null || params.operationName === "") return;
      // Not a GraphQL-over-HTTP request: refused as one, like a query that is not a string.
      if (typeof params.operationName !== "string") {
        throw new GraphQLError('The "operationName" parameter must be a string.', {
          extensions: { code: "BAD_REQUEST", http: { status: 400 } },
        });
      }
      // It goes into the log line and the metrics: a name, not a place for megabytes of text.
      if (!OPERATION_NAME.test(params.operationName)) {
        throw new GraphQLError("operationName must be a GraphQL name of at most 100 characters.", {
          extensions: { code: "BAD_USER_INPUT", http: requestErrorHttp() },
        });
      }
      if (state) state.operationName = params.operationName;
    },
    onExecute({ args }) {
      const state = requestState((args.contextValue as { request: Request }).request);
      // Envelop types the execution arguments loosely; these two are graphql-js's.
      const { document, operationName } = args as { document: DocumentNode; operationName?: string | null };
      const operation = getOperationAST(document, operationName);
      if (state && operation) {
        state.operationType = operation.operation;
        const named = operation.name?.value;
        state.operationName ??= named && OPERATION_NAME.test(named) ? named : undefined;
      }
    },
    onResultProcess({ request, result }) {
      const state = requestState(request);
      // Refused before its parameters were read (authentication, body limits): still an operation.
      if (state) state.graphql = true;
      for (const item of Array.isArray(result) ? result : [result]) {
        const errors = (item as { errors?: readonly { extensions?: Record<string, unknown> }[] }).errors ?? [];
        for (const error of errors)
          state?.errorCodes.add(typeof error.extensions?.code === "string" ? error.extensions.code : "GRAPHQL_ERROR");
      }
    },
  };
}
