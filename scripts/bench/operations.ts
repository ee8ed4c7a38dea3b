// The five fixed operations: their GraphQL documents, the variables of each request (varied over
// the samples), and the check every response must pass. The floor recognises them by
// operationName, so the same bodies go to the service and the floor; PostGraphile has documents of
// its own (postgraphile/operations.ts), whose answers are read in the service's shape.
import { encodeCursor, type SortKey } from "../../src/db/keyset.js";
import { encodeGlobalId } from "../../src/domain/global-id.js";
import { CREATED_PREFIX, PROXMOX_MODES, type ProxmoxModeName, SEARCH_TERMS, TYPENAME_OF_KIND } from "./dataset.js";
import type { Samples } from "./samples.js";

export const OPERATION_NAMES = ["page", "search", "filter", "node", "create"] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];
export const READ_OPERATIONS: readonly OperationName[] = ["page", "search", "filter", "node"];

export const PAGE_SIZE = 50;
/** A Proxmox endpoint is refused without a password or an API token (proxbox-api's rule). */
const BENCH_PASSWORD = "bench-password";
const ENDPOINT_FIELDS = "id name domain port ipAddress { address } tags { name slug }";

export const DOCUMENTS: Record<OperationName, string> = {
  page: `query BenchPage($first: Int!, $after: String) { endpoints(first: $first, after: $after) { nodes { ${ENDPOINT_FIELDS} } } }`,
  search: `query BenchSearch($q: String!, $first: Int!) { endpoints(q: $q, first: $first) { nodes { ${ENDPOINT_FIELDS} } } }`,
  filter: `query BenchFilter($mode: ProxmoxMode!, $first: Int!) {
  proxmoxEndpoints(filter: { mode: { exact: $mode } }, first: $first) { nodes { ${ENDPOINT_FIELDS} mode } } }`,
  node: `query BenchNode($id: ID!) { node(id: $id) { id ... on EndpointBase { name domain port ipAddress { address } tags { name slug } } } }`,
  create: `mutation BenchCreate($input: CreateProxmoxEndpointInput!) {
  createProxmoxEndpoint(input: $input) { proxmoxEndpoint { id name } userErrors { code message } } }`,
};

export const OPERATION_NAME_OF: Record<OperationName, string> = {
  page: "BenchPage",
  search: "BenchSearch",
  filter: "BenchFilter",
  node: "BenchNode",
  create: "BenchCreate",
};

/** The service's default order, made total by id: what a page's `after` cursor encodes. */
const NAME_ORDER: SortKey[] = [
  { field: "nameSort", direction: "asc", type: "string" },
  { field: "id", direction: "asc", type: "int" },
];

/** What one request of an operation asks for, before a server's GraphQL spells it. */
export type OperationInput =
  | { operation: "page"; start: { id: number; name: string; nameSort: string } }
  | { operation: "search"; q: string }
  | { operation: "filter"; mode: ProxmoxModeName }
  | { operation: "node"; target: { id: number; kind: string } }
  | { operation: "create"; name: string; domain: string };

/**
 * How one server's GraphQL asks for the operations, and how its answers read in the service's
 * shape, so that one check per operation and the probe's comparison serve every server.
 */
export interface Dialect {
  /** Operations this GraphQL cannot ask for as the service does, and why. */
  unsupported: Partial<Record<OperationName, string>>;
  body(input: OperationInput): string;
  inServiceShape(operation: OperationName, data: Record<string, unknown>): Record<string, unknown>;
}

function serviceVariables(input: OperationInput): Record<string, unknown> {
  switch (input.operation) {
    case "page":
      return { first: PAGE_SIZE, after: encodeCursor(NAME_ORDER, input.start) };
    case "search":
      return { q: input.q, first: PAGE_SIZE };
    case "filter":
      return { mode: input.mode, first: PAGE_SIZE };
    case "node":
      return { id: serviceNodeId(input.target) };
    case "create":
      return { input: { name: input.name, domain: input.domain, password: BENCH_PASSWORD } };
  }
}

/** The service's own documents; the floor answers the same bodies. */
export const SERVICE_DIALECT: Dialect = {
  unsupported: {},
  body: (input) =>
    JSON.stringify({
      operationName: OPERATION_NAME_OF[input.operation],
      query: DOCUMENTS[input.operation],
      variables: serviceVariables(input),
    }),
  inServiceShape: (_operation, data) => data,
};

/** The service's global ID of an endpoint. */
export function serviceNodeId(target: { id: number; kind: string }): string {
  return encodeGlobalId(TYPENAME_OF_KIND[target.kind]!, target.id);
}

export interface BenchRequest {
  body: string;
  /** The response's data in the service's shape, or why the response is wrong. */
  read(status: number, text: string): { data: Record<string, unknown> } | string;
  /** Checks a response body; returns why it is wrong, or null. */
  check(status: number, text: string): string | null;
}

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: { message?: string }[];
}

function parse(status: number, text: string): { data: Record<string, unknown> } | string {
  if (status !== 200) return `HTTP ${status}`;
  let parsed: GraphQLResponse;
  try {
    parsed = JSON.parse(text) as GraphQLResponse;
  } catch {
    return "not JSON";
  }
  if (parsed.errors?.length) return `GraphQL error: ${parsed.errors[0]?.message ?? "?"}`;
  if (!parsed.data) return "no data";
  return { data: parsed.data };
}

interface EndpointNode {
  id?: unknown;
  name?: unknown;
  domain?: unknown;
  port?: unknown;
  ipAddress?: { address?: unknown } | null;
  tags?: { name?: unknown; slug?: unknown }[];
  mode?: unknown;
}

function badNode(node: EndpointNode): string | null {
  if (typeof node.id !== "string" || typeof node.name !== "string" || typeof node.port !== "number") return "node lacks id, name or port";
  if (node.domain !== null && typeof node.domain !== "string") return "domain is neither text nor null";
  if (node.ipAddress !== null && typeof node.ipAddress?.address !== "string") return "ipAddress is neither { address } nor null";
  if (!Array.isArray(node.tags) || node.tags.some((tag) => typeof tag.name !== "string" || typeof tag.slug !== "string")) return "bad tags";
  return null;
}

/** The `nodes` of a connection in a response, whatever came back. */
function nodesOf(connection: unknown): unknown {
  return (connection as { nodes?: unknown } | null | undefined)?.nodes;
}

function checkNodes(nodes: unknown, expected: number, each?: (node: EndpointNode) => string | null): string | null {
  if (!Array.isArray(nodes)) return "no nodes list";
  if (nodes.length !== expected) return `${nodes.length} nodes instead of ${expected}`;
  for (const node of nodes as EndpointNode[]) {
    const problem = badNode(node) ?? each?.(node) ?? null;
    if (problem) return problem;
  }
  return null;
}

function pick<T>(items: readonly T[], counter: number): T {
  return items[counter % items.length]!;
}

/** Makes the requests of one operation in a dialect; `counter` varies them (and keeps created names unique). */
export function requestFactory(
  operation: OperationName,
  samples: Samples,
  runTag: string,
  dialect: Dialect = SERVICE_DIALECT,
): (counter: number) => BenchRequest {
  const request = (input: OperationInput, validate: (data: Record<string, unknown>) => string | null): BenchRequest => {
    const read = (status: number, text: string) => {
      const parsed = parse(status, text);
      return typeof parsed === "string" ? parsed : { data: dialect.inServiceShape(operation, parsed.data) };
    };
    return {
      body: dialect.body(input),
      read,
      check: (status, text) => {
        const answer = read(status, text);
        return typeof answer === "string" ? answer : validate(answer.data);
      },
    };
  };
  switch (operation) {
    case "page":
      return (counter) => {
        const start = pick(samples.pageStarts, counter);
        return request({ operation, start }, (data) =>
          checkNodes(nodesOf(data.endpoints), PAGE_SIZE, (node) =>
            (node.name as string) < start.name ? "a node sorts before the cursor" : null,
          ),
        );
      };
    case "search":
      return (counter) => {
        const q = pick(SEARCH_TERMS, counter);
        return request({ operation, q }, (data) =>
          checkNodes(nodesOf(data.endpoints), Math.min(PAGE_SIZE, samples.searchMatches[q] ?? 0), (node) =>
            (node.name as string).includes(q) || (typeof node.domain === "string" && node.domain.includes(q))
              ? null
              : `a node does not match ${q}`,
          ),
        );
      };
    case "filter":
      return (counter) => {
        const mode = pick(PROXMOX_MODES, counter);
        return request({ operation, mode }, (data) =>
          checkNodes(nodesOf(data.proxmoxEndpoints), PAGE_SIZE, (node) => (node.mode === mode ? null : `a node is not ${mode}`)),
        );
      };
    case "node":
      return (counter) => {
        const target = pick(samples.nodes, counter);
        const id = serviceNodeId(target);
        return request({ operation, target }, (data) => {
          const node = data.node as EndpointNode | null;
          if (!node) return "node is null";
          return node.id === id ? badNode(node) : "another node came back";
        });
      };
    case "create":
      return (counter) => {
        const name = `${CREATED_PREFIX}${runTag}-${counter}`;
        return request({ operation, name, domain: `c${counter}.r${runTag}.create.test` }, (data) => {
          const payload = data.createProxmoxEndpoint as {
            proxmoxEndpoint?: { id?: unknown; name?: unknown } | null;
            userErrors?: unknown[];
          };
          if (payload?.userErrors?.length) return `userErrors: ${JSON.stringify(payload.userErrors)}`;
          const created = payload?.proxmoxEndpoint;
          return typeof created?.id === "string" && created.name === name ? null : "no created endpoint";
        });
      };
  }
}
