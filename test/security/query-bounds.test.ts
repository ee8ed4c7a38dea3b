// What a read can ask for: filters of bounded size (checked before any SQL runs and priced in the
// query cost), text PostgreSQL can store, dates and cursors in range, and Relay IDs that name
// nothing answered with null for that ID alone. Every refusal is BAD_USER_INPUT naming the argument
// path, never an internal error, and never quotes what the client sent.
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeGlobalId } from "../../src/domain/global-id.js";
import { startService, type GraphQLResponse, type TestService } from "../support/service.js";

let service: TestService;
let cheap: TestService;
let proxmoxId: string;

type Answer = GraphQLResponse<Record<string, unknown>>;

function ask(target: TestService, source: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  return target.gql<Record<string, unknown>, Record<string, unknown>>(parse(source), variables);
}

function cursor(order: string, values: unknown[]): string {
  return Buffer.from(JSON.stringify({ o: order, v: values }), "utf8").toString("base64url");
}

/** The one error of an answer: BAD_USER_INPUT, naming `path`, without the value sent. */
function expectRefused(answer: Answer, path: string, sent?: string) {
  expect(answer.errors, JSON.stringify(answer.errors)).toHaveLength(1);
  const [error] = answer.errors!;
  expect(error!.extensions?.code).toBe("BAD_USER_INPUT");
  expect(error!.message).toContain(path);
  if (sent) expect(error!.message).not.toContain(sent);
}

const ENDPOINTS = "query ($filter: EndpointFilter, $q: String) { endpoints(filter: $filter, q: $q, first: 5) { totalCount nodes { id } } }";
const slugs = (count: number, prefix = "s") => Array.from({ length: count }, (_, index) => `${prefix}${index}`);
const nestedNot = (levels: number): Record<string, unknown> => (levels === 0 ? { name: { exact: "x" } } : { NOT: nestedNot(levels - 1) });

beforeAll(async () => {
  service = await startService();
  cheap = await startService({ limits: { maxCost: 150 } });
  const created = await ask(
    service,
    `mutation { createProxmoxEndpoint(input: { name: "bounds-pve", domain: "pve.example.com", tokenName: "t", tokenValue: "v", username: "root@pam" }) {
      proxmoxEndpoint { id } userErrors { message } } }`,
  );
  proxmoxId = (created.data as { createProxmoxEndpoint: { proxmoxEndpoint: { id: string } } }).createProxmoxEndpoint.proxmoxEndpoint.id;
});
afterAll(async () => {
  await service?.close();
  await cheap?.close();
});

describe("filter size", () => {
  it("accepts the largest filter of each bound", async () => {
    for (const filter of [{ tag: slugs(100) }, { AND: Array.from({ length: 20 }, () => ({ port: { gt: 0 } })) }, nestedNot(10)]) {
      const answer = await ask(service, ENDPOINTS, { filter });
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    }
  });

  it.each([
    ["tag", { tag: slugs(101) }, "filter.tag", "100"],
    ["a lookup list", { name: { inList: slugs(40_000) } }, "filter.name.inList", "100"],
    ["kind", { kind: Array.from({ length: 101 }, () => "PROXMOX") }, "filter.kind", "100"],
    ["a nested list", { AND: [{}, {}, {}, { tag: slugs(400) }] }, "filter.AND[3].tag", "100"],
    ["AND", { AND: Array.from({ length: 21 }, () => ({})) }, "filter.AND", "20"],
    ["OR", { OR: Array.from({ length: 200 }, () => ({ name: { exact: "x" } })) }, "filter.OR", "20"],
    ["nesting", nestedNot(11), "filter.NOT.NOT.NOT", "10"],
    ["in all", { OR: Array.from({ length: 20 }, () => ({ tag: slugs(100) })) }, "filter", "500"],
  ])("refuses %s beyond its bound, naming the path and the limit", async (_name, filter, path, limit) => {
    const answer = await ask(service, ENDPOINTS, { filter });
    expectRefused(answer, path);
    expect(answer.errors![0]!.message).toContain(limit);
    expect(answer.data?.endpoints ?? null).toBeNull();
  });

  it("prices the filter in the query cost", async () => {
    const query = "query ($filter: EndpointFilter) { endpoints(filter: $filter, first: 1) { nodes { id } } }";
    expect((await ask(cheap, query, { filter: { tag: slugs(3) } })).errors).toBeUndefined();
    const refused = await ask(cheap, query, { filter: { tag: slugs(100), name: { inList: slugs(60) } } });
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(["OPERATION_LIMIT_EXCEEDED"]);
  });
});

describe("text a lookup can hold", () => {
  it.each([
    ["endpoints", "EndpointFilter", { name: { exact: "a\u0000b" } }, "filter.name.exact"],
    ["endpoints", "EndpointFilter", { domain: { iContains: "\uD800" } }, "filter.domain.iContains"],
    ["endpoints", "EndpointFilter", { ipAddress: { startsWith: "10.\u0000" } }, "filter.ipAddress.startsWith"],
    ["endpoints", "EndpointFilter", { tag: ["ok", "\uDC00x"] }, "filter.tag[1]"],
    ["endpoints", "EndpointFilter", { OR: [{ name: { inList: ["a", "\u0000"] } }] }, "filter.OR[0].name.inList[1]"],
    ["endpoints", "EndpointFilter", { id: { exact: "\u0000" } }, "filter.id.exact"],
    ["proxmoxEndpoints", "ProxmoxEndpointFilter", { username: { iExact: "root\u0000" } }, "filter.username.iExact"],
    ["netBoxEndpoints", "NetBoxEndpointFilter", { name: { endsWith: "\uD83D" } }, "filter.name.endsWith"],
    ["fastApiEndpoints", "FastAPIEndpointFilter", { domain: { contains: "x".repeat(1001) } }, "filter.domain.contains"],
  ])("%s refuses %j", async (field, type, filter, path) => {
    const answer = await ask(service, `query ($filter: ${type}) { ${field}(filter: $filter) { nodes { id } } }`, { filter });
    expectRefused(answer, path);
  });

  it.each(["endpoints", "proxmoxEndpoints", "tags", "ipAddresses"])("%s refuses a NUL or a lone surrogate in q", async (field) => {
    for (const q of ["a\u0000", "\uD800"])
      expectRefused(await ask(service, `query ($q: String) { ${field}(q: $q) { nodes { id } } }`, { q }), "q");
  });
});

describe("dates", () => {
  it.each([
    ["year 0", "0000-01-01T00:00:00Z", "filter.created.gt"],
    ["year 10000", "+010000-01-01T00:00:00Z", "filter.created.gt"],
    ["JS Date's last day", "+275760-09-13T00:00:00.000Z", "filter.created.gt"],
  ])("refuses %s in a DateTime filter", async (_name, value, path) => {
    const answer = await ask(service, ENDPOINTS, { filter: { created: { gt: value } } });
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0]!.message).toMatch(new RegExp(`${path.replace(/\./g, "\\.")}|\\$filter`));
    expect(answer.errors![0]!.message).not.toContain(value.slice(0, 10));
  });

  it("accepts dates of years 1 to 9999", async () => {
    for (const value of ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"]) {
      expect((await ask(service, ENDPOINTS, { filter: { created: { lt: value } } })).errors).toBeUndefined();
    }
  });
});

describe("forged cursors", () => {
  const page = (order: string) =>
    `query ($after: String, $before: String) { endpoints(${order} after: $after, before: $before, first: 2) { nodes { id } } }`;
  it.each([
    ["an id of 2^40", "", cursor("nameSort:asc,id:asc", ["a", 2 ** 40])],
    ["an id of 1e300", "", cursor("nameSort:asc,id:asc", ["a", 1e300])],
    ["a negative id beyond int4", "", cursor("nameSort:asc,id:asc", ["a", -(2 ** 31) - 1])],
    ["a NUL in a name", "", cursor("nameSort:asc,id:asc", ["a\u0000", 1])],
    ["a lone surrogate in a name", "", cursor("nameSort:asc,id:asc", ["\uD800", 1])],
    ["a name of the wrong type", "", cursor("nameSort:asc,id:asc", [{ a: 1 }, 1])],
    ["a port beyond int4", "orderBy: [{ field: PORT, direction: ASC }],", cursor("port:asc,id:asc", [2 ** 33, 1])],
    ["year 0", "orderBy: [{ field: CREATED, direction: ASC }],", cursor("created:asc,id:asc", ["0000-01-01T00:00:00.000Z", 1])],
    ["year 275760", "orderBy: [{ field: CREATED, direction: ASC }],", cursor("created:asc,id:asc", ["+275760-09-13T00:00:00.000Z", 1])],
    ["a number as a date", "orderBy: [{ field: CREATED, direction: ASC }],", cursor("created:asc,id:asc", [1e300, 1])],
  ])("refuses %s in after and before", async (_name, order, forged) => {
    expectRefused(await ask(service, page(order), { after: forged }), "after", forged);
    expectRefused(await ask(service, page(order), { before: forged }), "before", forged);
  });
});

describe("Relay", () => {
  const typename = (type: string) => encodeGlobalId(type, 1);

  it.each([
    ["malformed", "not an id!"],
    ["a NUL", "\u0000"],
    ["an unknown type", typename("Nothing")],
    ["the Endpoint model", typename("Endpoint")],
    ["the EndpointBase interface", typename("EndpointBase")],
    ["Query", typename("Query")],
    ["an id beyond int4", encodeGlobalId("ProxmoxEndpoint", 2 ** 40)],
  ])("node(id:) of %s is null, and the rest of the answer stands", async (_name, id) => {
    const answer = await ask(service, "query ($id: ID!) { node(id: $id) { id } viewer { id } }", { id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.node).toBeNull();
    expect(answer.data?.viewer).toBeTruthy();
  });

  it("nodes(ids:) is null only where an ID names nothing", async () => {
    const ids = [proxmoxId, "garbage", typename("Endpoint"), typename("Query"), proxmoxId];
    const answer = await ask(service, "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", { ids });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.nodes).toEqual([{ id: proxmoxId }, null, null, null, { id: proxmoxId }]);
  });

  it("refuses first and last together, naming both", async () => {
    const answer = await ask(service, "{ endpoints(first: 1000, last: 1) { nodes { id } } }");
    expectRefused(answer, "first");
    expect(answer.errors![0]!.message).toContain("last");
  });
});
