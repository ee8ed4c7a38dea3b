// The cost limit (PROXBOX_MAX_COST; the costs are src/schema/complexity.ts's), checked once before
// execution with the request's variables: an operation over it is a request error, answered
// without data like the other operation limits, and nothing of it runs.
import type { DocumentNode, GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";
import { operationCost, operationCostError } from "../../schema/complexity.js";

export function useOperationCost(maxCost: number): Plugin {
  return {
    onExecute({ args }) {
      // Envelop types the execution arguments loosely; these are graphql-js's.
      const { schema, document, operationName, variableValues, contextValue } = args as {
        schema: GraphQLSchema;
        document: DocumentNode;
        operationName?: string | null;
        variableValues?: Record<string, unknown> | null;
        contextValue: object;
      };
      const cost = operationCost(schema, document, operationName, variableValues, contextValue);
      if (cost !== null && cost > maxCost) throw operationCostError(cost, maxCost);
    },
  };
}
