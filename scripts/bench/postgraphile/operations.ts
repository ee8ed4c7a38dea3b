// The bench's operations as a PostGraphile client asks for them, and its answers read in the
// service's shape (for the checks and the probe). Part of the bench, type-checked with it: this file
// imports nothing from PostGraphile, so it needs no install of this folder.
//
// Same rows and order as the service's: the endpoint list ordered by name then id (the service's
// default order, made total by id; it orders by the name_sort key, which for the seeded names,
// lower-case with numbers of one width, is the order of the names' bytes), 50 at a time; the page starts after a row through PostGraphile's
// own cursor; search and filter through connection-filter (`includesInsensitive` is ILIKE
// '%…%', as the service's `q`); a node by PostGraphile's node ID. Tags come through the
// _EndpointTags join table, ordered by tag id, which the seeded tags share with their names' order.
import { ADMIN_TOKEN } from "../../support/run-service.js";
import { TYPENAME_OF_KIND } from "../dataset.js";
import { type Dialect, OPERATION_NAME_OF, type OperationInput, PAGE_SIZE, serviceNodeId } from "../operations.js";

type ReadInput = Exclude<OperationInput, { operation: "create" }>;

const ORDER = "orderBy: [NAME_ASC, ROW_ID_ASC]";
// id: PostGraphile's node ID, as the service's lists return theirs; rowId and kind make the
// service's ID of the row, for the comparison.
const FIELDS = "id rowId kind name domain port ipAddress { address } tags: _endpointTagsByA { nodes { tag: tagByB { name slug } } }";
const SEARCH = "or: [{ name: { includesInsensitive: $q } }, { domain: { includesInsensitive: $q } }]";

const DOCUMENTS: Record<ReadInput["operation"], string> = {
  page: `query BenchPage($first: Int!, $after: Cursor) { endpoints(first: $first, after: $after, ${ORDER}) { nodes { ${FIELDS} } } }`,
  search: `query BenchSearch($q: String!, $first: Int!) { endpoints(first: $first, ${ORDER}, filter: { ${SEARCH} }) { nodes { ${FIELDS} } } }`,
  filter: `query BenchFilter($mode: ProxmoxMode!, $first: Int!) {
  endpoints(first: $first, ${ORDER}, filter: { kind: { equalTo: PROXMOX }, proxmoxEndpoint: { mode: { equalTo: $mode } } }) {
    nodes { ${FIELDS} proxmoxEndpoint { mode } } } }`,
  node: `query BenchNode($id: ID!) { node(id: $id) { id ... on Endpoint { ${FIELDS} } } }`,
};

export const POSTGRAPHILE_UNSUPPORTED: Dialect["unsupported"] = {
  create:
    "a Proxmox endpoint is two rows (endpoint and proxmox_endpoint) written together; PostGraphile's generated " +
    "mutations insert one row each and version 5 has no nested mutations, so no single mutation does what createProxmoxEndpoint does",
};

/** PostGraphile's default node ID codec: base64 of JSON [typename, primary key]. */
function nodeId(id: number): string {
  return Buffer.from(JSON.stringify(["Endpoint", id]), "utf8").toString("base64");
}

/** PostGraphile's cursor: base64 of JSON [the order's digest, the row's values in that order]. */
function cursorOf(orderDigest: string, start: { id: number; name: string }): string {
  return Buffer.from(JSON.stringify([orderDigest, start.name, start.id]), "utf8").toString("base64");
}

interface PostGraphileEndpoint {
  rowId?: unknown;
  kind?: unknown;
  tags?: { nodes?: { tag?: unknown }[] } | null;
  proxmoxEndpoint?: { mode?: unknown } | null;
  [field: string]: unknown;
}

/** A node as the service would answer it; whatever does not fit is left for the check to find. */
function inServiceShape(node: unknown): unknown {
  if (!node || typeof node !== "object") return node;
  const { id: _id, rowId, kind, tags, proxmoxEndpoint, ...fields } = node as PostGraphileEndpoint;
  const known = typeof rowId === "number" && typeof kind === "string" && kind in TYPENAME_OF_KIND;
  return {
    ...fields,
    id: known ? serviceNodeId({ id: rowId, kind }) : null,
    tags: Array.isArray(tags?.nodes) ? tags.nodes.map((item) => item?.tag) : tags,
    ...(proxmoxEndpoint === undefined ? {} : { mode: proxmoxEndpoint?.mode }),
  };
}

function connection(data: Record<string, unknown>): { nodes: unknown } {
  const nodes = (data.endpoints as { nodes?: unknown } | null | undefined)?.nodes;
  return { nodes: Array.isArray(nodes) ? nodes.map(inServiceShape) : nodes };
}

function variables(input: ReadInput, orderDigest: string): Record<string, unknown> {
  switch (input.operation) {
    case "page":
      return { first: PAGE_SIZE, after: cursorOf(orderDigest, input.start) };
    case "search":
      return { q: input.q, first: PAGE_SIZE };
    case "filter":
      return { mode: input.mode, first: PAGE_SIZE };
    case "node":
      return { id: nodeId(input.target.id) };
  }
}

/**
 * The digest of the order that PostGraphile's cursors carry (and check), read from the first cursor
 * the server at `origin` hands out, so that the bench's cursors can start at random rows as the
 * service's do.
 */
export async function readOrderDigest(origin: string): Promise<string> {
  const response = await fetch(`${origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Token ${ADMIN_TOKEN}` },
    body: JSON.stringify({ query: `{ endpoints(first: 1, ${ORDER}) { edges { cursor } } }` }),
  });
  const text = await response.text();
  const cursor = (JSON.parse(text) as { data?: { endpoints?: { edges?: { cursor?: string }[] } } }).data?.endpoints?.edges?.[0]?.cursor;
  const decoded: unknown = cursor ? JSON.parse(Buffer.from(cursor, "base64").toString("utf8")) : null;
  if (!Array.isArray(decoded) || typeof decoded[0] !== "string")
    throw new Error(`PostGraphile gave no cursor to read: HTTP ${response.status} ${text}`);
  return decoded[0];
}

export function postgraphileDialect(orderDigest: string): Dialect {
  return {
    unsupported: POSTGRAPHILE_UNSUPPORTED,
    body: (input) => {
      if (input.operation === "create") throw new Error(`PostGraphile: ${POSTGRAPHILE_UNSUPPORTED.create}`);
      const operationName = OPERATION_NAME_OF[input.operation];
      return JSON.stringify({ operationName, query: DOCUMENTS[input.operation], variables: variables(input, orderDigest) });
    },
    inServiceShape: (operation, data) => {
      switch (operation) {
        case "page":
        case "search":
          return { endpoints: connection(data) };
        case "filter":
          return { proxmoxEndpoints: connection(data) };
        case "node":
          return { node: inServiceShape(data.node) };
        case "create":
          return data;
      }
    },
  };
}
