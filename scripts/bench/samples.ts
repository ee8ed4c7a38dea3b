// What the operations draw their variables from, read from the seeded database: random endpoints
// for node(id:), random start rows for pages, and how many rows each search term matches.
import { CREATED_PREFIX, SEARCH_TERMS } from "./dataset.js";
import type { SqlClient } from "./sql-client.js";

export interface Samples {
  /** Endpoints to fetch by id. */
  nodes: { id: number; kind: string }[];
  /** Rows a page starts after; each has at least a full page after it. */
  pageStarts: { id: number; name: string; nameSort: string }[];
  /** Search term → how many endpoints it matches. */
  searchMatches: Record<string, number>;
}

const SAMPLE_SIZE = 1000;
const PAGE = 50;

export async function readSamples(sql: SqlClient): Promise<Samples> {
  const nodes = await sql.query<{ id: number; kind: string }>(`SELECT id, kind::text AS kind FROM endpoint ORDER BY random() LIMIT $1`, [
    SAMPLE_SIZE,
  ]);
  const pageStarts = await sql.query<{ id: number; name: string; nameSort: string }>(
    `SELECT id, name, name_sort AS "nameSort"
       FROM (SELECT id, name, name_sort, row_number() OVER (ORDER BY name_sort, id) AS position FROM endpoint) AS ranked
     WHERE position <= (SELECT count(*) FROM endpoint) - $1 ORDER BY random() LIMIT $2`,
    [PAGE + 10, SAMPLE_SIZE],
  );
  const searchMatches: Record<string, number> = {};
  for (const term of SEARCH_TERMS) {
    const [row] = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM endpoint WHERE (name ILIKE $1 OR domain ILIKE $1) AND name NOT LIKE '${CREATED_PREFIX}%'`,
      [`%${term}%`],
    );
    searchMatches[term] = row?.n ?? 0;
  }
  return { nodes, pageStarts, searchMatches };
}
