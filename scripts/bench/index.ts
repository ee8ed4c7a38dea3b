// `npm run bench`: the service against two references, PostGraphile (PostgreSQL only) and a
// hand-written floor, on PostgreSQL and PGlite, at several data sizes, for five fixed operations at
// 1 and 32 connections, in rounds that take the servers in turn. Every figure printed is measured in
// this run. `npm run bench -- --help` lists the options.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { loadConfig } from "../../src/config.js";
import { throwawayDatabase } from "../support/run-service.js";
import { coldStart, type ColdStart, liveGroups, signalGroup } from "./cold-start.js";
import { measure } from "./measure.js";
import { type OperationName, requestFactory } from "./operations.js";
import { type BenchOptions, type DatabaseKind, readOptions, USAGE, UsageError } from "./options.js";
import { differences, probe, type ProbeAnswers } from "./probe.js";
import { quietly } from "./quiet.js";
import { fmt, formatHeader, formatReport, formatRunLine } from "./report.js";
import { type BenchResults, machine } from "./results.js";
import { readSamples, type Samples } from "./samples.js";
import { removeCreated, seed } from "./seed.js";
import {
  type BenchServer,
  installPostGraphile,
  liveChildren,
  postGraphileInstalled,
  POSTGRESQL_ONLY,
  type ReferenceKind,
  type ServerKind,
  startBenchService,
  startFloor,
  startPostGraphile,
  stopChild,
} from "./servers.js";
import { summarize } from "./summary.js";
import { pgliteDir, withSqlClient } from "./sql-client.js";

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

let options: BenchOptions;
try {
  const read = readOptions(process.argv.slice(2));
  if (read === "help") {
    console.log(USAGE);
    process.exit(0);
  }
  options = read;
} catch (error) {
  if (!(error instanceof UsageError) && !(error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) throw error;
  console.error(`bench: ${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}

// One key for the service and the seeder, so that the service can open what was seeded.
const secretKey = randomBytes(32);
const serviceEnv: Record<string, string> = { PROXBOX_SECRET_KEY: secretKey.toString("base64"), ...options.serviceEnv };
// The references' pools match the service's: its default, or what --service-env sets.
const poolSize = loadConfig({ PROXBOX_DB_POOL_SIZE: serviceEnv.PROXBOX_DB_POOL_SIZE }).databasePoolSize;
const runTag = String(process.pid);

const results: BenchResults = {
  startedAt: new Date().toISOString(),
  machine: machine(),
  options,
  seeds: [],
  measurements: [],
  summary: [],
  equivalence: [],
  skipped: [],
  coldStarts: [],
  explain: null,
  errors: [],
};

/** Throwaway databases and folders to remove, whatever happens. */
const disposers = new Set<() => Promise<void>>();

async function disposeAll(): Promise<void> {
  for (const child of liveChildren) await stopChild(child, 5_000);
  for (const group of liveGroups) signalGroup(group, "SIGKILL");
  for (const dispose of disposers) await dispose().catch((error: unknown) => console.error(`clean-up failed: ${String(error)}`));
  disposers.clear();
}

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function postgresVersion(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await client.connect();
    return ((await client.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version ?? "").trim();
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function startServer(kind: ServerKind, url: string): Promise<BenchServer> {
  switch (kind) {
    case "service":
      return startBenchService(url, serviceEnv);
    case "postgraphile":
      return startPostGraphile(url, poolSize);
    case "floor":
      return startFloor(url, poolSize);
  }
}

/** What runs on this database, in the order of a round; what cannot is noted once. */
function serversOn(database: DatabaseKind): ServerKind[] {
  const kinds: ServerKind[] = ["service"];
  for (const reference of options.references) {
    if (database === "postgres" || !POSTGRESQL_ONLY[reference]) kinds.push(reference);
    else skip(reference, database, null, POSTGRESQL_ONLY[reference]);
  }
  return kinds;
}

function skip(server: ReferenceKind, database: DatabaseKind, operation: OperationName | null, reason: string): void {
  if (results.skipped.some((entry) => entry.server === server && entry.database === database && entry.operation === operation)) return;
  results.skipped.push({ server, database, operation, reason });
  log(`  ${server}${operation ? ` ${operation}` : ""}: not measured on ${database}: ${reason}`);
}

/** A reference's probe answers against the service's, before the reference is measured. */
function checkEquivalence(
  database: DatabaseKind,
  size: number,
  reference: ReferenceKind,
  service: ProbeAnswers,
  answers: ProbeAnswers,
): void {
  const checked = Object.keys(answers) as OperationName[];
  const differing = differences(service, answers);
  results.equivalence.push({ database, size, reference, checked, differing });
  if (differing.length) {
    results.errors.push({
      stage: `${database} ${size} ${reference}`,
      message: `answers differ from the service's for ${differing.join(", ")}`,
    });
  }
  log(
    `  same answers from service and ${reference}: ${differing.length ? `NO, they differ for ${differing.join(", ")}` : `yes (${checked.join(", ")})`}`,
  );
}

/** One server's turn in a round: started, probed in the first round, measured, stopped. */
async function measureServer(
  kind: ServerKind,
  database: DatabaseKind,
  size: number,
  url: string,
  samples: Samples,
  round: number,
  answers: Partial<Record<ServerKind, ProbeAnswers>>,
): Promise<void> {
  const server = await startServer(kind, url);
  try {
    if (round === 1) {
      answers[kind] = await probe(server, options.operations, samples);
      if (kind !== "service") checkEquivalence(database, size, kind, answers.service ?? {}, answers[kind]);
    }
    for (const operation of options.operations) {
      const unsupported = server.dialect.unsupported[operation];
      if (unsupported && kind !== "service") {
        skip(kind, database, operation, unsupported);
        continue;
      }
      const next = requestFactory(operation, samples, runTag, server.dialect);
      for (const connections of options.connections) {
        const result = await quietly(
          options.maxNoise,
          server.pid,
          () => measure(server, connections, { seconds: options.durationSeconds, warmupSeconds: options.warmupSeconds }, next),
          (disturbed) => log(`  ${kind} ${operation} c=${connections}: others used ${fmt(disturbed.cpu.others)} cores; measuring again`),
        );
        results.measurements.push({ database, size, operation, connections, server: kind, round, result });
        log(formatRunLine(kind, operation, connections, result));
      }
    }
  } finally {
    await server.stop();
  }
}

async function coldStarts(folder: string, rows: number, dataDir: string, fresh: boolean): Promise<void> {
  const runs: ColdStart[] = [];
  for (let run = 0; run < options.coldStartRuns; run++) {
    const dir = fresh ? await mkdtemp(join(tmpdir(), "proxbox-bench-cold-")) : null;
    const remove = async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    };
    disposers.add(remove);
    try {
      const timing = await coldStart(dir ? join(dir, "pglite") : dataDir, secretKey.toString("base64"));
      runs.push(timing);
      log(`  cold start (${folder}): listening after ${fmt(timing.listeningMs, 0)} ms, /readiness 200 after ${fmt(timing.readyMs, 0)} ms`);
    } finally {
      await remove();
      disposers.delete(remove);
    }
  }
  results.coldStarts.push({ folder, rows, runs });
}

async function benchOne(database: DatabaseKind, size: number): Promise<void> {
  log(`\n== ${database}, ${size} endpoints`);
  const throwaway = await throwawayDatabase(database, ADMIN_URL);
  const drop = () => throwaway.drop();
  disposers.add(drop);
  try {
    // The service applies its migrations on its first start.
    await (await startBenchService(throwaway.url, serviceEnv)).stop();
    const summary = await withSqlClient(throwaway.url, (sql) => seed(sql, size, secretKey));
    results.seeds.push({ database, size, summary });
    log(
      `  seeded ${summary.endpoints} endpoints, ${summary.ipAddresses} IP addresses, ${summary.tags} tags, ${summary.tokens} tokens in ${fmt(summary.seconds, 1)} s`,
    );
    const samples = await withSqlClient(throwaway.url, readSamples);

    const answers: Partial<Record<ServerKind, ProbeAnswers>> = {};
    for (let round = 1; round <= options.rounds; round++) {
      if (options.rounds > 1) log(`  round ${round} of ${options.rounds}`);
      for (const kind of serversOn(database)) {
        try {
          await measureServer(kind, database, size, throwaway.url, samples, round, answers);
        } catch (error) {
          // A reference that fails leaves the service's figures, and the other reference's, standing.
          if (kind === "service" || aborting) throw error;
          const message = error instanceof Error ? error.message : String(error);
          results.errors.push({ stage: `${database} ${size} ${kind} round ${round}`, message });
          log(`  ${kind} FAILED: ${message}`);
        }
        // The next server meets the seeded data, without the rows this one created.
        await withSqlClient(throwaway.url, removeCreated);
      }
    }

    const largest = size === Math.max(...options.sizes);
    if (database === "postgres" && largest) {
      const { explainSearches } = await import("./explain.js");
      results.explain = { database, size, queries: await explainSearches(throwaway.url, secretKey) };
    }
    const dataDir = pgliteDir(throwaway.url);
    if (dataDir && largest && options.coldStartRuns > 0) await coldStarts(`${size}-row folder`, size, dataDir, false);
  } finally {
    await drop();
    disposers.delete(drop);
  }
}

async function printExplain(): Promise<void> {
  if (!results.explain) return;
  const { formatExplained } = await import("./explain.js");
  const text = formatExplained(results.explain.queries);
  log(`\n== EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL, ${results.explain.size} endpoints\n`);
  log(text);
  for (const query of results.explain.queries) {
    log(`verdict: ${query.label}: ${query.trigramIndexes.length ? `uses ${query.trigramIndexes.join(" and ")}` : "uses no trigram index"}`);
  }
  if (options.explainFile) await writeFile(options.explainFile, `${text}\n`);
}

async function finish(): Promise<void> {
  results.summary = summarize(results.measurements);
  log(formatReport(results));
  await printExplain().catch((error: unknown) => log(`EXPLAIN output failed: ${String(error)}`));
  if (options.jsonFile) await writeFile(options.jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  const failures = results.measurements.some((m) => m.result.failures > 0);
  process.exitCode = results.errors.length || failures ? 1 : 0;
}

let aborting = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (aborting) return;
    aborting = true;
    log(`\n${signal}: stopping; what was measured so far follows.`);
    results.errors.push({ stage: "run", message: `interrupted by ${signal}` });
    void disposeAll()
      .then(finish)
      .finally(() => process.exit(130));
  });
}

try {
  if (options.databases.includes("postgres")) results.machine.postgres = await postgresVersion();
  log(formatHeader(results, poolSize));
  if (options.references.includes("postgraphile") && options.databases.includes("postgres") && !postGraphileInstalled()) {
    log("\nPostGraphile: installing scripts/bench/postgraphile/ (npm ci, once)");
    try {
      await installPostGraphile();
    } catch (error) {
      // Without it the bench still compares the service with the other references.
      const message = error instanceof Error ? error.message : String(error);
      results.errors.push({ stage: "PostGraphile install", message });
      options.references = options.references.filter((kind) => kind !== "postgraphile");
      log(`  could not install it; the bench goes on without PostGraphile: ${message}`);
    }
  }
  if (options.databases.includes("pglite") && options.coldStartRuns > 0) {
    log("\n== Cold start of npm start on an empty PGlite folder");
    await coldStarts("empty folder", 0, "", true).catch((error: unknown) => {
      results.errors.push({ stage: "cold start, empty folder", message: String(error) });
    });
  }
  for (const database of options.databases) {
    for (const size of options.sizes) {
      try {
        await benchOne(database, size);
      } catch (error) {
        if (aborting) break;
        const message = error instanceof Error ? error.message : String(error);
        results.errors.push({ stage: `${database} ${size}`, message });
        log(`  FAILED: ${message}`);
      }
    }
  }
} finally {
  if (!aborting) {
    await disposeAll();
    await finish();
    process.exit();
  }
}
