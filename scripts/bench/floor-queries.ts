// The floor's answers: each bench operation as one hand-written SQL statement (a keyset page by
// name, ILIKE search, joins for the IP address and the tags), shaped into the JSON the service
// returns for the same request. Nothing is cached; every request runs its statement.
import { KIND_TYPENAME } from "../../src/kinds/models.js";

export interface FloorDb {
  query<Row>(sql: string, params: unknown[]): Promise<Row[]>;
}

interface EndpointRow {
  id: number;
  kind: string;
  name: string;
  domain: string | null;
  port: number;
  address: string | null;
  tags: { name: string; slug: string }[];
  mode?: string;
}

/** A GraphQL-level problem: answered with status 200 and `errors`, as the service does. */
export class FloorInputError extends Error {}

const TYPENAMES: Record<string, string> = KIND_TYPENAME;
const KINDS = Object.fromEntries(Object.entries(TYPENAMES).map(([kind, typename]) => [typename, kind]));

function globalId(typename: string, id: number): string {
  return Buffer.from(`${typename}:${id}`, "utf8").toString("base64");
}

// Tags come aggregated per row in the same statement, ordered as the service orders them.
const ENDPOINT_COLUMNS = `e.id, e.kind::text AS kind, e.name, e.domain, e.port, ip.address,
  COALESCE((SELECT json_agg(json_build_object('name', t.name, 'slug', t.slug) ORDER BY t.name_sort, t.id)
            FROM "_EndpointTags" et JOIN tag t ON t.id = et."B" WHERE et."A" = e.id), '[]'::json) AS tags`;
const ENDPOINT_FROM = `endpoint e LEFT JOIN ip_address ip ON ip.id = e.ip_address_id`;

function shape(row: EndpointRow) {
  const node: Record<string, unknown> = {
    id: globalId(TYPENAMES[row.kind]!, row.id),
    name: row.name,
    domain: row.domain,
    port: row.port,
    ipAddress: row.address === null ? null : { address: row.address },
    tags: row.tags,
  };
  if (row.mode !== undefined) node.mode = row.mode;
  return node;
}

function pageSize(value: unknown): number {
  const first = typeof value === "number" && Number.isInteger(value) ? value : 50;
  if (first < 0) throw new FloorInputError('"first" must not be negative.');
  return Math.min(first, 1000);
}

/** The service's cursor: base64url JSON of the order and the row's (name_sort, id). */
function decodeNameCursor(cursor: unknown): [string, number] | null {
  if (cursor == null) return null;
  const text = typeof cursor === "string" ? cursor : JSON.stringify(cursor);
  try {
    const { o, v } = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as { o?: unknown; v?: unknown[] };
    if (o === "nameSort:asc,id:asc" && Array.isArray(v) && typeof v[0] === "string" && Number.isInteger(v[1]))
      return [v[0], v[1] as number];
  } catch {
    // Falls through to the error below.
  }
  throw new FloorInputError(`after: "${text}" is not a cursor of this list.`);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

// One row more than the page, as a connection needs to know whether another page follows.
async function page(db: FloorDb, where: string, params: unknown[], first: number, extra = { columns: "", from: "" }) {
  const rows = await db.query<EndpointRow>(
    `SELECT ${ENDPOINT_COLUMNS}${extra.columns} FROM ${ENDPOINT_FROM}${extra.from} ${where}
     ORDER BY e.name_sort, e.id LIMIT $${params.length + 1}`,
    [...params, first + 1],
  );
  return { nodes: rows.slice(0, first).map(shape) };
}

export type FloorOperation = (db: FloorDb, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

export const FLOOR_OPERATIONS: Record<string, { mutation: boolean; run: FloorOperation }> = {
  BenchPage: {
    mutation: false,
    run: async (db, variables) => {
      const first = pageSize(variables.first);
      const after = decodeNameCursor(variables.after);
      return { endpoints: after ? await page(db, "WHERE (e.name_sort, e.id) > ($1, $2)", after, first) : await page(db, "", [], first) };
    },
  },
  BenchSearch: {
    mutation: false,
    run: async (db, variables) => {
      const q = typeof variables.q === "string" ? variables.q.trim() : "";
      const first = pageSize(variables.first);
      return {
        endpoints: q
          ? await page(db, "WHERE e.name ILIKE $1 OR e.domain ILIKE $1", [`%${escapeLike(q)}%`], first)
          : await page(db, "", [], first),
      };
    },
  },
  BenchFilter: {
    mutation: false,
    run: async (db, variables) => {
      const extra = { columns: ", p.mode::text AS mode", from: " JOIN proxmox_endpoint p ON p.endpoint_id = e.id" };
      const where = `WHERE e.kind = 'PROXMOX' AND p.mode = $1::"ProxmoxMode"`;
      return { proxmoxEndpoints: await page(db, where, [String(variables.mode)], pageSize(variables.first), extra) };
    },
  },
  BenchNode: {
    mutation: false,
    run: async (db, variables) => {
      const decoded = Buffer.from(String(variables.id), "base64").toString("utf8");
      const [typename, id] = decoded.split(":");
      const kind = KINDS[typename ?? ""];
      if (!kind || !/^[1-9][0-9]{0,9}$/.test(id ?? "")) return { node: null };
      const [row] = await db.query<EndpointRow>(
        `SELECT ${ENDPOINT_COLUMNS} FROM ${ENDPOINT_FROM} WHERE e.id = $1 AND e.kind = $2::"EndpointKind"`,
        [Number(id), kind],
      );
      return { node: row ? shape(row) : null };
    },
  },
  BenchCreate: {
    mutation: true,
    run: async (db, variables) => {
      const input = (variables.input ?? {}) as { name?: string; domain?: string | null };
      // Both rows in one statement, so one round trip and atomic; the unique index decides a taken name.
      const [row] = await db.query<{ id: number; name: string }>(
        `WITH e AS (INSERT INTO endpoint (kind, name, domain, port, verify_ssl) VALUES ('PROXMOX', $1, $2, 8006, false) RETURNING id, name),
              p AS (INSERT INTO proxmox_endpoint (endpoint_id) SELECT id FROM e)
         SELECT id, name FROM e`,
        [input.name ?? "", input.domain ?? null],
      );
      return { createProxmoxEndpoint: { proxmoxEndpoint: { id: globalId("ProxmoxEndpoint", row!.id), name: row!.name }, userErrors: [] } };
    },
  },
};
