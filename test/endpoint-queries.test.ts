// The read side of the API: the endpoint lists (filters, q, orderBy, keyset pagination, totalCount),
// Relay node refetching, the single-object queries and the lists of IP addresses, tags and tokens.
//
// One service (a PGlite start-up is costly). It holds a small hand-made data set that every filter
// test reasons about. The "with the paging data" block adds six endpoints for ordering and
// pageInfo, plus over a thousand bulk rows for page sizes, clamping and walking every row, and
// removes them again afterwards, so the filter tests see only their own data whatever the order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/gql.js";
import type {
  EndpointFilter,
  EndpointOrder,
  FastApiEndpointFilter,
  NetBoxEndpointFilter,
  ProxmoxEndpointFilter,
  EndpointKind,
} from "./generated/graphql.js";
import { startService, type GraphQLResponse, type TestService } from "./support/service.js";
import { statementLog } from "./support/statement-log.js";
import { withProxmoxCredentials } from "./support/proxmox-credentials.js";

// ------------------------------------------------------------------------------------ documents

const SeedIpAddress = graphql(`
  mutation ReadSeedIpAddress($input: CreateIPAddressInput!) {
    createIpAddress(input: $input) {
      ipAddress {
        id
        databaseId
        address
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const SeedTag = graphql(`
  mutation ReadSeedTag($input: CreateTagInput!) {
    createTag(input: $input) {
      tag {
        id
        databaseId
        slug
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const SeedToken = graphql(`
  mutation ReadSeedToken($input: CreateTokenInput!) {
    createToken(input: $input) {
      token {
        id
        databaseId
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const SeedProxmox = graphql(`
  mutation ReadSeedProxmox($input: CreateProxmoxEndpointInput!) {
    createProxmoxEndpoint(input: $input) {
      proxmoxEndpoint {
        id
        databaseId
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const SeedNetBox = graphql(`
  mutation ReadSeedNetBox($input: CreateNetBoxEndpointInput!) {
    createNetBoxEndpoint(input: $input) {
      netBoxEndpoint {
        id
        databaseId
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const SeedFastApi = graphql(`
  mutation ReadSeedFastApi($input: CreateFastAPIEndpointInput!) {
    createFastApiEndpoint(input: $input) {
      fastApiEndpoint {
        id
        databaseId
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const EndpointPage = graphql(`
  query ReadEndpointPage(
    $filter: EndpointFilter
    $q: String
    $orderBy: [EndpointOrder!]
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    endpoints(filter: $filter, q: $q, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      edges {
        cursor
        node {
          __typename
          id
          databaseId
          name
          domain
          port
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

const EndpointCount = graphql(`
  query ReadEndpointCount($filter: EndpointFilter, $q: String, $first: Int) {
    endpoints(filter: $filter, q: $q, first: $first) {
      totalCount
      nodes {
        databaseId
      }
    }
  }
`);

const EndpointTotalOnly = graphql(`
  query ReadEndpointTotalOnly($filter: EndpointFilter, $q: String) {
    endpoints(filter: $filter, q: $q) {
      totalCount
    }
  }
`);

const EndpointWithoutCount = graphql(`
  query ReadEndpointWithoutCount($filter: EndpointFilter, $q: String) {
    endpoints(filter: $filter, q: $q) {
      nodes {
        databaseId
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const ProxmoxList = graphql(`
  query ReadProxmoxList($filter: ProxmoxEndpointFilter, $q: String, $first: Int) {
    proxmoxEndpoints(filter: $filter, q: $q, first: $first) {
      totalCount
      nodes {
        __typename
        databaseId
        name
        mode
        allowWrites
        username
      }
    }
  }
`);

const NetBoxList = graphql(`
  query ReadNetBoxList($filter: NetBoxEndpointFilter, $q: String, $first: Int) {
    netBoxEndpoints(filter: $filter, q: $q, first: $first) {
      totalCount
      nodes {
        __typename
        databaseId
        name
        tokenVersion
      }
    }
  }
`);

const FastApiList = graphql(`
  query ReadFastApiList($filter: FastAPIEndpointFilter, $q: String, $first: Int) {
    fastApiEndpoints(filter: $filter, q: $q, first: $first) {
      totalCount
      nodes {
        __typename
        databaseId
        name
        useHttps
        useWebsocket
      }
    }
  }
`);

const EndpointFragments = graphql(`
  query ReadEndpointFragments($filter: EndpointFilter) {
    endpoints(filter: $filter, first: 1000) {
      nodes {
        __typename
        id
        databaseId
        name
        ... on ProxmoxEndpoint {
          mode
          modeLabel
          allowWrites
          username
        }
        ... on NetBoxEndpoint {
          tokenVersion
          tokenVersionLabel
          tokenKey
        }
        ... on FastAPIEndpoint {
          useHttps
          useWebsocket
        }
      }
    }
  }
`);

const NodeById = graphql(`
  query ReadNodeById($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on ProxmoxEndpoint {
        databaseId
        name
        mode
      }
      ... on NetBoxEndpoint {
        databaseId
        name
        tokenVersion
      }
      ... on FastAPIEndpoint {
        databaseId
        name
        useHttps
      }
      ... on IPAddress {
        databaseId
        address
      }
      ... on Tag {
        databaseId
        slug
      }
      ... on Token {
        databaseId
        description
      }
    }
  }
`);

const EndpointKinds = graphql(`
  query ReadEndpointKinds($filter: EndpointFilter) {
    endpoints(filter: $filter, first: 1000) {
      nodes {
        __typename
        databaseId
        kind
      }
    }
    proxmoxEndpoints(first: 1000) {
      nodes {
        databaseId
        kind
      }
    }
    netBoxEndpoints(first: 1000) {
      nodes {
        databaseId
        kind
      }
    }
    fastApiEndpoints(first: 1000) {
      nodes {
        databaseId
        kind
      }
    }
  }
`);

const NodeKind = graphql(`
  query ReadNodeKind($id: ID!) {
    node(id: $id) {
      __typename
      ... on EndpointBase {
        kind
      }
    }
    nodes(ids: [$id]) {
      ... on EndpointBase {
        kind
      }
    }
  }
`);

const NodeWithoutKind = graphql(`
  query ReadNodeWithoutKind($id: ID!) {
    node(id: $id) {
      ... on EndpointBase {
        databaseId
      }
    }
  }
`);

const NodeWithKind = graphql(`
  query ReadNodeWithKind($id: ID!) {
    node(id: $id) {
      ... on EndpointBase {
        databaseId
        kind
      }
    }
  }
`);

const EndpointIdsWithoutKind = graphql(`
  query ReadEndpointIdsWithoutKind {
    endpoints(first: 1000) {
      nodes {
        databaseId
      }
    }
  }
`);

const EndpointIdsWithKind = graphql(`
  query ReadEndpointIdsWithKind {
    endpoints(first: 1000) {
      nodes {
        databaseId
        kind
      }
    }
  }
`);

const NodesByIds = graphql(`
  query ReadNodesByIds($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on ProxmoxEndpoint {
        databaseId
        name
      }
      ... on NetBoxEndpoint {
        databaseId
        name
      }
      ... on FastAPIEndpoint {
        databaseId
        name
      }
      ... on IPAddress {
        databaseId
        address
      }
      ... on Tag {
        databaseId
        slug
      }
      ... on Token {
        databaseId
        description
      }
    }
  }
`);

const EndpointByKind = graphql(`
  query ReadEndpointByKind($id: ID!) {
    proxmoxEndpoint(id: $id) {
      __typename
      id
      databaseId
      name
      mode
    }
    netBoxEndpoint(id: $id) {
      __typename
      id
      databaseId
      name
      tokenVersion
    }
    fastApiEndpoint(id: $id) {
      __typename
      id
      databaseId
      name
      useHttps
    }
  }
`);

const IpAddressSearch = graphql(`
  query ReadIpAddressSearch($q: String, $first: Int, $after: String) {
    ipAddresses(q: $q, first: $first, after: $after) {
      totalCount
      nodes {
        id
        databaseId
        address
        dnsName
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
    }
  }
`);

const TagSearch = graphql(`
  query ReadTagSearch($q: String) {
    tags(q: $q) {
      totalCount
      nodes {
        id
        name
        slug
      }
    }
  }
`);

const TokenList = graphql(`
  query ReadTokenList($first: Int, $after: String) {
    tokens(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          __typename
          id
          databaseId
          description
          version
          writeEnabled
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
    }
  }
`);

const ViewerToken = graphql(`
  query ReadViewerToken {
    viewer {
      __typename
      id
      databaseId
      version
      writeEnabled
      description
    }
  }
`);

// ------------------------------------------------------------------------------------ helpers

type Kind = EndpointKind;
// What the tests expect of global IDs, written out: a new kind must say its typename here too.
const TYPENAME: Record<Kind, string> = { PROXMOX: "ProxmoxEndpoint", NETBOX: "NetBoxEndpoint", FASTAPI: "FastAPIEndpoint" };

/** A Relay global ID as the service encodes it: base64 of "<TypeName>:<databaseId>". */
function globalId(typename: string, databaseId: number): string {
  return Buffer.from(`${typename}:${databaseId}`, "utf8").toString("base64");
}

function noUserErrors(what: string, userErrors: readonly { field?: readonly string[] | null; code: string; message: string }[]): void {
  if (userErrors.length) throw new Error(`seeding ${what} failed: ${JSON.stringify(userErrors)}`);
}

interface Created {
  id: string;
  databaseId: number;
}

async function seedIp(service: TestService, address: string, dnsName = ""): Promise<Created & { address: string }> {
  const { createIpAddress } = await service.ok(SeedIpAddress, { input: { address, dnsName } });
  noUserErrors(address, createIpAddress.userErrors);
  return createIpAddress.ipAddress!;
}

async function seedTag(service: TestService, name: string, slug?: string): Promise<Created & { slug: string }> {
  const { createTag } = await service.ok(SeedTag, { input: { name, slug } });
  noUserErrors(name, createTag.userErrors);
  return createTag.tag!;
}

/** What a test needs to know about one seeded endpoint. */
interface Seeded {
  key: string;
  kind: Kind;
  id: string;
  databaseId: number;
  name: string;
  domain: string | null;
  ip: string | null;
  port: number;
  verifySsl: boolean;
  tags: string[];
  created: Date;
  lastUpdated: Date;
}

interface EndpointSpec {
  key: string;
  kind: Kind;
  name: string;
  domain?: string;
  /** Key of a seeded IP address. */
  ip?: string;
  port: number;
  verifySsl: boolean;
  tags?: string[];
  /** Kind-specific input fields. */
  extra?: Record<string, unknown>;
}

async function seedEndpoint(
  service: TestService,
  spec: EndpointSpec,
  ips: Record<string, Created>,
  tags: Record<string, Created>,
): Promise<Seeded> {
  const input = {
    name: spec.name,
    domain: spec.domain,
    ipAddressId: spec.ip ? ips[spec.ip]!.id : undefined,
    port: spec.port,
    verifySsl: spec.verifySsl,
    tagIds: spec.tags?.map((slug) => tags[slug]!.id),
    ...spec.extra,
  };
  let created: Created | null | undefined;
  if (spec.kind === "PROXMOX") {
    const { createProxmoxEndpoint } = await service.ok(SeedProxmox, { input: withProxmoxCredentials(input) });
    noUserErrors(spec.key, createProxmoxEndpoint.userErrors);
    created = createProxmoxEndpoint.proxmoxEndpoint;
  } else if (spec.kind === "NETBOX") {
    const { createNetBoxEndpoint } = await service.ok(SeedNetBox, { input });
    noUserErrors(spec.key, createNetBoxEndpoint.userErrors);
    created = createNetBoxEndpoint.netBoxEndpoint;
  } else {
    const { createFastApiEndpoint } = await service.ok(SeedFastApi, { input });
    noUserErrors(spec.key, createFastApiEndpoint.userErrors);
    created = createFastApiEndpoint.fastApiEndpoint;
  }
  return {
    key: spec.key,
    kind: spec.kind,
    id: created!.id,
    databaseId: created!.databaseId,
    name: spec.name,
    domain: spec.domain ?? null,
    ip: spec.ip ?? null,
    port: spec.port,
    verifySsl: spec.verifySsl,
    tags: spec.tags ?? [],
    created: new Date(0),
    lastUpdated: new Date(0),
  };
}

/** Gives an endpoint fixed timestamps, so that the date filters and orderings are deterministic. */
async function setTimestamps(service: TestService, endpoint: Seeded, created: Date, lastUpdated: Date): Promise<void> {
  await service.db.prisma.endpoint.update({ where: { id: endpoint.databaseId }, data: { created, lastUpdated } });
  endpoint.created = created;
  endpoint.lastUpdated = lastUpdated;
}

function errorCodes(result: GraphQLResponse<unknown>): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}

type PageVariables = {
  filter?: EndpointFilter | null;
  q?: string | null;
  orderBy?: EndpointOrder[] | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
};

const HOUR = 3_600_000;

// ------------------------------------------------------------------------------------ the filter data set

let service: TestService;

const ipOf: Record<string, Created & { address: string }> = {};
const tagOf: Record<string, Created & { slug: string }> = {};
const seeded: Seeded[] = [];
const byKey = new Map<string, Seeded>();
const keyByDatabaseId = new Map<number, string>();
let extraToken: Created;
let capture: ReturnType<typeof statementLog>;

/** The SQL statements one operation runs. */
async function sqlOf(run: () => Promise<unknown>): Promise<string[]> {
  return (await capture(run)).map((statement) => statement.query);
}

const T0 = Date.parse("2024-03-01T00:00:00.000Z");

// Keys: P* Proxmox, N* NetBox, F* FastAPI. Names and domains are chosen so that every lookup has
// matches and non-matches, in both cases, and so that LIKE wildcards would change the answers.
const FILTER_SPECS: EndpointSpec[] = [
  {
    key: "P1",
    kind: "PROXMOX",
    name: "Alpha One",
    domain: "pve1.Example.com",
    ip: "ip1",
    port: 8006,
    verifySsl: true,
    tags: ["alpha", "beta"],
    extra: { mode: "CLUSTER", allowWrites: true, username: "admin@pve" },
  },
  {
    key: "P2",
    kind: "PROXMOX",
    name: "alpha two",
    ip: "ip2",
    port: 8007,
    verifySsl: false,
    tags: ["alpha"],
    extra: { mode: "STANDALONE" },
  },
  { key: "P3", kind: "PROXMOX", name: "50% off", domain: "percent.example.com", port: 9000, verifySsl: false },
  { key: "P4", kind: "PROXMOX", name: "a_c", domain: "underscore.example.com", ip: "ip3", port: 8006, verifySsl: false },
  { key: "P5", kind: "PROXMOX", name: "abc", domain: "abc.example.org", port: 8006, verifySsl: false },
  { key: "P6", kind: "PROXMOX", name: "back\\slash", domain: "backslash.example.com", port: 8006, verifySsl: false },
  { key: "P7", kind: "PROXMOX", name: "50 percent", domain: "fifty.example.com", port: 8006, verifySsl: false },
  { key: "N1", kind: "NETBOX", name: "NetBox Main", domain: "netbox.example.com", port: 443, verifySsl: true, tags: ["beta"] },
  {
    key: "N2",
    kind: "NETBOX",
    name: "netbox backup",
    ip: "ip1",
    port: 8443,
    verifySsl: false,
    extra: { tokenVersion: "V2", tokenKey: "abc123def456", tokenSecret: "not-a-real-secret" },
  },
  { key: "N3", kind: "NETBOX", name: "alpha one", domain: "ALPHA.example.net", port: 443, verifySsl: true },
  {
    key: "F1",
    kind: "FASTAPI",
    name: "FastAPI Backend",
    domain: "fastapi.example.com",
    port: 8800,
    verifySsl: true,
    tags: ["alpha", "beta", "gamma"],
    extra: { useHttps: true, useWebsocket: true },
  },
  {
    key: "F2",
    kind: "FASTAPI",
    name: "fastapi-dev",
    ip: "ip5",
    port: 8801,
    verifySsl: false,
    extra: { useHttps: false, useWebsocket: false },
  },
  { key: "F3", kind: "FASTAPI", name: "localhost api", domain: "localhost", port: 8000, verifySsl: true, extra: { useWebsocket: true } },
  // Three endpoints share a name; created FastAPI, Proxmox, NetBox so that id order is neither
  // kind order nor creation-by-kind order.
  { key: "F4", kind: "FASTAPI", name: "dup", domain: "dup-fa.example.com", port: 8800, verifySsl: true },
  { key: "P8", kind: "PROXMOX", name: "dup", domain: "dup-pve.example.com", port: 8006, verifySsl: false },
  { key: "N4", kind: "NETBOX", name: "dup", domain: "dup-nb.example.com", port: 443, verifySsl: true },
];

const ALL_KEYS = FILTER_SPECS.map((spec) => spec.key);
const KEYS_OF = (kind: Kind) => FILTER_SPECS.filter((spec) => spec.kind === kind).map((spec) => spec.key);

function keyOf(databaseId: number): string {
  return keyByDatabaseId.get(databaseId) ?? `unknown endpoint ${databaseId}`;
}

/** Keys of the endpoints `endpoints(filter:, q:)` returns, in the order returned. */
async function endpointKeys(filter: EndpointFilter | null | undefined, q?: string | null): Promise<string[]> {
  const data = await service.ok(EndpointPage, { filter, q, first: 1000 });
  return data.endpoints.edges.map((edge) => keyOf(edge.node.databaseId));
}

const sorted = (keys: readonly string[]) => [...keys].sort();

async function expectKeys(filter: EndpointFilter | null | undefined, expected: readonly string[], q?: string | null): Promise<void> {
  expect(sorted(await endpointKeys(filter, q))).toEqual(sorted(expected));
}

/** The filter returns exactly the seeded endpoints the predicate picks; that must be some, not all. */
async function expectWhere(filter: EndpointFilter, predicate: (endpoint: Seeded) => boolean): Promise<void> {
  const expected = seeded.filter(predicate).map((endpoint) => endpoint.key);
  expect(expected.length, "the expectation must pick some endpoints").toBeGreaterThan(0);
  expect(expected.length, "the expectation must leave some endpoints out").toBeLessThan(seeded.length);
  await expectKeys(filter, expected);
}

async function proxmoxKeys(filter: ProxmoxEndpointFilter | null, q?: string): Promise<string[]> {
  const data = await service.ok(ProxmoxList, { filter, q, first: 1000 });
  return sorted(data.proxmoxEndpoints.nodes.map((node) => keyOf(node.databaseId)));
}

async function netBoxKeys(filter: NetBoxEndpointFilter | null, q?: string): Promise<string[]> {
  const data = await service.ok(NetBoxList, { filter, q, first: 1000 });
  return sorted(data.netBoxEndpoints.nodes.map((node) => keyOf(node.databaseId)));
}

async function fastApiKeys(filter: FastApiEndpointFilter | null, q?: string): Promise<string[]> {
  const data = await service.ok(FastApiList, { filter, q, first: 1000 });
  return sorted(data.fastApiEndpoints.nodes.map((node) => keyOf(node.databaseId)));
}

async function seedFilterData(): Promise<void> {
  capture = statementLog(service.db);
  ipOf.ip1 = await seedIp(service, "10.0.0.1/24", "pve-a.lab.example");
  ipOf.ip2 = await seedIp(service, "10.0.1.5", "Gateway.LAB.example");
  ipOf.ip3 = await seedIp(service, "192.168.5.10/24");
  ipOf.ip4 = await seedIp(service, "2001:db8::10/64");
  // Loopback, so that a FastAPI backend registration attempt is refused at once.
  ipOf.ip5 = await seedIp(service, "127.0.0.2");
  tagOf.alpha = await seedTag(service, "Alpha", "alpha");
  tagOf.beta = await seedTag(service, "Beta Tag", "beta");
  tagOf.gamma = await seedTag(service, "Gamma", "gamma");
  tagOf.delta = await seedTag(service, "Delta", "d-special");
  for (const spec of FILTER_SPECS) {
    const endpoint = await seedEndpoint(service, spec, ipOf, tagOf);
    seeded.push(endpoint);
    byKey.set(endpoint.key, endpoint);
    keyByDatabaseId.set(endpoint.databaseId, endpoint.key);
  }
  // created rises with seeding order, lastUpdated falls: the two filters cannot stand in for each other.
  for (const [index, endpoint] of seeded.entries()) {
    await setTimestamps(service, endpoint, new Date(T0 + index * HOUR), new Date(T0 + (seeded.length - index) * HOUR + HOUR / 2));
  }
  const { createToken } = await service.ok(SeedToken, { input: { version: "V1", description: "query tests: extra", writeEnabled: false } });
  noUserErrors("token", createToken.userErrors);
  extraToken = createToken.token!;
}

// ------------------------------------------------------------------------------------ the paging data set

/** The six endpoints tagged "ord", created in this order (so ids rise down the list). */
const ORDER_SPECS: (EndpointSpec & { createdAt: number; updatedAt: number })[] = [
  { key: "O1", kind: "PROXMOX", name: "ord-c", domain: "d2.example.com", port: 443, verifySsl: false, createdAt: 40, updatedAt: 5 },
  { key: "O2", kind: "NETBOX", name: "ord-a", ip: "ordIp", port: 9000, verifySsl: true, createdAt: 10, updatedAt: 3 },
  { key: "O3", kind: "FASTAPI", name: "ord-e", domain: "d1.example.com", port: 443, verifySsl: true, createdAt: 60, updatedAt: 1 },
  { key: "O4", kind: "PROXMOX", name: "ord-b", domain: "d3.example.com", port: 8006, verifySsl: false, createdAt: 20, updatedAt: 6 },
  { key: "O5", kind: "FASTAPI", name: "ord-d", ip: "ordIp", port: 443, verifySsl: true, createdAt: 50, updatedAt: 2 },
  { key: "O6", kind: "NETBOX", name: "ord-f", domain: "d2.example.com", port: 8800, verifySsl: true, createdAt: 30, updatedAt: 4 },
];
const ordered: Seeded[] = [];
const orderKeyByDatabaseId = new Map<number, string>();

const BULK_COUNT = 1040;
const BULK_KINDS: Kind[] = ["PROXMOX", "NETBOX", "FASTAPI"];
const BULK_PORTS = [443, 8006, 8800, 9000, 10000];

interface BulkRow {
  id: number;
  name: string;
  domain: string | null;
  port: number;
  created: Date;
  lastUpdated: Date;
}
let bulkRows: BulkRow[] = [];
/** Every endpoint in the database while the paging data is there. */
let pageTotal = 0;
const pageIpIds: number[] = [];

async function seedPageData(): Promise<void> {
  const ordIp = await seedIp(service, "127.0.0.3");
  pageIpIds.push(ordIp.databaseId);
  const ordTag = await seedTag(service, "Ordering", "ord");
  for (const spec of ORDER_SPECS) {
    const endpoint = await seedEndpoint(service, { ...spec, tags: ["ord"] }, { ordIp }, { ord: ordTag });
    await setTimestamps(service, endpoint, new Date(T0 + spec.createdAt * HOUR), new Date(T0 + spec.updatedAt * HOUR));
    ordered.push(endpoint);
    orderKeyByDatabaseId.set(endpoint.databaseId, endpoint.key);
  }

  // The bulk rows go straight into the tables: base rows, then one detail row each. Every fourth
  // has no domain; domains and ports repeat, so orderings by them are full of ties.
  const prisma = service.db.prisma;
  const bulkIp = await seedIp(service, "127.0.0.4");
  pageIpIds.push(bulkIp.databaseId);
  await prisma.endpoint.createMany({
    data: Array.from({ length: BULK_COUNT }, (_, index) => ({
      kind: BULK_KINDS[index % 3]!,
      name: `bulk-${String(index).padStart(4, "0")}`,
      domain: index % 4 === 0 ? null : `h${index % 9}.example.com`,
      ipAddressId: bulkIp.databaseId,
      port: BULK_PORTS[index % 5]!,
      verifySsl: false,
      created: new Date(T0 + 1000 * HOUR + (index % 13) * 1000),
      lastUpdated: new Date(T0 + 1000 * HOUR + (index % 7) * 1000),
    })),
  });
  const rows = await prisma.endpoint.findMany({
    where: { name: { startsWith: "bulk-" } },
    select: { id: true, kind: true, name: true, domain: true, port: true, created: true, lastUpdated: true },
  });
  await prisma.proxmoxEndpoint.createMany({ data: rows.filter((row) => row.kind === "PROXMOX").map((row) => ({ endpointId: row.id })) });
  await prisma.netboxEndpoint.createMany({ data: rows.filter((row) => row.kind === "NETBOX").map((row) => ({ endpointId: row.id })) });
  await prisma.fastapiEndpoint.createMany({
    data: rows
      .filter((row) => row.kind === "FASTAPI")
      .map((row) => ({ endpointId: row.id, token: `bulk-token-${row.id}`.padEnd(64, "x") })),
  });
  bulkRows = rows;
  pageTotal = await prisma.endpoint.count();
}

/** Removes the paging data again, so that the filter tests see their own data set only. */
async function removePageData(): Promise<void> {
  const prisma = service.db.prisma;
  const ids = [...ordered.map((endpoint) => endpoint.databaseId), ...bulkRows.map((row) => row.id)];
  await prisma.endpoint.deleteMany({ where: { id: { in: ids } } });
  await prisma.ipAddress.deleteMany({ where: { id: { in: pageIpIds } } });
  await prisma.tag.deleteMany({ where: { slug: "ord" } });
  expect(await prisma.endpoint.count()).toBe(FILTER_SPECS.length);
}

const ORD: EndpointFilter = { tag: ["ord"] };
const BULK: EndpointFilter = { name: { startsWith: "bulk-" } };

async function orderKeys(orderBy: EndpointOrder[] | null): Promise<string[]> {
  const data = await service.ok(EndpointPage, { filter: ORD, orderBy, first: 100 });
  return data.endpoints.edges.map((edge) => orderKeyByDatabaseId.get(edge.node.databaseId) ?? `unknown ${edge.node.databaseId}`);
}

/** The order the ordering terms define, with id (ascending unless a term says otherwise) last. */
function compareRows(orderBy: readonly EndpointOrder[]): (a: BulkRow, b: BulkRow) => number {
  const value = (row: BulkRow, field: EndpointOrder["field"]): string | number | null => {
    switch (field) {
      case "ID":
        return row.id;
      case "NAME":
        return row.name;
      case "DOMAIN":
        return row.domain;
      case "PORT":
        return row.port;
      case "CREATED":
        return row.created.getTime();
      case "LAST_UPDATED":
        return row.lastUpdated.getTime();
    }
  };
  const terms = orderBy.some((term) => term.field === "ID") ? orderBy : [...orderBy, { field: "ID" as const, direction: "ASC" as const }];
  return (a, b) => {
    for (const term of terms) {
      const x = value(a, term.field);
      const y = value(b, term.field);
      if (x === y) continue;
      // Endpoints without a domain come last whatever the direction.
      if (x === null) return 1;
      if (y === null) return -1;
      const ascending = x < y ? -1 : 1;
      return term.direction === "ASC" ? ascending : -ascending;
    }
    return 0;
  };
}

interface Walk {
  ids: number[];
  pages: number;
}

/** Reads the whole list forwards with first/after, checking each page's pageInfo on the way. */
async function walkForward(filter: EndpointFilter, orderBy: EndpointOrder[] | null, pageSize: number): Promise<Walk> {
  const ids: number[] = [];
  let after: string | null = null;
  for (let pages = 1; pages < 1000; pages++) {
    const variables: PageVariables = { filter, orderBy, first: pageSize, after };
    const { endpoints } = await service.ok(EndpointPage, variables);
    const { edges, pageInfo } = endpoints;
    ids.push(...edges.map((edge) => edge.node.databaseId));
    expect(pageInfo.hasPreviousPage).toBe(after !== null);
    expect(pageInfo.startCursor).toBe(edges[0]?.cursor ?? null);
    expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
    if (!pageInfo.hasNextPage) return { ids, pages };
    expect(edges).toHaveLength(pageSize);
    after = pageInfo.endCursor;
  }
  throw new Error("the forward walk did not end");
}

/** Reads the whole list backwards with last/before; returns the ids in list order. */
async function walkBackward(filter: EndpointFilter, orderBy: EndpointOrder[] | null, pageSize: number): Promise<Walk> {
  const pagesRead: number[][] = [];
  let before: string | null = null;
  for (let pages = 1; pages < 1000; pages++) {
    const variables: PageVariables = { filter, orderBy, last: pageSize, before };
    const { endpoints } = await service.ok(EndpointPage, variables);
    const { edges, pageInfo } = endpoints;
    pagesRead.unshift(edges.map((edge) => edge.node.databaseId));
    expect(pageInfo.hasNextPage).toBe(before !== null);
    expect(pageInfo.startCursor).toBe(edges[0]?.cursor ?? null);
    expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
    if (!pageInfo.hasPreviousPage) return { ids: pagesRead.flat(), pages };
    expect(edges).toHaveLength(pageSize);
    before = pageInfo.startCursor;
  }
  throw new Error("the backward walk did not end");
}

// ------------------------------------------------------------------------------------ lifecycle

beforeAll(async () => {
  service = await startService();
  await seedFilterData();
}, 120_000);

afterAll(async () => {
  await service?.close();
});

// ------------------------------------------------------------------------------------ filters

describe("StringFilter on name", () => {
  const cases: [string, EndpointFilter, string[]][] = [
    ["exact is case-sensitive", { name: { exact: "Alpha One" } }, ["P1"]],
    ["exact matches the other case only for that case", { name: { exact: "alpha one" } }, ["N3"]],
    ["exact with neither case matches nothing", { name: { exact: "ALPHA ONE" } }, []],
    ["iExact ignores case", { name: { iExact: "ALPHA ONE" } }, ["P1", "N3"]],
    ["contains is case-sensitive", { name: { contains: "Alpha" } }, ["P1"]],
    ["contains with the other case", { name: { contains: "lpha" } }, ["P1", "P2", "N3"]],
    ["contains in upper case matches nothing", { name: { contains: "ALPHA" } }, []],
    ["iContains ignores case", { name: { iContains: "ALPHA" } }, ["P1", "P2", "N3"]],
    ["startsWith is case-sensitive", { name: { startsWith: "alpha" } }, ["P2", "N3"]],
    ["startsWith with a capital", { name: { startsWith: "Alpha" } }, ["P1"]],
    ["iStartsWith ignores case", { name: { iStartsWith: "ALPHA" } }, ["P1", "P2", "N3"]],
    ["endsWith is case-sensitive", { name: { endsWith: "One" } }, ["P1"]],
    ["endsWith in lower case", { name: { endsWith: "one" } }, ["N3"]],
    ["iEndsWith ignores case", { name: { iEndsWith: "ONE" } }, ["P1", "N3"]],
    ["inList is case-sensitive", { name: { inList: ["Alpha One", "abc", "ABC", "nothing"] } }, ["P1", "P5"]],
    ["isNull true on a required column matches nothing", { name: { isNull: true } }, []],
    ["isNull false on a required column matches everything", { name: { isNull: false } }, ALL_KEYS],
    ["several lookups must all hold", { name: { iStartsWith: "alpha", endsWith: "One" } }, ["P1"]],
  ];
  for (const [what, filter, expected] of cases) {
    it(`${what}: ${JSON.stringify(filter)}`, async () => {
      await expectKeys(filter, expected);
    });
  }
});

describe("StringFilter on name: LIKE wildcards are literal", () => {
  const cases: [string, EndpointFilter, string[]][] = [
    ["contains %", { name: { contains: "%" } }, ["P3"]],
    ["iContains %", { name: { iContains: "%" } }, ["P3"]],
    ["contains _", { name: { contains: "_" } }, ["P4"]],
    ["iContains _", { name: { iContains: "_" } }, ["P4"]],
    ["contains \\", { name: { contains: "\\" } }, ["P6"]],
    ["contains k\\s", { name: { contains: "k\\s" } }, ["P6"]],
    ["exact a_c", { name: { exact: "a_c" } }, ["P4"]],
    ["iExact a_c does not match abc", { name: { iExact: "a_c" } }, ["P4"]],
    ["iExact A_C", { name: { iExact: "A_C" } }, ["P4"]],
    ["iExact 50% does not match 50% off or 50 percent", { name: { iExact: "50%" } }, []],
    ["iExact 50% OFF", { name: { iExact: "50% OFF" } }, ["P3"]],
    ["iExact BACK\\SLASH", { name: { iExact: "BACK\\SLASH" } }, ["P6"]],
    ["startsWith a_", { name: { startsWith: "a_" } }, ["P4"]],
    ["iStartsWith A_", { name: { iStartsWith: "A_" } }, ["P4"]],
    ["startsWith 50%", { name: { startsWith: "50%" } }, ["P3"]],
    ["endsWith _c", { name: { endsWith: "_c" } }, ["P4"]],
    ["iEndsWith _C", { name: { iEndsWith: "_C" } }, ["P4"]],
    ["iEndsWith \\SLASH", { name: { iEndsWith: "\\SLASH" } }, ["P6"]],
  ];
  for (const [what, filter, expected] of cases) {
    it(`${what}: ${JSON.stringify(filter)}`, async () => {
      await expectKeys(filter, expected);
    });
  }
});

describe("StringFilter on domain", () => {
  const withExample = ["P1", "P3", "P4", "P5", "P6", "P7", "P8", "N1", "N3", "N4", "F1", "F4"];
  const cases: [string, EndpointFilter, string[]][] = [
    ["exact is case-sensitive", { domain: { exact: "pve1.Example.com" } }, ["P1"]],
    ["exact in another case matches nothing", { domain: { exact: "pve1.example.com" } }, []],
    ["iExact ignores case", { domain: { iExact: "PVE1.EXAMPLE.COM" } }, ["P1"]],
    ["contains is case-sensitive", { domain: { contains: "Example" } }, ["P1"]],
    ["iContains ignores case", { domain: { iContains: "EXAMPLE" } }, withExample],
    ["startsWith is case-sensitive", { domain: { startsWith: "ALPHA" } }, ["N3"]],
    ["startsWith in another case matches nothing", { domain: { startsWith: "alpha" } }, []],
    ["iStartsWith ignores case", { domain: { iStartsWith: "alpha" } }, ["N3"]],
    ["endsWith is case-sensitive", { domain: { endsWith: ".org" } }, ["P5"]],
    ["endsWith in another case matches nothing", { domain: { endsWith: ".ORG" } }, []],
    ["iEndsWith ignores case", { domain: { iEndsWith: ".ORG" } }, ["P5"]],
    ["inList is case-sensitive", { domain: { inList: ["localhost", "abc.example.org", "ABC.EXAMPLE.ORG"] } }, ["F3", "P5"]],
    ["isNull true finds endpoints without a domain", { domain: { isNull: true } }, ["P2", "N2", "F2"]],
    ["isNull false finds endpoints with one", { domain: { isNull: false } }, ALL_KEYS.filter((key) => !["P2", "N2", "F2"].includes(key))],
    ["isNull false with another lookup", { domain: { isNull: false, iEndsWith: ".NET" } }, ["N3"]],
  ];
  for (const [what, filter, expected] of cases) {
    it(`${what}: ${JSON.stringify(filter)}`, async () => {
      await expectKeys(filter, expected);
    });
  }
});

describe("other endpoint filters", () => {
  it("IntFilter on port: exact, gt, gte, lt, lte, inList and combinations", async () => {
    await expectWhere({ port: { exact: 8443 } }, (e) => e.port === 8443);
    await expectWhere({ port: { gt: 8800 } }, (e) => e.port > 8800);
    await expectWhere({ port: { gte: 8800 } }, (e) => e.port >= 8800);
    await expectWhere({ port: { lt: 8000 } }, (e) => e.port < 8000);
    await expectWhere({ port: { lte: 8000 } }, (e) => e.port <= 8000);
    await expectWhere({ port: { inList: [8007, 8801, 1] } }, (e) => [8007, 8801].includes(e.port));
    await expectWhere({ port: { gt: 8000, lt: 8800 } }, (e) => e.port > 8000 && e.port < 8800);
    await expectKeys({ port: { exact: 8443 } }, ["N2"]);
    await expectKeys({ port: { gt: 8800 } }, ["P3", "F2"]);
  });

  it("IDFilter on id: global IDs, bare database ids, inList, and IDs of other types", async () => {
    const p1 = byKey.get("P1")!;
    const n2 = byKey.get("N2")!;
    await expectKeys({ id: { exact: p1.id } }, ["P1"]);
    await expectKeys({ id: { exact: String(n2.databaseId) } }, ["N2"]);
    await expectKeys({ id: { inList: [p1.id, byKey.get("F1")!.id, String(byKey.get("N3")!.databaseId)] } }, ["P1", "F1", "N3"]);
    // The IP address's database id is also an endpoint's, but its global ID names an IPAddress.
    expect(keyByDatabaseId.has(ipOf.ip1!.databaseId)).toBe(true);
    await expectKeys({ id: { exact: ipOf.ip1!.id } }, []);
    // A ProxmoxEndpoint global ID naming a NetBox endpoint's database id names nothing in the
    // Proxmox list; in the cross-kind list the database id decides.
    expect(await proxmoxKeys({ id: { exact: n2.id } })).toEqual([]);
    expect(await proxmoxKeys({ id: { exact: String(n2.databaseId) } })).toEqual([]);
    expect(await netBoxKeys({ id: { exact: n2.id } })).toEqual(["N2"]);
  });

  it("IDFilter on ipAddressId: global IDs, bare ids, inList, and IDs of other types", async () => {
    await expectKeys({ ipAddressId: { exact: ipOf.ip1!.id } }, ["P1", "N2"]);
    await expectKeys({ ipAddressId: { exact: String(ipOf.ip1!.databaseId) } }, ["P1", "N2"]);
    await expectKeys({ ipAddressId: { inList: [ipOf.ip2!.id, String(ipOf.ip5!.databaseId)] } }, ["P2", "F2"]);
    await expectKeys({ ipAddressId: { exact: ipOf.ip4!.id } }, []);
    // A tag's global ID names no IP address, even when the numbers agree.
    await expectKeys({ ipAddressId: { exact: globalId("Tag", ipOf.ip1!.databaseId) } }, []);
  });

  it("StringFilter on ipAddress matches the address text", async () => {
    await expectKeys({ ipAddress: { startsWith: "10.0." } }, ["P1", "N2", "P2"]);
    await expectKeys({ ipAddress: { exact: "10.0.0.1/24" } }, ["P1", "N2"]);
    await expectKeys({ ipAddress: { endsWith: "/24" } }, ["P1", "N2", "P4"]);
    await expectKeys({ ipAddress: { inList: ["10.0.1.5/32", "127.0.0.2/32"] } }, ["P2", "F2"]);
    await expectWhere({ ipAddress: { isNull: true } }, (e) => e.ip === null);
    await expectWhere({ ipAddress: { isNull: false } }, (e) => e.ip !== null);
  });

  it("verifySsl", async () => {
    await expectWhere({ verifySsl: true }, (e) => e.verifySsl);
    await expectWhere({ verifySsl: false }, (e) => !e.verifySsl);
  });

  it("tag: an endpoint must carry every given slug", async () => {
    await expectKeys({ tag: ["alpha"] }, ["P1", "P2", "F1"]);
    await expectKeys({ tag: ["beta"] }, ["P1", "N1", "F1"]);
    await expectKeys({ tag: ["alpha", "beta"] }, ["P1", "F1"]);
    await expectKeys({ tag: ["alpha", "beta", "gamma"] }, ["F1"]);
    await expectKeys({ tag: ["alpha", "no-such-tag"] }, []);
    // Slugs, not names.
    await expectKeys({ tag: ["Beta Tag"] }, []);
  });

  it("created: gt, gte, lt, lte", async () => {
    const at = (hours: number) => new Date(T0 + hours * HOUR).toISOString();
    await expectWhere({ created: { gt: at(5) } }, (e) => e.created.getTime() > T0 + 5 * HOUR);
    await expectWhere({ created: { gte: at(5) } }, (e) => e.created.getTime() >= T0 + 5 * HOUR);
    await expectWhere({ created: { lt: at(3) } }, (e) => e.created.getTime() < T0 + 3 * HOUR);
    await expectWhere({ created: { lte: at(3) } }, (e) => e.created.getTime() <= T0 + 3 * HOUR);
    await expectWhere(
      { created: { gte: at(2), lte: at(4) } },
      (e) => e.created.getTime() >= T0 + 2 * HOUR && e.created.getTime() <= T0 + 4 * HOUR,
    );
  });

  it("lastUpdated: gt, gte, lt, lte", async () => {
    const boundary = byKey.get("N1")!.lastUpdated;
    const iso = boundary.toISOString();
    const t = boundary.getTime();
    await expectWhere({ lastUpdated: { gt: iso } }, (e) => e.lastUpdated.getTime() > t);
    await expectWhere({ lastUpdated: { gte: iso } }, (e) => e.lastUpdated.getTime() >= t);
    await expectWhere({ lastUpdated: { lt: iso } }, (e) => e.lastUpdated.getTime() < t);
    await expectWhere({ lastUpdated: { lte: iso } }, (e) => e.lastUpdated.getTime() <= t);
  });

  it("kind on endpoints", async () => {
    await expectKeys({ kind: ["PROXMOX"] }, KEYS_OF("PROXMOX"));
    await expectKeys({ kind: ["NETBOX", "FASTAPI"] }, [...KEYS_OF("NETBOX"), ...KEYS_OF("FASTAPI")]);
    await expectKeys({ kind: ["FASTAPI"], port: { exact: 8800 } }, ["F1", "F4"]);
  });
});

describe("kind-specific lists and filters", () => {
  it("each list returns only its own kind", async () => {
    expect(await proxmoxKeys(null)).toEqual(sorted(KEYS_OF("PROXMOX")));
    expect(await netBoxKeys(null)).toEqual(sorted(KEYS_OF("NETBOX")));
    expect(await fastApiKeys(null)).toEqual(sorted(KEYS_OF("FASTAPI")));
    // Common lookups apply within the kind only.
    expect(await proxmoxKeys({ name: { iContains: "alpha" } })).toEqual(["P1", "P2"]);
    expect(await netBoxKeys({ name: { exact: "dup" } })).toEqual(["N4"]);
    expect(await fastApiKeys(null, "dup")).toEqual(["F4"]);
  });

  it("Proxmox mode {exact, inList}, allowWrites and username", async () => {
    expect(await proxmoxKeys({ mode: { exact: "CLUSTER" } })).toEqual(["P1"]);
    expect(await proxmoxKeys({ mode: { exact: "STANDALONE" } })).toEqual(["P2"]);
    expect(await proxmoxKeys({ mode: { inList: ["CLUSTER", "STANDALONE"] } })).toEqual(["P1", "P2"]);
    expect(await proxmoxKeys({ mode: { exact: "UNDEFINED" } })).toEqual(["P3", "P4", "P5", "P6", "P7", "P8"]);
    expect(await proxmoxKeys({ allowWrites: true })).toEqual(["P1"]);
    expect(await proxmoxKeys({ allowWrites: false })).toEqual(["P2", "P3", "P4", "P5", "P6", "P7", "P8"]);
    expect(await proxmoxKeys({ username: { exact: "admin@pve" } })).toEqual(["P1"]);
    expect(await proxmoxKeys({ username: { startsWith: "ROOT@" } })).toEqual([]);
    expect(await proxmoxKeys({ username: { iStartsWith: "ROOT@" } })).toEqual(["P2", "P3", "P4", "P5", "P6", "P7", "P8"]);
    expect(await proxmoxKeys({ mode: { exact: "UNDEFINED" }, OR: [{ allowWrites: true }] })).toEqual([
      "P1",
      "P3",
      "P4",
      "P5",
      "P6",
      "P7",
      "P8",
    ]);
  });

  it("NetBox tokenVersion {exact, inList}", async () => {
    expect(await netBoxKeys({ tokenVersion: { exact: "V2" } })).toEqual(["N2"]);
    expect(await netBoxKeys({ tokenVersion: { exact: "V1" } })).toEqual(["N1", "N3", "N4"]);
    expect(await netBoxKeys({ tokenVersion: { inList: ["V1"] } })).toEqual(["N1", "N3", "N4"]);
    expect(await netBoxKeys({ tokenVersion: { inList: ["V1", "V2"] } })).toEqual(sorted(KEYS_OF("NETBOX")));
  });

  it("FastAPI useHttps and useWebsocket", async () => {
    expect(await fastApiKeys({ useHttps: true })).toEqual(["F1"]);
    expect(await fastApiKeys({ useHttps: false })).toEqual(["F2", "F3", "F4"]);
    expect(await fastApiKeys({ useWebsocket: true })).toEqual(["F1", "F3"]);
    expect(await fastApiKeys({ useWebsocket: true, useHttps: false })).toEqual(["F3"]);
    expect(await fastApiKeys({ NOT: { useWebsocket: true } })).toEqual(["F2", "F4"]);
  });
});

describe("AND, OR and NOT", () => {
  it("a field with an OR member returns either (strawberry-django's q |= sub_q)", async () => {
    await expectKeys({ name: { exact: "abc" }, OR: [{ name: { exact: "a_c" } }] }, ["P5", "P4"]);
  });

  it("each OR member is an alternative to all the rest of the filter", async () => {
    await expectKeys({ kind: ["FASTAPI"], OR: [{ name: { exact: "abc" } }] }, [...KEYS_OF("FASTAPI"), "P5"]);
    await expectKeys({ kind: ["FASTAPI"], NOT: { port: { exact: 8800 } }, OR: [{ name: { exact: "abc" } }] }, ["F2", "F3", "P5"]);
  });

  it("OR list members are alternatives to one another", async () => {
    await expectKeys({ OR: [{ name: { exact: "abc" } }, { name: { exact: "a_c" } }, { port: { exact: 8443 } }] }, ["P5", "P4", "N2"]);
  });

  it("all AND members hold", async () => {
    await expectKeys({ AND: [{ port: { exact: 8006 } }, { kind: ["PROXMOX"] }, { domain: { iEndsWith: ".com" } }] }, [
      "P1",
      "P4",
      "P6",
      "P7",
      "P8",
    ]);
    await expectKeys({ AND: [{ name: { iStartsWith: "alpha" } }, { name: { endsWith: "one" } }] }, ["N3"]);
    await expectKeys({ kind: ["NETBOX"], AND: [{ verifySsl: true }, { port: { exact: 443 } }, { name: { iStartsWith: "n" } }] }, ["N1"]);
  });

  it("NOT excludes what it matches", async () => {
    await expectKeys({ kind: ["PROXMOX"], NOT: { port: { exact: 8006 } } }, ["P2", "P3"]);
    await expectKeys({ NOT: { domain: { isNull: false } } }, ["P2", "N2", "F2"]);
    await expectKeys({ NOT: { OR: [{ kind: ["PROXMOX"] }, { kind: ["NETBOX"] }] } }, KEYS_OF("FASTAPI"));
  });

  it("nesting works", async () => {
    await expectKeys(
      {
        OR: [
          { AND: [{ kind: ["NETBOX"] }, { NOT: { verifySsl: true } }] },
          { name: { iContains: "alpha" }, NOT: { domain: { isNull: true } } },
        ],
      },
      ["N2", "P1", "N3"],
    );
    await expectKeys(
      { kind: ["PROXMOX"], AND: [{ OR: [{ port: { gt: 8006 } }, { tag: ["alpha"] }] }], NOT: { AND: [{ name: { exact: "50% off" } }] } },
      ["P1", "P2"],
    );
  });

  it("an empty filter returns everything", async () => {
    await expectKeys({}, ALL_KEYS);
    await expectKeys(null, ALL_KEYS);
    await expectKeys({ AND: [] }, ALL_KEYS);
  });
});

describe("q", () => {
  it("matches name or domain, ignoring case", async () => {
    await expectKeys(null, ["P1", "P2", "N3"], "ALPHA");
    // percent: P7's name, P3's domain.
    await expectKeys(null, ["P3", "P7"], "PERCENT");
    await expectKeys(null, ["P5"], "Example.ORG");
    await expectKeys(null, ["P1"], "PVE1.example");
  });

  it("does not search the IP address", async () => {
    await expectKeys(null, [], "10.0.0");
    await expectKeys(null, [], "192.168");
  });

  it("treats LIKE wildcards literally", async () => {
    await expectKeys(null, ["P3"], "%");
    await expectKeys(null, ["P4"], "_");
  });

  it("is combined with the filter", async () => {
    await expectKeys({ kind: ["NETBOX"] }, ["N3"], "alpha");
    expect(await proxmoxKeys(null, "ALPHA")).toEqual(["P1", "P2"]);
  });

  it("is ignored when blank or whitespace", async () => {
    await expectKeys(null, ALL_KEYS, "");
    await expectKeys(null, ALL_KEYS, "   ");
    await expectKeys(null, ALL_KEYS, " \t\n ");
  });
});

// ------------------------------------------------------------------------------------ ordering and pagination

// These tests add six endpoints tagged "ord" and over a thousand bulk rows, and remove them after.
describe("with the paging data", () => {
  beforeAll(seedPageData, 120_000);
  afterAll(removePageData, 60_000);

  describe("orderBy", () => {
    it("defaults to name ascending, then id", async () => {
      // Names that sort the same under every collation; three "dup" endpoints tie on name.
      const subset = ["abc", "alpha two", "dup", "fastapi-dev", "localhost api", "netbox backup"];
      const data = await service.ok(EndpointPage, { filter: { name: { inList: subset } }, first: 100 });
      expect(data.endpoints.edges.map((edge) => keyOf(edge.node.databaseId))).toEqual(["P5", "P2", "F4", "P8", "N4", "F2", "F3", "N2"]);
      expect(byKey.get("F4")!.databaseId).toBeLessThan(byKey.get("P8")!.databaseId);
      expect(byKey.get("P8")!.databaseId).toBeLessThan(byKey.get("N4")!.databaseId);
      expect(await orderKeys(null)).toEqual(["O2", "O4", "O1", "O5", "O3", "O6"]);
      expect(await orderKeys([])).toEqual(["O2", "O4", "O1", "O5", "O3", "O6"]);
    });

    const cases: [EndpointOrder[], string[]][] = [
      [[{ field: "ID", direction: "ASC" }], ["O1", "O2", "O3", "O4", "O5", "O6"]],
      [[{ field: "ID", direction: "DESC" }], ["O6", "O5", "O4", "O3", "O2", "O1"]],
      [[{ field: "NAME", direction: "ASC" }], ["O2", "O4", "O1", "O5", "O3", "O6"]],
      [[{ field: "NAME", direction: "DESC" }], ["O6", "O3", "O5", "O1", "O4", "O2"]],
      // Endpoints without a domain (O2, O5) come last in both directions; ties by id.
      [[{ field: "DOMAIN", direction: "ASC" }], ["O3", "O1", "O6", "O4", "O2", "O5"]],
      [[{ field: "DOMAIN", direction: "DESC" }], ["O4", "O1", "O6", "O3", "O2", "O5"]],
      [[{ field: "PORT", direction: "ASC" }], ["O1", "O3", "O5", "O4", "O6", "O2"]],
      [[{ field: "PORT", direction: "DESC" }], ["O2", "O6", "O4", "O1", "O3", "O5"]],
      [[{ field: "CREATED", direction: "ASC" }], ["O2", "O4", "O6", "O1", "O5", "O3"]],
      [[{ field: "CREATED", direction: "DESC" }], ["O3", "O5", "O1", "O6", "O4", "O2"]],
      [[{ field: "LAST_UPDATED", direction: "ASC" }], ["O3", "O5", "O2", "O6", "O1", "O4"]],
      [[{ field: "LAST_UPDATED", direction: "DESC" }], ["O4", "O1", "O6", "O2", "O5", "O3"]],
      // Several terms: the later ones decide ties of the earlier ones.
      [
        [
          { field: "PORT", direction: "ASC" },
          { field: "NAME", direction: "DESC" },
        ],
        ["O3", "O5", "O1", "O4", "O6", "O2"],
      ],
      [
        [
          { field: "DOMAIN", direction: "DESC" },
          { field: "ID", direction: "DESC" },
        ],
        ["O4", "O6", "O1", "O3", "O5", "O2"],
      ],
      [
        [
          { field: "DOMAIN", direction: "ASC" },
          { field: "PORT", direction: "DESC" },
        ],
        ["O3", "O6", "O1", "O4", "O2", "O5"],
      ],
    ];
    for (const [orderBy, expected] of cases) {
      it(orderBy.map((term) => `${term.field} ${term.direction}`).join(", "), async () => {
        expect(await orderKeys(orderBy)).toEqual(expected);
      });
    }
  });

  // ------------------------------------------------------------------------------------ pagination

  describe("pagination", () => {
    it("has the seeded bulk rows", () => {
      expect(bulkRows).toHaveLength(BULK_COUNT);
      expect(pageTotal).toBe(FILTER_SPECS.length + ORDER_SPECS.length + BULK_COUNT);
    });

    it("totalCount counts every match across pages", async () => {
      const all = await service.ok(EndpointCount, { first: 3 });
      expect(all.endpoints.nodes).toHaveLength(3);
      expect(all.endpoints.totalCount).toBe(pageTotal);
      const proxmox = await service.ok(EndpointCount, { filter: { kind: ["PROXMOX"] }, first: 3 });
      const proxmoxRows = await service.db.prisma.endpoint.count({ where: { kind: "PROXMOX" } });
      expect(proxmoxRows).toBeGreaterThan(3);
      expect(proxmox.endpoints.totalCount).toBe(proxmoxRows);
    });

    it("gives 50 by default", async () => {
      const { endpoints } = await service.ok(EndpointPage, {});
      expect(endpoints.edges).toHaveLength(50);
      expect(endpoints.pageInfo.hasNextPage).toBe(true);
      expect(endpoints.pageInfo.hasPreviousPage).toBe(false);
      const { proxmoxEndpoints } = await service.ok(ProxmoxList, {});
      expect(proxmoxEndpoints.nodes).toHaveLength(50);
      expect(proxmoxEndpoints.totalCount).toBeGreaterThan(50);
    });

    it("clamps first and last above 1000 to 1000", async () => {
      for (const first of [1001, 5000]) {
        const { endpoints } = await service.ok(EndpointPage, { first });
        expect(endpoints.edges).toHaveLength(1000);
        expect(endpoints.pageInfo.hasNextPage).toBe(true);
      }
      const exact = await service.ok(EndpointPage, { first: 1000 });
      expect(exact.endpoints.edges).toHaveLength(1000);
      const { endpoints } = await service.ok(EndpointPage, { last: 5000 });
      expect(endpoints.edges).toHaveLength(1000);
      expect(endpoints.pageInfo.hasPreviousPage).toBe(true);
      expect(endpoints.pageInfo.hasNextPage).toBe(false);
      // The last 1000 of the list: the first page's rows are not among them.
      const firstPage = await service.ok(EndpointPage, { first: pageTotal - 1000 });
      const lastIds = new Set(endpoints.edges.map((edge) => edge.node.databaseId));
      expect(firstPage.endpoints.edges.some((edge) => lastIds.has(edge.node.databaseId))).toBe(false);
    });

    it("first 0 gives an empty page", async () => {
      const { endpoints } = await service.ok(EndpointPage, { first: 0 });
      expect(endpoints.edges).toEqual([]);
      expect(endpoints.pageInfo.startCursor).toBeNull();
      expect(endpoints.pageInfo.endCursor).toBeNull();
    });

    const walks: [string, EndpointOrder[] | null][] = [
      ["the default order", null],
      ["DOMAIN ASC, with endpoints without domain", [{ field: "DOMAIN", direction: "ASC" }]],
      ["DOMAIN DESC, with endpoints without domain", [{ field: "DOMAIN", direction: "DESC" }]],
      ["PORT ASC, a field full of ties", [{ field: "PORT", direction: "ASC" }]],
      [
        "PORT DESC then DOMAIN ASC",
        [
          { field: "PORT", direction: "DESC" },
          { field: "DOMAIN", direction: "ASC" },
        ],
      ],
      [
        "CREATED DESC then ID DESC",
        [
          { field: "CREATED", direction: "DESC" },
          { field: "ID", direction: "DESC" },
        ],
      ],
    ];
    for (const [what, orderBy] of walks) {
      it(`first/after walks every row exactly once: ${what}`, async () => {
        const expected = [...bulkRows].sort(compareRows(orderBy ?? [{ field: "NAME", direction: "ASC" }])).map((row) => row.id);
        const walk = await walkForward(BULK, orderBy, 97);
        expect(new Set(walk.ids).size).toBe(walk.ids.length);
        expect(walk.ids).toHaveLength(BULK_COUNT);
        expect(walk.ids).toEqual(expected);
        expect(walk.pages).toBe(Math.ceil(BULK_COUNT / 97));
      });
    }

    const backwards: [string, EndpointOrder[] | null][] = [
      ["the default order", null],
      ["DOMAIN ASC", [{ field: "DOMAIN", direction: "ASC" }]],
      ["DOMAIN DESC", [{ field: "DOMAIN", direction: "DESC" }]],
      ["PORT DESC", [{ field: "PORT", direction: "DESC" }]],
    ];
    for (const [what, orderBy] of backwards) {
      it(`last/before walks every row exactly once, backwards: ${what}`, async () => {
        const expected = [...bulkRows].sort(compareRows(orderBy ?? [{ field: "NAME", direction: "ASC" }])).map((row) => row.id);
        const walk = await walkBackward(BULK, orderBy, 89);
        expect(new Set(walk.ids).size).toBe(walk.ids.length);
        expect(walk.ids).toEqual(expected);
      });
    }

    it("walks within the tie groups of a small list, one row at a time, both ways", async () => {
      for (const orderBy of [
        [{ field: "DOMAIN", direction: "ASC" }],
        [{ field: "DOMAIN", direction: "DESC" }],
        [{ field: "PORT", direction: "ASC" }],
      ] satisfies EndpointOrder[][]) {
        const whole = await orderKeys(orderBy);
        const forward = await walkForwardKeys(orderBy, 1);
        expect(forward).toEqual(whole);
        const backward = await walkBackwardKeys(orderBy, 1);
        expect(backward).toEqual(whole);
      }
    });

    it("pageInfo is right going forwards and backwards", async () => {
      const page = (variables: PageVariables) => service.ok(EndpointPage, { filter: ORD, ...variables });
      const keys = (edges: { node: { databaseId: number } }[]) => edges.map((edge) => orderKeyByDatabaseId.get(edge.node.databaseId));

      const one = (await page({ first: 2 })).endpoints;
      expect(keys(one.edges)).toEqual(["O2", "O4"]);
      expect(one.pageInfo).toEqual({
        hasNextPage: true,
        hasPreviousPage: false,
        startCursor: one.edges[0]!.cursor,
        endCursor: one.edges[1]!.cursor,
      });

      const two = (await page({ first: 2, after: one.pageInfo.endCursor })).endpoints;
      expect(keys(two.edges)).toEqual(["O1", "O5"]);
      expect(two.pageInfo).toEqual({
        hasNextPage: true,
        hasPreviousPage: true,
        startCursor: two.edges[0]!.cursor,
        endCursor: two.edges[1]!.cursor,
      });

      const three = (await page({ first: 2, after: two.pageInfo.endCursor })).endpoints;
      expect(keys(three.edges)).toEqual(["O3", "O6"]);
      expect(three.pageInfo.hasNextPage).toBe(false);
      expect(three.pageInfo.hasPreviousPage).toBe(true);

      const beyond = (await page({ first: 2, after: three.pageInfo.endCursor })).endpoints;
      expect(beyond.edges).toEqual([]);
      expect(beyond.pageInfo.hasNextPage).toBe(false);

      expect((await page({ first: 6 })).endpoints.pageInfo.hasNextPage).toBe(false);
      expect((await page({ first: 5 })).endpoints.pageInfo.hasNextPage).toBe(true);

      const last = (await page({ last: 2 })).endpoints;
      expect(keys(last.edges)).toEqual(["O3", "O6"]);
      expect(last.pageInfo).toEqual({
        hasNextPage: false,
        hasPreviousPage: true,
        startCursor: last.edges[0]!.cursor,
        endCursor: last.edges[1]!.cursor,
      });

      const middle = (await page({ last: 2, before: last.pageInfo.startCursor })).endpoints;
      expect(keys(middle.edges)).toEqual(["O1", "O5"]);
      expect(middle.pageInfo.hasNextPage).toBe(true);
      expect(middle.pageInfo.hasPreviousPage).toBe(true);

      const start = (await page({ last: 2, before: middle.pageInfo.startCursor })).endpoints;
      expect(keys(start.edges)).toEqual(["O2", "O4"]);
      expect(start.pageInfo.hasPreviousPage).toBe(false);
      expect(start.pageInfo.hasNextPage).toBe(true);

      // A cursor from one direction serves the other: the rows between two cursors.
      const between = (await page({ first: 10, after: one.pageInfo.startCursor, before: three.pageInfo.endCursor })).endpoints;
      expect(keys(between.edges)).toEqual(["O4", "O1", "O5", "O3"]);
    });

    it("refuses a malformed cursor with BAD_USER_INPUT", async () => {
      for (const cursor of [
        "not-a-cursor",
        "!!!",
        Buffer.from('{"foo":1}').toString("base64url"),
        Buffer.from("[1,2]").toString("base64url"),
      ]) {
        const after = await service.gql(EndpointPage, { first: 2, after: cursor });
        expect(errorCodes(after), `after ${cursor}`).toContain("BAD_USER_INPUT");
        const before = await service.gql(EndpointPage, { last: 2, before: cursor });
        expect(errorCodes(before), `before ${cursor}`).toContain("BAD_USER_INPUT");
      }
    });

    it("refuses a cursor issued for another orderBy", async () => {
      const byName = await service.ok(EndpointPage, { filter: ORD, first: 2 });
      const cursor = byName.endpoints.pageInfo.endCursor!;
      const byPort = await service.gql(EndpointPage, {
        filter: ORD,
        first: 2,
        after: cursor,
        orderBy: [{ field: "PORT", direction: "ASC" }],
      });
      expect(errorCodes(byPort)).toContain("BAD_USER_INPUT");
      const byNameDesc = await service.gql(EndpointPage, {
        filter: ORD,
        first: 2,
        after: cursor,
        orderBy: [{ field: "NAME", direction: "DESC" }],
      });
      expect(errorCodes(byNameDesc)).toContain("BAD_USER_INPUT");
      // The same orderBy, spelled out, accepts it.
      const same = await service.gql(EndpointPage, {
        filter: ORD,
        first: 2,
        after: cursor,
        orderBy: [{ field: "NAME", direction: "ASC" }],
      });
      expect(same.errors).toBeUndefined();
    });

    it("refuses a negative first or last", async () => {
      const first = await service.gql(EndpointPage, { first: -1 });
      expect(first.errors?.length).toBeGreaterThan(0);
      expect(errorCodes(first)).toContain("BAD_USER_INPUT");
      const last = await service.gql(EndpointPage, { last: -5 });
      expect(last.errors?.length).toBeGreaterThan(0);
      expect(errorCodes(last)).toContain("BAD_USER_INPUT");
    });
  });
});

/** Keys of the "ord" endpoints, read forwards page by page. */
async function walkForwardKeys(orderBy: EndpointOrder[], pageSize: number): Promise<string[]> {
  const keys: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const variables: PageVariables = { filter: ORD, orderBy, first: pageSize, after };
    const { endpoints } = await service.ok(EndpointPage, variables);
    keys.push(...endpoints.edges.map((edge) => orderKeyByDatabaseId.get(edge.node.databaseId) ?? "?"));
    if (!endpoints.pageInfo.hasNextPage) return keys;
    after = endpoints.pageInfo.endCursor;
  }
  throw new Error("the walk did not end");
}

/** Keys of the "ord" endpoints, read backwards page by page, in list order. */
async function walkBackwardKeys(orderBy: EndpointOrder[], pageSize: number): Promise<string[]> {
  const keys: string[] = [];
  let before: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const variables: PageVariables = { filter: ORD, orderBy, last: pageSize, before };
    const { endpoints } = await service.ok(EndpointPage, variables);
    keys.unshift(...endpoints.edges.map((edge) => orderKeyByDatabaseId.get(edge.node.databaseId) ?? "?"));
    if (!endpoints.pageInfo.hasPreviousPage) return keys;
    before = endpoints.pageInfo.startCursor;
  }
  throw new Error("the walk did not end");
}

// ------------------------------------------------------------------------------------ totalCount

describe("totalCount", () => {
  it("respects the filter and q", async () => {
    const filtered = await service.ok(EndpointCount, { filter: { kind: ["PROXMOX"] }, first: 2 });
    expect(filtered.endpoints.totalCount).toBe(KEYS_OF("PROXMOX").length);
    const searched = await service.ok(EndpointCount, { q: "alpha", first: 1 });
    expect(searched.endpoints.nodes).toHaveLength(1);
    expect(searched.endpoints.totalCount).toBe(3);
    const both = await service.ok(EndpointCount, { q: "alpha", filter: { kind: ["NETBOX"] } });
    expect(both.endpoints.totalCount).toBe(1);
    const blank = await service.ok(EndpointTotalOnly, { q: "  " });
    expect(blank.endpoints.totalCount).toBe(ALL_KEYS.length);
    const none = await service.ok(EndpointTotalOnly, { filter: { name: { exact: "no such endpoint" } } });
    expect(none.endpoints.totalCount).toBe(0);
    const kinds = await service.ok(ProxmoxList, { filter: { allowWrites: false }, first: 1 });
    expect(kinds.proxmoxEndpoints.totalCount).toBe(7);
  });

  const isCount = (sql: string) => /\bcount\s*\(/i.test(sql);

  it("runs a COUNT only when totalCount is selected", async () => {
    const without = await sqlOf(() => service.ok(EndpointWithoutCount, { filter: { kind: ["PROXMOX"] } }));
    expect(without.length, "query events are captured").toBeGreaterThan(0);
    expect(without.filter(isCount)).toEqual([]);

    const withCount = await sqlOf(() => service.ok(EndpointCount, { filter: { kind: ["PROXMOX"] } }));
    expect(withCount.filter(isCount)).toHaveLength(1);

    const onlyCount = await sqlOf(() => service.ok(EndpointTotalOnly, { filter: { kind: ["PROXMOX"] } }));
    expect(onlyCount.filter(isCount)).toHaveLength(1);
  });
});

// ------------------------------------------------------------------------------------ nodes

describe("node, nodes and the single-object queries", () => {
  it("node(id:) refetches every endpoint kind, IPAddress, Tag and Token", async () => {
    const cases: [string, string, Record<string, unknown>][] = [
      [byKey.get("P1")!.id, "ProxmoxEndpoint", { databaseId: byKey.get("P1")!.databaseId, name: "Alpha One", mode: "CLUSTER" }],
      [byKey.get("N2")!.id, "NetBoxEndpoint", { databaseId: byKey.get("N2")!.databaseId, name: "netbox backup", tokenVersion: "V2" }],
      [byKey.get("F1")!.id, "FastAPIEndpoint", { databaseId: byKey.get("F1")!.databaseId, name: "FastAPI Backend", useHttps: true }],
      [ipOf.ip3!.id, "IPAddress", { databaseId: ipOf.ip3!.databaseId, address: "192.168.5.10/24" }],
      [tagOf.beta!.id, "Tag", { databaseId: tagOf.beta!.databaseId, slug: "beta" }],
      [extraToken.id, "Token", { databaseId: extraToken.databaseId, description: "query tests: extra" }],
    ];
    for (const [id, typename, fields] of cases) {
      const { node } = await service.ok(NodeById, { id });
      expect(node, typename).toEqual({ __typename: typename, id, ...fields });
    }
  });

  it("node(id:) is null for an unknown id and for an endpoint global ID of the wrong kind", async () => {
    expect((await service.ok(NodeById, { id: globalId("ProxmoxEndpoint", 999_999) })).node).toBeNull();
    // NetBox endpoint N2's database id, under the ProxmoxEndpoint type name.
    expect((await service.ok(NodeById, { id: globalId("ProxmoxEndpoint", byKey.get("N2")!.databaseId) })).node).toBeNull();
    expect((await service.ok(NodeById, { id: globalId("FastAPIEndpoint", byKey.get("P1")!.databaseId) })).node).toBeNull();
  });

  it("nodes(ids:) refetches several objects of every type, in order", async () => {
    const ids = [
      tagOf.alpha!.id,
      byKey.get("F3")!.id,
      extraToken.id,
      byKey.get("P2")!.id,
      ipOf.ip1!.id,
      byKey.get("N1")!.id,
      globalId("NetBoxEndpoint", 999_999),
    ];
    const { nodes } = await service.ok(NodesByIds, { ids });
    expect(nodes.map((node) => node?.__typename ?? null)).toEqual([
      "Tag",
      "FastAPIEndpoint",
      "Token",
      "ProxmoxEndpoint",
      "IPAddress",
      "NetBoxEndpoint",
      null,
    ]);
    expect(nodes.map((node) => node?.id ?? null)).toEqual([...ids.slice(0, 6), null]);
    expect(nodes[1]).toMatchObject({ name: "localhost api", databaseId: byKey.get("F3")!.databaseId });
    expect(nodes[3]).toMatchObject({ name: "alpha two" });
    expect(nodes[4]).toMatchObject({ address: "10.0.0.1/24" });
    expect(nodes[5]).toMatchObject({ name: "NetBox Main" });
  });

  it("proxmoxEndpoint, netBoxEndpoint and fastApiEndpoint return their own kind only", async () => {
    for (const endpoint of seeded) {
      for (const id of [endpoint.id, String(endpoint.databaseId)]) {
        const data = await service.ok(EndpointByKind, { id });
        const found = { PROXMOX: data.proxmoxEndpoint, NETBOX: data.netBoxEndpoint, FASTAPI: data.fastApiEndpoint };
        for (const kind of Object.keys(found) as Kind[]) {
          if (kind === endpoint.kind) {
            expect(found[kind], `${endpoint.key} by ${id}`).toMatchObject({
              __typename: TYPENAME[kind],
              id: endpoint.id,
              databaseId: endpoint.databaseId,
              name: endpoint.name,
            });
          } else {
            expect(found[kind], `${kind} query with ${endpoint.key}'s id ${id}`).toBeNull();
          }
        }
      }
    }
    const p1 = byKey.get("P1")!;
    expect((await service.ok(EndpointByKind, { id: p1.id })).proxmoxEndpoint).toMatchObject({ mode: "CLUSTER" });
    expect((await service.ok(EndpointByKind, { id: byKey.get("N2")!.id })).netBoxEndpoint).toMatchObject({ tokenVersion: "V2" });
    expect((await service.ok(EndpointByKind, { id: byKey.get("F1")!.id })).fastApiEndpoint).toMatchObject({ useHttps: true });
  });

  it("the single-object queries are null for unknown ids and ids of another kind", async () => {
    const unknown = await service.ok(EndpointByKind, { id: "999999" });
    expect(unknown).toEqual({ proxmoxEndpoint: null, netBoxEndpoint: null, fastApiEndpoint: null });
    // Each query with its own type name but another kind's database id.
    const n1 = byKey.get("N1")!.databaseId;
    const p1 = byKey.get("P1")!.databaseId;
    expect((await service.ok(EndpointByKind, { id: globalId("ProxmoxEndpoint", n1) })).proxmoxEndpoint).toBeNull();
    expect((await service.ok(EndpointByKind, { id: globalId("NetBoxEndpoint", p1) })).netBoxEndpoint).toBeNull();
    expect((await service.ok(EndpointByKind, { id: globalId("FastAPIEndpoint", n1) })).fastApiEndpoint).toBeNull();
    // An IPAddress global ID with an endpoint's database id.
    const byIp = await service.ok(EndpointByKind, { id: globalId("IPAddress", p1) });
    expect(byIp).toEqual({ proxmoxEndpoint: null, netBoxEndpoint: null, fastApiEndpoint: null });
  });

  it("endpoints with inline fragments give kind-specific fields and the right __typename", async () => {
    const { endpoints } = await service.ok(EndpointFragments, {});
    expect(endpoints.nodes).toHaveLength(seeded.length);
    for (const node of endpoints.nodes) {
      const endpoint = byKey.get(keyOf(node.databaseId))!;
      expect(node.__typename).toBe(TYPENAME[endpoint.kind]);
      expect(node.id).toBe(endpoint.id);
      if (node.__typename === "ProxmoxEndpoint") {
        expect(typeof node.mode).toBe("string");
        expect(node).not.toHaveProperty("tokenVersion");
        expect(node).not.toHaveProperty("useHttps");
      } else if (node.__typename === "NetBoxEndpoint") {
        expect(typeof node.tokenVersion).toBe("string");
        expect(node).not.toHaveProperty("mode");
      } else {
        expect(typeof node.useHttps).toBe("boolean");
        expect(node).not.toHaveProperty("mode");
      }
    }
    const find = (key: string) => endpoints.nodes.find((node) => node.databaseId === byKey.get(key)!.databaseId)!;
    expect(find("P1")).toMatchObject({ mode: "CLUSTER", modeLabel: "Cluster", allowWrites: true, username: "admin@pve" });
    expect(find("P3")).toMatchObject({ mode: "UNDEFINED", allowWrites: false, username: "root@pam" });
    expect(find("N2")).toMatchObject({ tokenVersion: "V2", tokenVersionLabel: "v2 Token", tokenKey: "abc123def456" });
    expect(find("N1")).toMatchObject({ tokenVersion: "V1", tokenVersionLabel: "v1 Token" });
    expect(find("F1")).toMatchObject({ useHttps: true, useWebsocket: true });
    expect(find("F2")).toMatchObject({ useHttps: false, useWebsocket: false });
  });
});

// ------------------------------------------------------------------------------------ kind

describe("kind", () => {
  it("is each endpoint's kind in the cross-kind list, in each kind's own list, and agrees with __typename", async () => {
    const lists = await service.ok(EndpointKinds, {});
    const expected = seeded.map((endpoint) => [endpoint.databaseId, endpoint.kind] as const).sort(([a], [b]) => a - b);
    const kindsOf = (nodes: readonly { databaseId: number; kind: string }[]) =>
      nodes.map((node) => [node.databaseId, node.kind] as const).sort(([a], [b]) => a - b);
    expect(kindsOf(lists.endpoints.nodes)).toEqual(expected);
    for (const node of lists.endpoints.nodes) expect(node.__typename).toBe(TYPENAME[node.kind]);
    expect(kindsOf(lists.proxmoxEndpoints.nodes)).toEqual(expected.filter(([, kind]) => kind === "PROXMOX"));
    expect(kindsOf(lists.netBoxEndpoints.nodes)).toEqual(expected.filter(([, kind]) => kind === "NETBOX"));
    expect(kindsOf(lists.fastApiEndpoints.nodes)).toEqual(expected.filter(([, kind]) => kind === "FASTAPI"));
  });

  it("is what the kind filter of endpoints selects by", async () => {
    for (const kinds of [["PROXMOX"], ["NETBOX", "FASTAPI"]] as Kind[][]) {
      const { endpoints } = await service.ok(EndpointKinds, { filter: { kind: kinds } });
      expect(endpoints.nodes.length).toBe(seeded.filter((endpoint) => kinds.includes(endpoint.kind)).length);
      expect(new Set(endpoints.nodes.map((node) => node.kind))).toEqual(new Set(kinds));
    }
  });

  it("comes with node(id:) and nodes(ids:) for every kind", async () => {
    for (const key of ["P1", "N2", "F1"]) {
      const endpoint = byKey.get(key)!;
      const data = await service.ok(NodeKind, { id: endpoint.id });
      expect(data, key).toEqual({ node: { __typename: TYPENAME[endpoint.kind], kind: endpoint.kind }, nodes: [{ kind: endpoint.kind }] });
    }
  });

  it("runs no statement and reads no column more than the same query without it", async () => {
    const list = await sqlOf(() => service.ok(EndpointIdsWithoutKind, {}));
    expect(list.length, "query events are captured").toBeGreaterThan(0);
    expect(await sqlOf(() => service.ok(EndpointIdsWithKind, {}))).toEqual(list);
    const id = byKey.get("N1")!.id;
    const node = await sqlOf(() => service.ok(NodeWithoutKind, { id }));
    expect(node.length).toBeGreaterThan(0);
    expect(await sqlOf(() => service.ok(NodeWithKind, { id }))).toEqual(node);
  });
});

// ------------------------------------------------------------------------------------ other lists

describe("ipAddresses, tags, tokens and viewer", () => {
  it("ipAddresses lists in creation order and searches address and DNS name, ignoring case", async () => {
    const all = await service.ok(IpAddressSearch, {});
    expect(all.ipAddresses.nodes.map((node) => node.id)).toEqual([ipOf.ip1!.id, ipOf.ip2!.id, ipOf.ip3!.id, ipOf.ip4!.id, ipOf.ip5!.id]);
    expect(all.ipAddresses.totalCount).toBe(5);
    const search = async (q: string) => (await service.ok(IpAddressSearch, { q })).ipAddresses.nodes.map((node) => node.address);
    expect(await search("10.0.")).toEqual(["10.0.0.1/24", "10.0.1.5/32"]);
    expect(await search("lab.EXAMPLE")).toEqual(["10.0.0.1/24", "10.0.1.5/32"]);
    expect(await search("GATEWAY")).toEqual(["10.0.1.5/32"]);
    expect(await search("DB8")).toEqual(["2001:db8::10/64"]);
    expect(await search("   ")).toHaveLength(5);
    const counted = await service.ok(IpAddressSearch, { q: "10.0.", first: 1 });
    expect(counted.ipAddresses.nodes).toHaveLength(1);
    expect(counted.ipAddresses.totalCount).toBe(2);
    expect(counted.ipAddresses.pageInfo.hasNextPage).toBe(true);
    const next = await service.ok(IpAddressSearch, { q: "10.0.", first: 1, after: counted.ipAddresses.pageInfo.endCursor });
    expect(next.ipAddresses.nodes.map((node) => node.address)).toEqual(["10.0.1.5/32"]);
    expect(next.ipAddresses.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it("tags lists by name and searches name or slug, ignoring case", async () => {
    const all = await service.ok(TagSearch, {});
    expect(all.tags.nodes.map((node) => node.name)).toEqual(["Alpha", "Beta Tag", "Delta", "Gamma"]);
    expect(all.tags.totalCount).toBe(4);
    const search = async (q: string) => (await service.ok(TagSearch, { q })).tags.nodes.map((node) => node.slug);
    expect(await search("BETA")).toEqual(["beta"]);
    expect(await search("special")).toEqual(["d-special"]);
    expect(await search("TA")).toEqual(["beta", "d-special"]);
    expect(await search(" ")).toHaveLength(4);
    expect((await service.ok(TagSearch, { q: "a" })).tags.totalCount).toBe(4);
  });

  it("tokens lists every token in creation order, never secrets", async () => {
    const { tokens } = await service.ok(TokenList, {});
    const rows = await service.db.prisma.token.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    expect(tokens.totalCount).toBe(rows.length);
    expect(tokens.edges.map((edge) => edge.node.databaseId)).toEqual(rows.map((row) => row.id));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const extra = tokens.edges.find((edge) => edge.node.id === extraToken.id)!.node;
    expect(extra).toMatchObject({ __typename: "Token", description: "query tests: extra", version: "V1", writeEnabled: false });
    const first = await service.ok(TokenList, { first: 1 });
    expect(first.tokens.edges).toHaveLength(1);
    expect(first.tokens.pageInfo.hasNextPage).toBe(true);
    const rest = await service.ok(TokenList, { first: 100, after: first.tokens.pageInfo.endCursor });
    expect(rest.tokens.edges.map((edge) => edge.node.databaseId)).toEqual(rows.slice(1).map((row) => row.id));
    expect(rest.tokens.totalCount).toBe(rows.length);
  });

  it("viewer is the token that authenticated the request, and node refetches it", async () => {
    const write = await service.ok(ViewerToken, {});
    expect(write.viewer).toMatchObject({ __typename: "Token", version: "V2", writeEnabled: true });
    const read = await service.gql(ViewerToken, {}, { token: service.readToken });
    expect(read.data?.viewer).toMatchObject({ __typename: "Token", version: "V1", writeEnabled: false });
    expect(read.data?.viewer.id).not.toBe(write.viewer.id);
    const { node } = await service.ok(NodeById, { id: write.viewer.id });
    expect(node).toMatchObject({ __typename: "Token", databaseId: write.viewer.databaseId });
  });
});
