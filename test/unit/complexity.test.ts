import { buildSchema, GraphQLError, type GraphQLField } from "graphql";
import { describe, expect, it } from "vitest";
import { fieldComplexity, operationCostError } from "../../src/schema/complexity.js";

const schema = buildSchema(`
  scalar JSONObject
  type Query {
    endpoints(first: Int, last: Int, after: String, filter: EndpointFilter): EndpointConnection!
    nodes(ids: [ID!]!): [Node]!
    tags: [Tag!]!
    name: String!
  }
  input EndpointFilter { name: StringFilter, AND: [EndpointFilter!] }
  input StringFilter { exact: String, inList: [String!] }
  interface Node { id: ID! }
  type Tag implements Node { id: ID!, customFields: JSONObject! }
  type EndpointConnection { edges: [EndpointEdge!]!, nodes: [Tag!]!, totalCount: Int! }
  type EndpointEdge { cursor: String!, node: Tag! }
`);

const query = schema.getQueryType()!.getFields();
const fieldOf = (type: string, name: string) =>
  (schema.getType(type) as unknown as { getFields(): Record<string, GraphQLField<unknown, never, Record<string, unknown>>> }).getFields()[
    name
  ]!;
const cost = (args: Record<string, unknown>, field: GraphQLField<unknown, never, Record<string, unknown>>) =>
  fieldComplexity(args, {}, field);

describe("fieldComplexity", () => {
  const endpoints = query.endpoints as GraphQLField<unknown, never, Record<string, unknown>>;

  it("multiplies a page by the size asked for", () => {
    expect(cost({ first: 10 }, endpoints)).toEqual({ field: 1, multiplier: 10 });
    expect(cost({ last: 7 }, endpoints)).toEqual({ field: 1, multiplier: 7 });
    expect(cost({ first: 0 }, endpoints)).toEqual({ field: 1, multiplier: 0 });
  });

  it("counts the default page size when no size is given", () => {
    expect(cost({}, endpoints)).toEqual({ field: 1, multiplier: 50 });
    expect(cost({ first: null, last: null }, endpoints)).toEqual({ field: 1, multiplier: 50 });
    expect(cost({ first: null, last: 3 }, endpoints)).toEqual({ field: 1, multiplier: 3 });
  });

  it("clamps the page size as the connection does", () => {
    expect(cost({ first: 1000 }, endpoints)).toEqual({ field: 1, multiplier: 1000 });
    expect(cost({ first: 1_000_000 }, endpoints)).toEqual({ field: 1, multiplier: 1000 });
    expect(cost({ first: -5 }, endpoints)).toEqual({ field: 1, multiplier: 0 });
  });

  it("adds the size of the filter to the page field", () => {
    // The filter object, the StringFilter object and its value.
    expect(cost({ first: 10, filter: { name: { exact: "a" } } }, endpoints)).toEqual({ field: 4, multiplier: 10 });
    // 1 + filter 1 + name 1 + three values + (the AND list counts only its members) member 1 + name 1 + value 1.
    const filter = { name: { inList: ["a", "b", "c"] }, AND: [{ name: { exact: "d" } }] };
    expect(cost({ first: 2, filter }, endpoints)).toEqual({ field: 9, multiplier: 2 });
  });

  it("counts the IDs of nodes(ids:)", () => {
    expect(cost({ ids: ["a", "b", "c"] }, query.nodes as never)).toEqual({ field: 1, multiplier: 3 });
    expect(cost({ ids: [] }, query.nodes as never)).toEqual({ field: 1, multiplier: 0 });
  });

  it("estimates a list without a size at ten items", () => {
    expect(cost({}, query.tags as never)).toEqual({ field: 1, multiplier: 10 });
  });

  it("does not count a connection's edges and nodes again", () => {
    expect(cost({}, fieldOf("EndpointConnection", "edges"))).toEqual({ field: 1, multiplier: 1 });
    expect(cost({}, fieldOf("EndpointConnection", "nodes"))).toEqual({ field: 1, multiplier: 1 });
  });

  it("costs a scalar 1 and customFields 1 per KiB it may weigh", () => {
    expect(cost({}, query.name as never)).toEqual({ field: 1, multiplier: 1 });
    expect(cost({}, fieldOf("EndpointConnection", "totalCount"))).toEqual({ field: 1, multiplier: 1 });
    expect(cost({}, fieldOf("Tag", "customFields"))).toEqual({ field: 16, multiplier: 1 });
  });
});

describe("operationCostError", () => {
  it("names the cost and the limit, and carries the limit code", () => {
    const error = operationCostError(1234, 1000);
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.message).toBe(
      "The operation is too expensive: its complexity is 1234, and at most 1000 is allowed. Ask for smaller pages or fewer fields.",
    );
    expect(error.extensions).toEqual({ code: "OPERATION_LIMIT_EXCEEDED" });
  });
});
