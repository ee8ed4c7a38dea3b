// `npx tsx scripts/bench/filter-bounds.ts [--database pglite|postgres] [--size 100000]`: the time of
// the largest filters the input bounds allow (src/schema/query-arguments.ts), through the service,
// on a seeded database. Each filter is asked three times with totalCount, which reads every
// matching row; the best and worst times are printed.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { FILTER_BOUNDS } from "../../src/schema/query-arguments.js";
import { ADMIN_TOKEN, startService, throwawayDatabase } from "../support/run-service.js";
import { TAG_COUNT } from "./dataset.js";
import { seed } from "./seed.js";
import { withSqlClient } from "./sql-client.js";

const { values } = parseArgs({
  options: { database: { type: "string", default: "pglite" }, size: { type: "string", default: "100000" } },
});
const kind = values.database === "postgres" ? "postgres" : "pglite";
const size = Number(values.size);

const { listValues, logicalMembers } = FILTER_BOUNDS;
// Seeded tags first, so that rows carrying them go on to the next check; then slugs no tag has.
const seededSlugs = Array.from({ length: TAG_COUNT }, (_, index) => `bench-tag-${String(index + 1).padStart(2, "0")}`);
const tagList = (offset: number) => [
  ...seededSlugs,
  ...Array.from({ length: listValues - TAG_COUNT }, (_, index) => `none-${offset}-${index}`),
];
const matchNothing = (member: number) => ({
  name: { iContains: `zz${member}`, inList: Array.from({ length: 10 }, (_, index) => `n${member}-${index}`) },
  domain: { iEndsWith: `.zz${member}` },
});

const FILTERS: Record<string, unknown> = {
  "tag: 100 slugs": { tag: tagList(0) },
  "tag: every seeded slug (all exist)": { tag: seededSlugs },
  "OR: 20 members, each every seeded slug": { OR: Array.from({ length: logicalMembers }, () => ({ tag: seededSlugs })) },
  "tag: 100 slugs, and 3 AND members of 100 more": { tag: tagList(0), AND: [1, 2, 3].map((offset) => ({ tag: tagList(offset) })) },
  "OR: 20 members of iContains, inList, iEndsWith (nothing matches)": {
    OR: Array.from({ length: logicalMembers }, (_, member) => matchNothing(member)),
  },
  "name.inList, domain.inList, port.inList: 100 values each": {
    name: { inList: Array.from({ length: listValues }, (_, index) => `pve-word-${index}`) },
    domain: { inList: Array.from({ length: listValues }, (_, index) => `h${index}.example.net`) },
    port: { inList: Array.from({ length: listValues }, (_, index) => 1024 + index) },
  },
  "NOT nested 10 levels around an iContains": Array.from({ length: 10 }).reduce<Record<string, unknown>>((inner) => ({ NOT: inner }), {
    name: { iContains: "word" },
  }),
};

const QUERY = `query Bounds($filter: EndpointFilter) { endpoints(filter: $filter, first: 50) { totalCount nodes { id name } } }`;

const database = await throwawayDatabase(kind);
const secretKey = randomBytes(32);
const env = { PROXBOX_SECRET_KEY: secretKey.toString("base64") };
try {
  await (await startService(database.url, env)).stop();
  const summary = await withSqlClient(database.url, (sql) => seed(sql, size, secretKey));
  console.log(`${kind}: ${summary.endpoints} endpoints, ${summary.tags} tags, seeded in ${summary.seconds.toFixed(1)} s`);
  const service = await startService(database.url, env);
  try {
    for (const [label, filter] of Object.entries(FILTERS)) {
      const times: number[] = [];
      let answer = "";
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        const response = await fetch(`${service.origin}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Token ${ADMIN_TOKEN}` },
          body: JSON.stringify({ query: QUERY, variables: { filter } }),
        });
        const body = (await response.json()) as { data?: { endpoints?: { totalCount: number } }; errors?: { message: string }[] };
        times.push(performance.now() - started);
        answer = body.errors ? `error: ${body.errors[0]!.message}` : `${body.data?.endpoints?.totalCount} match`;
      }
      console.log(`${label}: ${Math.round(Math.min(...times))}–${Math.round(Math.max(...times))} ms (${answer})`);
    }
  } finally {
    await service.stop();
  }
} finally {
  await database.drop();
}
