// `npx tsx scripts/bench/in-process.ts [--database postgres|pglite] [--requests 1500] [--operations page,node]`:
// the CPU time of each operation in one process, through Yoga's fetch handler (no socket, no load
// generator, no second process), on 1,000 seeded endpoints. Every answer is checked as the bench
// checks it. It is for comparing two versions of the code one after the other (run it on each);
// the figures include the requests' own making and reading, so only differences mean anything.
import { parseArgs } from "node:util";
import { authorization, startService } from "../../test/support/service.js";
import { OPERATION_NAMES, type OperationName, requestFactory } from "./operations.js";
import { readSamples } from "./samples.js";
import { seed } from "./seed.js";
import type { SqlClient } from "./sql-client.js";

const { values } = parseArgs({
  options: {
    database: { type: "string", default: "postgres" },
    requests: { type: "string", default: "1500" },
    operations: { type: "string", default: "page,search,filter,node" },
  },
});
const requests = Number(values.requests);
const operations = values.operations.split(",") as OperationName[];
if (!["postgres", "pglite"].includes(values.database) || !(requests > 0) || operations.some((name) => !OPERATION_NAMES.includes(name))) {
  console.error(
    "usage: npx tsx scripts/bench/in-process.ts [--database postgres|pglite] [--requests N] [--operations page,search,filter,node,create]",
  );
  process.exit(2);
}

const service = await startService({}, values.database as "postgres" | "pglite");
try {
  const sql: SqlClient = {
    query: (text, params) => service.db.driver.query(text, params),
    exec: (text) => service.db.driver.exec(text),
    close: async () => {},
  };
  await seed(sql, 1000, service.key.key);
  const samples = await readSamples(sql);
  const headers = { "content-type": "application/json", accept: "application/json", authorization: authorization(service.writeToken) };
  for (const operation of operations) {
    const next = requestFactory(operation, samples, "in-process");
    const send = async (counter: number) => {
      const request = next(counter);
      const response = await service.yoga.fetch("http://bench.test/graphql", { method: "POST", headers, body: request.body });
      const problem = request.check(response.status, await response.text());
      if (problem) throw new Error(`${operation}: ${problem}`);
    };
    // Warm-up: the JIT, Prisma's plan cache and Yoga's document cache.
    for (let counter = 0; counter < 300; counter++) await send(counter);
    const before = process.cpuUsage();
    const started = performance.now();
    for (let counter = 300; counter < 300 + requests; counter++) await send(counter);
    const used = process.cpuUsage(before);
    const cpu = (used.user + used.system) / requests;
    const wall = ((performance.now() - started) * 1000) / requests;
    console.log(`${operation.padEnd(7)} cpu ${cpu.toFixed(0).padStart(5)} µs/request   wall ${wall.toFixed(0).padStart(5)} µs/request`);
  }
} finally {
  await service.close();
}
