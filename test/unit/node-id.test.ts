import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { encodeGlobalId } from "../../src/domain/global-id.js";
import { namesNode, nodeWhere } from "../../src/schema/node-id.js";

describe("nodeWhere", () => {
  // Pothos passes the id part of a decoded global ID.
  it("reads a database id", () => {
    expect(nodeWhere("5")).toEqual({ id: 5 });
    expect(nodeWhere("2147483647")).toEqual({ id: 2147483647 });
  });

  it("gives id 0, which no row has, for an id that names nothing", () => {
    for (const id of ["", "junk", "0", "05", "-1", "2147483648", encodeGlobalId("Tag", 5)]) expect(nodeWhere(id)).toEqual({ id: 0 });
  });
});

describe("namesNode", () => {
  const schema = buildSchema(`
    interface Node { id: ID! }
    interface EndpointBase { id: ID! }
    type ProxmoxEndpoint implements Node & EndpointBase { id: ID! }
    type Token { id: ID! }
    type Query { node(id: ID!): Node }
  `);

  it("holds for an object type that implements Node", () => {
    expect(namesNode(schema, { typename: "ProxmoxEndpoint" })).toBe(true);
  });

  it.each(["EndpointBase", "Node", "Token", "Query", "String", "", "Endpoint"])("fails for %j", (typename) => {
    expect(namesNode(schema, { typename })).toBe(false);
  });
});
