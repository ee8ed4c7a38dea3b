// The floor: a bare node:http server that answers the bench's five operations with hand-written
// SQL (floor-queries.ts), to show what the database and HTTP alone cost. It authenticates each
// request as the service does (a token looked up by digest), since that query is part of the work.
// PostgreSQL through a pg Pool of the service's size; PGlite in this process, on the folder.
//
//   node --import tsx scripts/bench/floor-server.ts   (DATABASE_URL, FLOOR_POOL_SIZE, HOST, PORT)
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { DEFAULTS } from "../../src/config.js";
import { FLOOR_OPERATIONS, type FloorDb, FloorInputError } from "./floor-queries.js";
import { openSqlClient, pgliteDir } from "./sql-client.js";
import { tokenViewer } from "./token-check.js";

const databaseUrl = process.env.DATABASE_URL ?? "";
const poolSize = Number(process.env.FLOOR_POOL_SIZE ?? DEFAULTS.PROXBOX_DB_POOL_SIZE);

async function openFloorDb(): Promise<FloorDb & { close(): Promise<void> }> {
  if (pgliteDir(databaseUrl) !== null) return openSqlClient(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  pool.on("error", () => undefined);
  return { query: async <Row>(sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as Row[], close: () => pool.end() };
}

const db = await openFloorDb();

function send(response: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  response.end(text);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== "POST" || request.url !== "/graphql") return send(response, 404, { errors: [{ message: "not found" }] });
  const body = JSON.parse(await readBody(request)) as { operationName?: string; variables?: Record<string, unknown> };
  const who = await tokenViewer(db, request.headers.authorization);
  if (!who) return send(response, 401, { errors: [{ message: "Authentication required" }] });
  const operation = FLOOR_OPERATIONS[body.operationName ?? ""];
  if (!operation) return send(response, 400, { errors: [{ message: `the floor does not know ${body.operationName}` }] });
  if (operation.mutation && !who.writeEnabled) return send(response, 403, { errors: [{ message: "read-only token" }] });
  try {
    send(response, 200, { data: await operation.run(db, body.variables ?? {}) });
  } catch (error) {
    if (error instanceof FloorInputError) return send(response, 200, { errors: [{ message: error.message }], data: null });
    throw error;
  }
}

const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    if (!response.headersSent) send(response, 500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] });
  });
});
await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? "0"), process.env.HOST ?? DEFAULTS.HOST, resolve));
const address = server.address() as AddressInfo;
process.stdout.write(`Floor on http://${address.address}:${address.port}/graphql\n`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections();
  // Closing PGlite also gives back the folder's lock file.
  await db.close().catch(() => undefined);
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
