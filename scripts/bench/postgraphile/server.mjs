// PostGraphile as a second reference for `npm run bench`: what a schema generated from the database
// costs next to the service (hand-built on Pothos and Prisma) and the floor (hand-written SQL). The
// amber preset over the bench's database, with shorter names (simplify-inflection) and filters
// (connection-filter), served by grafserv's node adapter behind the floor's token check: a request
// without a known, unexpired token gets 401 before PostGraphile sees it. Reads need no transaction
// and no pgSettings, so each is the one statement PostGraphile plans, on a pg Pool of the floor's size.
// PostgreSQL only. Plain JavaScript, so that the service's type check and lint never need this
// folder installed; the bench installs it (package.json beside this file) before it starts this.
//
//   node --import tsx scripts/bench/postgraphile/server.mjs   (DATABASE_URL, POOL_SIZE, HOST, PORT)

// grafast, grafserv and @dataplan/pg call Promise.withResolvers, which Node 22 has and Node 20
// lacks: installed before any of them is imported.
Promise.withResolvers ??= function withResolvers() {
  let resolve;
  let reject;
  const promise = new this((resolveWith, rejectWith) => {
    resolve = resolveWith;
    reject = rejectWith;
  });
  return { promise, resolve, reject };
};

const { createServer } = await import("node:http");
const { default: pg } = await import("pg");
const { postgraphile } = await import("postgraphile");
const { PostGraphileAmberPreset } = await import("postgraphile/presets/amber");
const { makePgService } = await import("postgraphile/adaptors/pg");
const { grafserv } = await import("postgraphile/grafserv/node");
const { jsonPgSmartTags } = await import("postgraphile/utils");
const { PgSimplifyInflectionPreset } = await import("@graphile/simplify-inflection");
const { PostGraphileConnectionFilterPreset } = await import("postgraphile-plugin-connection-filter");
// The floor's token check (TypeScript, through tsx): the same statement, on the same pool.
const { tokenViewer } = await import("../token-check.ts");

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? "10") });
pool.on("error", () => undefined);
const db = { query: async (sql, params) => (await pool.query(sql, params)).rows };

// Tokens (digests, plaintexts) and the secret-key check row stay out of the schema, as they are
// out of the service's; the rest of the tables are served as PostGraphile generates them.
const HiddenTablesPlugin = jsonPgSmartTags({
  version: 1,
  config: { class: { token: { tags: { behavior: "-*" } }, secret_key_check: { tags: { behavior: "-*" } } } },
});

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset, PostGraphileConnectionFilterPreset],
  plugins: [HiddenTablesPlugin],
  pgServices: [makePgService({ pool, schemas: ["public"] })],
  // Filters through a one-to-one relation: a Proxmox endpoint's mode, from the endpoint list.
  schema: { connectionFilterRelations: true },
  grafserv: { graphqlPath: "/graphql", graphiql: false, watch: false, websockets: false },
  grafast: { explain: false },
});
const serv = pgl.createServ(grafserv);
const handle = serv.createHandler();
// The schema is built before the listening line, so that no measured request waits for it.
await pgl.getSchema();

function refuse(response) {
  const text = JSON.stringify({ errors: [{ message: "Authentication required" }] });
  response.writeHead(401, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  response.end(text);
}

const server = createServer((request, response) => {
  tokenViewer(db, request.headers.authorization).then(
    (viewer) => (viewer ? handle(request, response) : refuse(response)),
    (error) => {
      response.writeHead(500, { "content-type": "text/plain" });
      response.end(String(error));
    },
  );
});
await new Promise((resolve) => server.listen(Number(process.env.PORT ?? "0"), process.env.HOST ?? "127.0.0.1", resolve));
const address = server.address();
process.stdout.write(`PostGraphile on http://${address.address}:${address.port}/graphql\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections();
  await serv.release().catch(() => undefined);
  await pool.end().catch(() => undefined);
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
