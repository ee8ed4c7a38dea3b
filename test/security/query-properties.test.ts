// No read input whatsoever makes an internal error: arbitrary filters (hostile text, huge lists,
// deep nesting, odd dates and numbers), q, orderBy, page sizes and forged cursors, on every list,
// and arbitrary IDs for node and nodes. Every error carries a code of the allowed set, and an
// answer without errors has the shape its query asks for.
import fc from "fast-check";
import { parse } from "graphql";
import { afterAll, beforeAll, expect, it } from "vitest";
import { encodeGlobalId } from "../../src/domain/global-id.js";
import { startService, type TestService } from "../support/service.js";

const ALLOWED_CODES = new Set(["BAD_USER_INPUT", "OPERATION_LIMIT_EXCEEDED", "GRAPHQL_VALIDATION_FAILED", "PAYLOAD_TOO_LARGE"]);

let service: TestService;
let seededIds: string[] = [];

beforeAll(async () => {
  service = await startService();
  const created = await service.gql<Record<string, Record<string, { id: string }>>, Record<string, never>>(
    parse(`mutation {
      t: createTag(input: { name: "prod" }) { tag { id } }
      p: createProxmoxEndpoint(input: { name: "prop-pve", domain: "pve.example.com", tokenName: "t", tokenValue: "v", username: "root@pam" }) { proxmoxEndpoint { id } }
      f: createFastApiEndpoint(input: { name: "prop-api", domain: "api.example.com" }) { fastApiEndpoint { id } }
    }`),
  );
  seededIds = Object.values(created.data ?? {}).flatMap((payload) => Object.values(payload ?? {}).map((node) => node.id));
});
afterAll(() => service?.close());

// ------------------------------------------------------------------------------ values

const shortText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom("\u0000", "a\u0000b", "\uD800", "x\uDC00", "\uDBFF\uDFFF", "%", "_", "\\", "prod", "pve", "'; --", ""),
);
const hostileText = fc.oneof(
  { weight: 9, arbitrary: shortText },
  { weight: 1, arbitrary: fc.integer({ min: 990, max: 5000 }).map((length) => "a".repeat(length)) },
);
const hugeNumber = fc.oneof(
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fc.constantFrom(2 ** 31, 2 ** 40, -(2 ** 53), 1e300, -0, 0.5),
  fc.double({ noNaN: true }),
);
const oddDate = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom(
    "0000-01-01T00:00:00Z",
    "+275760-09-13T00:00:00.000Z",
    "-000001-01-01T00:00:00Z",
    "9999-12-31T23:59:59Z",
    "2024-02-30T00:00:00Z",
    "yesterday",
  ),
);
// Now and then a list at the bound or past it (of short values, so that a run stays small).
const listOf = <T>(item: fc.Arbitrary<T>, big: fc.Arbitrary<unknown> = item): fc.Arbitrary<unknown[]> =>
  fc.oneof(
    { weight: 9, arbitrary: fc.array(item as fc.Arbitrary<unknown>, { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.array(big, { minLength: 95, maxLength: 130 }) },
  );
const cursor = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc
    .record({
      o: fc.constantFrom("nameSort:asc,id:asc", "port:desc,id:asc", "created:asc,id:asc", "domain:asc,id:asc", "id:asc"),
      v: fc.array(fc.jsonValue(), { maxLength: 3 }),
    })
    .map((value) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url")),
  fc
    .tuple(fc.oneof(hostileText, hugeNumber, oddDate, fc.constant(null)), hugeNumber)
    .map((values) => Buffer.from(JSON.stringify({ o: "nameSort:asc,id:asc", v: values }), "utf8").toString("base64url")),
);
const globalId = fc.oneof(
  fc.constantFrom(
    ...[
      "ProxmoxEndpoint",
      "NetBoxEndpoint",
      "FastAPIEndpoint",
      "Tag",
      "Token",
      "IPAddress",
      "Endpoint",
      "EndpointBase",
      "Query",
      "Node",
      "",
    ].map((type) => encodeGlobalId(type, 1)),
  ),
  fc
    .tuple(fc.constantFrom("ProxmoxEndpoint", "Tag", "Query"), fc.oneof(hostileText, hugeNumber.map(String)))
    .map(([type, id]) => encodeGlobalId(type, id)),
  hostileText,
  fc.constant("seeded"),
);

const stringLookups = fc.record(
  {
    exact: hostileText,
    iExact: hostileText,
    contains: hostileText,
    iContains: hostileText,
    startsWith: hostileText,
    iStartsWith: hostileText,
    endsWith: hostileText,
    iEndsWith: hostileText,
    inList: listOf(hostileText, shortText),
    isNull: fc.boolean(),
  },
  { requiredKeys: [] },
);
const intLookups = fc.record(
  { exact: hugeNumber, gt: hugeNumber, gte: hugeNumber, lt: hugeNumber, lte: hugeNumber, inList: listOf(hugeNumber) },
  { requiredKeys: [] },
);
const idLookups = fc.record({ exact: globalId, inList: listOf(globalId, fc.constant("seeded")) }, { requiredKeys: [] });
const dateLookups = fc.record({ gt: oddDate, gte: oddDate, lt: oddDate, lte: oddDate }, { requiredKeys: [] });

function filterOf(own: Record<string, fc.Arbitrary<unknown>>) {
  const fields = {
    id: idLookups,
    name: stringLookups,
    domain: stringLookups,
    ipAddressId: idLookups,
    ipAddress: stringLookups,
    port: intLookups,
    verifySsl: fc.boolean(),
    tag: listOf(hostileText, shortText),
    created: dateLookups,
    lastUpdated: dateLookups,
    ...own,
  };
  const { filter } = fc.letrec((tie) => ({
    filter: fc.record(
      {
        ...fields,
        AND: fc.oneof(
          { maxDepth: 2, depthIdentifier: "filter" },
          fc.constant([]),
          fc.array(tie("filter"), { maxLength: 2 }),
          fc.array(fc.constant({}), { minLength: 19, maxLength: 25 }),
        ),
        OR: fc.oneof({ maxDepth: 2, depthIdentifier: "filter" }, fc.constant([]), fc.array(tie("filter"), { maxLength: 2 })),
        NOT: fc.oneof({ maxDepth: 2, depthIdentifier: "filter" }, fc.constant(null), tie("filter")),
      },
      { requiredKeys: [] },
    ),
  }));
  // Nesting around the bound of 10 levels, from a small filter: full filters that deep are megabytes.
  const deep = fc
    .tuple(fc.integer({ min: 8, max: 13 }), fc.constantFrom("AND", "OR", "NOT"), fc.record({ name: stringLookups }))
    .map(([levels, logical, inner]) => {
      let nested: Record<string, unknown> = inner;
      for (let level = 0; level < levels; level++) nested = { [logical]: logical === "NOT" ? nested : [nested] };
      return nested;
    });
  return fc.oneof({ weight: 9, arbitrary: filter }, { weight: 1, arbitrary: deep });
}

const choiceLookups = (values: string[]) =>
  fc.record({ exact: fc.constantFrom(...values), inList: listOf(fc.constantFrom(...values)) }, { requiredKeys: [] });
const orderBy = fc.array(
  fc.record({
    field: fc.constantFrom("ID", "NAME", "DOMAIN", "PORT", "CREATED", "LAST_UPDATED"),
    direction: fc.constantFrom("ASC", "DESC"),
  }),
  { maxLength: 4 },
);
const pageSize = fc.oneof(fc.integer({ min: -3, max: 1200 }), fc.constant(2 ** 31 - 1));
// Mostly well-formed requests, so that most runs reach SQL; hostile ones often enough.
const paging = fc.oneof(
  fc.record({ first: pageSize, after: cursor }, { requiredKeys: [] }),
  fc.record({ last: pageSize, before: cursor }, { requiredKeys: [] }),
  fc.record({ first: pageSize, last: pageSize, after: cursor, before: cursor }, { requiredKeys: [] }),
);
const tameText = fc.oneof(fc.constantFrom("prod", "pve", "api", "example", "10.", "%", "_"), fc.string({ maxLength: 6 }));
const tameFilter = fc.record(
  {
    name: fc.record({ iContains: tameText, startsWith: tameText }, { requiredKeys: [] }),
    domain: fc.record({ isNull: fc.boolean(), endsWith: tameText }, { requiredKeys: [] }),
    port: fc.record({ gte: fc.integer({ min: 0, max: 70000 }) }),
    tag: fc.array(fc.constantFrom("prod", "none"), { maxLength: 3 }),
    OR: fc.array(fc.record({ name: fc.record({ exact: fc.constantFrom("prop-pve", "prop-api") }) }), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

interface Operation {
  field: string;
  source: string;
  variables: Record<string, unknown>;
}

const PAGE = "{ totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } }";
const PAGE_ARGS = "first: $first, last: $last, after: $after, before: $before";
const PAGE_VARIABLES = "$first: Int, $last: Int, $after: String, $before: String";

const endpointList = (field: string, type: string, own: Record<string, fc.Arbitrary<unknown>> = {}) =>
  fc
    .record(
      { filter: fc.oneof(tameFilter, filterOf(own)), q: fc.oneof(tameText, hostileText), orderBy, paging },
      { requiredKeys: ["paging"] },
    )
    .map(({ paging: page, ...rest }): Operation => ({
      field,
      source: `query (${PAGE_VARIABLES}, $filter: ${type}, $q: String, $orderBy: [EndpointOrder!]) { ${field}(${PAGE_ARGS}, filter: $filter, q: $q, orderBy: $orderBy) ${PAGE} }`,
      variables: { ...page, ...rest },
    }));
const searchedList = (field: string) =>
  fc.record({ q: fc.oneof(tameText, hostileText), paging }, { requiredKeys: ["paging"] }).map(({ paging: page, q }): Operation => ({
    field,
    source: `query (${PAGE_VARIABLES}, $q: String) { ${field}(${PAGE_ARGS}, q: $q) ${PAGE} }`,
    variables: { ...page, q },
  }));

const operation: fc.Arbitrary<Operation> = fc.oneof(
  endpointList("endpoints", "EndpointFilter", { kind: listOf(fc.constantFrom("PROXMOX", "NETBOX", "FASTAPI")) }),
  endpointList("proxmoxEndpoints", "ProxmoxEndpointFilter", {
    mode: choiceLookups(["CLUSTER", "STANDALONE", "UNDEFINED"]),
    username: stringLookups,
  }),
  endpointList("netBoxEndpoints", "NetBoxEndpointFilter", { tokenVersion: choiceLookups(["V1", "V2"]) }),
  endpointList("fastApiEndpoints", "FastAPIEndpointFilter"),
  searchedList("tags"),
  searchedList("ipAddresses"),
  paging.map((page): Operation => ({
    field: "tokens",
    source: `query (${PAGE_VARIABLES}) { tokens(${PAGE_ARGS}) ${PAGE} }`,
    variables: page,
  })),
  globalId.map((id): Operation => ({ field: "node", source: "query ($id: ID!) { node(id: $id) { id } }", variables: { id } })),
  fc
    .array(globalId, { maxLength: 6 })
    .map((ids): Operation => ({ field: "nodes", source: "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables: { ids } })),
);

/** "seeded" stands for the IDs of real objects, which exist only once the service runs. */
function withSeededIds(value: unknown, pick: () => string): unknown {
  if (value === "seeded") return pick();
  if (Array.isArray(value)) return value.map((item) => withSeededIds(item, pick));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withSeededIds(item, pick)]));
  return value;
}

// Filters fail on the PostgreSQL server and on PGlite differently: each project runs it.
it("no read input makes an internal error, and answers have their shape", async () => {
  let turn = 0;
  await fc.assert(
    fc.asyncProperty(operation, async ({ field, source, variables }) => {
      const started = performance.now();
      const answer = await service.gql<Record<string, unknown>, Record<string, unknown>>(
        parse(source),
        withSeededIds(variables, () => seededIds[turn++ % seededIds.length]!) as Record<string, unknown>,
      );
      const summary = JSON.stringify(answer.errors ?? []);
      if (process.env.TRACE)
        console.log("TRACE", Math.round(performance.now() - started), field, JSON.stringify(variables).length, summary.slice(0, 200));
      expect(summary).not.toContain("Unexpected error.");
      for (const error of answer.errors ?? []) expect(ALLOWED_CODES, summary).toContain(String(error.extensions?.code));
      expect(answer.status, summary).toBeLessThan(500);
      if (answer.errors?.length) return;
      const data = answer.data?.[field] as Record<string, unknown> | null | unknown[];
      if (field === "node") expect(data === null || typeof (data as { id?: unknown }).id === "string").toBe(true);
      else if (field === "nodes") expect(Array.isArray(data) && data.length === (variables.ids as unknown[]).length).toBe(true);
      else {
        const page = data as { totalCount: number; edges: { cursor: string; node: { id: string } }[] };
        expect(Number.isInteger(page.totalCount) && page.totalCount >= 0).toBe(true);
        expect(
          Array.isArray(page.edges) && page.edges.every((edge) => typeof edge.cursor === "string" && typeof edge.node.id === "string"),
        ).toBe(true);
      }
    }),
    // Shrinking inputs of megabytes takes minutes: a failure reports its input as generated.
    { numRuns: 150, endOnFailure: true },
  );
}, 120_000);
