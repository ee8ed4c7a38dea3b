// EXPLAIN (ANALYZE, BUFFERS) of the SQL the service really runs for a `q` search and for a name
// iContains filter on PostgreSQL. The SQL is captured from Prisma's query events while the
// service's own handler (createService, in this process) answers the GraphQL request, so it is
// exactly what the running service sends; an equivalent hand-written SELECT is explained beside it.
import { randomBytes } from "node:crypto";
import { openDatabase } from "../../src/db/database.js";
import { createService } from "../../src/server/yoga.js";
import { createLogger } from "../../src/server/logger.js";
import { ADMIN_TOKEN } from "../support/run-service.js";
import { SEARCH_TERMS } from "./dataset.js";
import { DOCUMENTS } from "./operations.js";
import { withSqlClient } from "./sql-client.js";

const TRIGRAM_INDEXES = ["endpoint_name_trgm_idx", "endpoint_domain_trgm_idx"] as const;

export interface ExplainedQuery {
  label: string;
  sql: string;
  params: unknown[];
  plan: string;
  /** Trigram indexes the plan uses. */
  trigramIndexes: string[];
}

const NAME_FILTER = `query BenchNameFilter($term: String!) {
  endpoints(filter: { name: { iContains: $term } }, first: 50) { nodes { id name domain port ipAddress { address } tags { name slug } } } }`;

interface Captured {
  query: string;
  params: string;
}

/** The SQL statements Prisma ran while the service answered one GraphQL request. */
async function captureSql(databaseUrl: string, key: Buffer, body: object): Promise<Captured[]> {
  const db = await openDatabase({ kind: "postgres", url: databaseUrl }, { key: { key, source: { kind: "environment" } }, poolSize: 2 });
  try {
    const captured: Captured[] = [];
    db.prisma.$on("query", (event) => captured.push({ query: event.query, params: event.params }));
    const service = createService(db, { logger: createLogger({ level: "silent", format: "json" }), metrics: false });
    const response = await service.fetch("http://bench.invalid/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Token ${ADMIN_TOKEN}`,
        "x-request-id": randomBytes(4).toString("hex"),
      },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { errors?: { message: string }[] };
    if (response.status !== 200 || answer.errors?.length) throw new Error(`the service refused the request: ${JSON.stringify(answer)}`);
    return captured;
  } finally {
    await db.close();
  }
}

async function explain(databaseUrl: string, label: string, sql: string, params: unknown[]): Promise<ExplainedQuery> {
  const rows = await withSqlClient(databaseUrl, (client) =>
    client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params),
  );
  const plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
  return { label, sql, params, plan, trigramIndexes: TRIGRAM_INDEXES.filter((index) => plan.includes(index)) };
}

/** The statement that reads the page: the one that matches on the endpoint table with ILIKE. */
function pageStatement(captured: Captured[]): Captured {
  const statement = captured.find((entry) => /ILIKE/i.test(entry.query) && /"endpoint"/.test(entry.query));
  if (!statement) throw new Error(`no ILIKE statement among the ${captured.length} the service ran`);
  return statement;
}

export async function explainSearches(databaseUrl: string, key: Buffer): Promise<ExplainedQuery[]> {
  const term = SEARCH_TERMS[0]!;
  const requests = [
    { label: `service SQL for endpoints(q: "${term}", first: 50)`, body: { query: DOCUMENTS.search, variables: { q: term, first: 50 } } },
    {
      label: `service SQL for endpoints(filter: { name: { iContains: "${term}" } }, first: 50)`,
      body: { query: NAME_FILTER, variables: { term } },
    },
  ];
  const explained: ExplainedQuery[] = [];
  for (const request of requests) {
    const statement = pageStatement(await captureSql(databaseUrl, key, request.body));
    explained.push(await explain(databaseUrl, request.label, statement.query, JSON.parse(statement.params) as unknown[]));
  }
  explained.push(
    await explain(
      databaseUrl,
      "equivalent hand-written SELECT for the q search",
      `SELECT id, name, domain, port FROM endpoint WHERE name ILIKE $1 OR domain ILIKE $1 ORDER BY name_sort, id LIMIT 51`,
      [`%${term}%`],
    ),
  );
  return explained;
}

export function formatExplained(explained: readonly ExplainedQuery[]): string {
  return explained
    .map((entry) =>
      [
        `--- ${entry.label}`,
        entry.sql.trim(),
        `params: ${JSON.stringify(entry.params)}`,
        "",
        entry.plan,
        "",
        `trigram indexes used: ${entry.trigramIndexes.length ? entry.trigramIndexes.join(", ") : "none"}`,
      ].join("\n"),
    )
    .join("\n\n");
}
