// `npm run load`: a bounded load run on loopback (mixed reads and writes), then an integrity check
// of the database against every successful response: each create that answered with an id must
// be there with its values, each update must have landed, nothing may exist that no response
// promised. A share of the requests (--hostile, default 10%) is hostile: oversized filters, NUL and
// lone surrogates, bad IDs, forged cursors; each must be refused (BAD_USER_INPUT and the like) or
// answered with nulls, and never be a 5xx other than 503.
//
//   npm run load -- [--database pglite|postgres] [--connections 64] [--duration 30] [--hostile 0.1]
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { openPglite } from "../src/db/driver.js";
import { ADMIN_TOKEN, startService, throwawayDatabase } from "./support/run-service.js";

const { values } = parseArgs({
  options: {
    database: { type: "string", default: "pglite" },
    connections: { type: "string", default: "64" },
    duration: { type: "string", default: "30" },
    hostile: { type: "string", default: "0.1" },
  },
});
const kind = values.database === "postgres" ? "postgres" : "pglite";
const connections = Number(values.connections);
const duration = Number(values.duration);
const hostileShare = Number(values.hostile);

const CREATE = `mutation Create($input: CreateProxmoxEndpointInput!) {
  createProxmoxEndpoint(input: $input) { proxmoxEndpoint { databaseId name port } userErrors { code } } }`;
const UPDATE = `mutation Update($input: UpdateProxmoxEndpointInput!) {
  updateProxmoxEndpoint(input: $input) { proxmoxEndpoint { databaseId port } userErrors { code } } }`;
const LIST = `query List { proxmoxEndpoints(first: 20, q: "load") { totalCount nodes { id name display connectionUrl tags { name } } } }`;
const FETCH = `query Fetch($id: ID!) { proxmoxEndpoint(id: $id) { id name port hasPassword } }`;

const ENDPOINTS = `query Hostile($filter: EndpointFilter, $q: String, $after: String) {
  endpoints(filter: $filter, q: $q, after: $after, first: 20) { totalCount nodes { id name } } }`;
const slugs = (count: number) => Array.from({ length: count }, (_, index) => `slug-${index}`);
const forgedCursor = Buffer.from(JSON.stringify({ o: "nameSort:asc,id:asc", v: ["a\u0000", 2 ** 40] })).toString("base64url");
/** Hostile requests; the largest filter the bounds allow is among them, and must be answered. */
const HOSTILE: string[] = [
  { filter: { tag: slugs(400) } },
  { filter: { OR: Array.from({ length: 200 }, (_, index) => ({ name: { exact: `n${index}` } })) } },
  { filter: { tag: slugs(100), AND: Array.from({ length: 3 }, () => ({ tag: slugs(100) })) } },
  { filter: { name: { exact: "a\u0000b" } } },
  { filter: { domain: { inList: Array.from({ length: 40_000 }, () => "x") } } },
  { q: "\uD800" },
  { after: forgedCursor },
  { filter: { created: { gt: "0000-01-01T00:00:00Z" } } },
].map((variables) => JSON.stringify({ query: ENDPOINTS, variables }));
HOSTILE.push(
  JSON.stringify({ query: `query BadIds { node(id: "garbage") { id } nodes(ids: ["UXVlcnk6MQ==", "x", "1"]) { id } }` }),
  JSON.stringify({ query: `{ endpoints(first: 1000, last: 1) { nodes { id } } }` }),
);
/** Codes a hostile request may get: refusals, and 503 when the database is busy. */
const HOSTILE_CODES = new Set(["BAD_USER_INPUT", "OPERATION_LIMIT_EXCEEDED", "GRAPHQL_VALIDATION_FAILED", "SERVICE_UNAVAILABLE"]);
const hostileOutcomes = { sent: 0, expected: 0, unexpected: 0 };
let serverErrors = 0;

type Operation =
  | { kind: "create"; name: string; port: number }
  | { kind: "update"; id: number; port: number }
  | { kind: "list" }
  | { kind: "fetch" }
  | { kind: "hostile"; body: string };

/** An endpoint row as the integrity check reads it back. */
interface StoredEndpoint {
  id: number;
  name: string;
  port: number;
}

/** What a create or update mutation answers, as the load test reads it. */
interface WritePayload {
  proxmoxEndpoint?: { databaseId: number; name: string; port: number } | null;
  userErrors?: unknown;
}

const created = new Map<number, { name: string; port: number }>();
/** Per endpoint, every port a successful update promised. */
const updated = new Map<number, Set<number>>();
// What was sent: a request still in flight when the run ends may or may not have landed, so its
// effects are allowed but not required.
const sentNames = new Set<string>();
const sentPorts = new Map<number, Set<number>>();
const createdIds: number[] = [];
const failures = new Map<string, number>();
let counter = 0;

function nextOperation(): Operation {
  const roll = Math.random();
  counter += 1;
  if (Math.random() < hostileShare && createdIds.length >= 10) {
    return { kind: "hostile", body: HOSTILE[Math.floor(Math.random() * HOSTILE.length)]! };
  }
  if (roll < 0.2 || createdIds.length < 10) return { kind: "create", name: `load-${process.pid}-${counter}`, port: 1 + (counter % 65535) };
  if (roll < 0.35)
    return { kind: "update", id: createdIds[Math.floor(Math.random() * createdIds.length)]!, port: 1 + ((counter * 7) % 65535) };
  return roll < 0.75 ? { kind: "list" } : { kind: "fetch" };
}

function body(operation: Operation): string {
  if (operation.kind === "create") sentNames.add(operation.name);
  if (operation.kind === "update") sentPorts.set(operation.id, (sentPorts.get(operation.id) ?? new Set<number>()).add(operation.port));
  switch (operation.kind) {
    case "create":
      return JSON.stringify({
        query: CREATE,
        variables: { input: { name: operation.name, domain: "pve.load.example", port: operation.port, password: "load-secret" } },
      });
    case "update":
      return JSON.stringify({ query: UPDATE, variables: { input: { id: String(operation.id), port: operation.port } } });
    case "list":
      return JSON.stringify({ query: LIST });
    case "hostile":
      return operation.body;
    case "fetch":
      return JSON.stringify({ query: FETCH, variables: { id: String(createdIds[Math.floor(Math.random() * createdIds.length)] ?? 1) } });
  }
}

function countFailure(reason: string) {
  failures.set(reason, (failures.get(reason) ?? 0) + 1);
}

const database = await throwawayDatabase(kind);
const service = await startService(database.url);
console.log(`Load: ${connections} connections for ${duration} s against ${service.origin} on ${kind}.`);
try {
  const result = await autocannon({
    url: `${service.origin}/graphql`,
    connections,
    duration,
    headers: { "content-type": "application/json", authorization: `Token ${ADMIN_TOKEN}` },
    requests: [
      {
        method: "POST",
        setupRequest: (request, context) => {
          const operation = nextOperation();
          (context as { operation?: Operation }).operation = operation;
          return { ...request, body: body(operation) };
        },
        onResponse: (status, text, context) => {
          const operation = (context as { operation: Operation }).operation;
          if (status >= 500 && status !== 503) serverErrors++;
          if (operation.kind === "hostile") {
            hostileOutcomes.sent++;
            let codes: string[] = [];
            try {
              codes = ((JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors ?? []).map((error) =>
                String(error.extensions?.code),
              );
            } catch {
              codes = ["unreadable body"];
            }
            const unexpected = codes.filter((code) => !HOSTILE_CODES.has(code));
            if ((status >= 500 && status !== 503) || unexpected.length) {
              hostileOutcomes.unexpected++;
              return countFailure(`hostile answered HTTP ${status} ${unexpected.join(", ")}`);
            }
            hostileOutcomes.expected++;
            return;
          }
          if (status !== 200) return countFailure(`HTTP ${status}`);
          const parsed = JSON.parse(text) as { data?: Record<string, WritePayload | undefined>; errors?: unknown[] };
          if (parsed.errors?.length) return countFailure("GraphQL error");
          if (operation.kind === "create") {
            const endpoint = parsed.data?.createProxmoxEndpoint?.proxmoxEndpoint;
            if (!endpoint) return countFailure(`create refused: ${JSON.stringify(parsed.data?.createProxmoxEndpoint?.userErrors)}`);
            created.set(endpoint.databaseId, { name: endpoint.name, port: endpoint.port });
            createdIds.push(endpoint.databaseId);
          } else if (operation.kind === "update") {
            const endpoint = parsed.data?.updateProxmoxEndpoint?.proxmoxEndpoint;
            if (!endpoint) return countFailure("update refused");
            const promised = updated.get(endpoint.databaseId) ?? new Set<number>();
            promised.add(endpoint.port);
            updated.set(endpoint.databaseId, promised);
          }
        },
      },
    ],
  });

  // Integrity: read the database directly.
  const checkUrl = kind === "postgres" ? database.url : null;
  let rows: StoredEndpoint[];
  await service.stop();
  if (checkUrl) {
    const client = new pg.Client({ connectionString: checkUrl });
    await client.connect();
    rows = (await client.query<StoredEndpoint>("SELECT id, name, port FROM endpoint WHERE name LIKE 'load-%'")).rows;
    await client.end();
  } else {
    // The service's own opener: the data folder needs the extensions its migrations installed.
    const { driver } = await openPglite(database.url.slice("pglite:".length));
    rows = await driver.query<StoredEndpoint>("SELECT id, name, port FROM endpoint WHERE name LIKE 'load-%'");
    await driver.close();
  }
  const stored = new Map(rows.map((row) => [row.id, row]));
  let lost = 0;
  for (const [id, promised] of created) {
    const row = stored.get(id);
    if (!row || row.name !== promised.name) lost++;
  }
  // An updated endpoint holds a port some successful update promised, or one an update still in
  // flight at the end may have written; it never falls back to a value from before its updates.
  for (const id of updated.keys()) {
    if (!sentPorts.get(id)?.has(stored.get(id)?.port ?? -1)) lost++;
  }
  // A row no create response promised must come from a create still in flight at the end.
  const unconfirmed = rows.filter((row) => !created.has(row.id));
  const phantom = unconfirmed.filter((row) => !sentNames.has(row.name)).length;

  const requests = result.requests.total;
  console.log("");
  console.log(`requests:        ${requests} in ${result.duration} s (${result.requests.average.toFixed(0)} req/s on average)`);
  console.log(`latency:         p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(
    `writes:          ${created.size} creates and ${[...updated.values()].reduce((sum, ports) => sum + ports.size, 0)} distinct updates succeeded`,
  );
  console.log(`errors:          ${result.errors} socket, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`);
  for (const [reason, count] of failures) console.log(`                 ${count} × ${reason}`);
  console.log(
    `hostile:         ${hostileOutcomes.sent} sent, ${hostileOutcomes.expected} refused or answered as they should be, ${hostileOutcomes.unexpected} not`,
  );
  console.log(`5xx but 503:     ${serverErrors}`);
  console.log(`unconfirmed:     ${unconfirmed.length} rows from creates still in flight when the run ended`);
  console.log(`phantom rows:    ${phantom}`);
  console.log(`lost: ${lost}`);
  process.exitCode = lost === 0 && phantom === 0 && hostileOutcomes.unexpected === 0 && serverErrors === 0 ? 0 : 1;
} finally {
  if (!service.child.killed) await service.stop().catch(() => undefined);
  await database.drop();
}
