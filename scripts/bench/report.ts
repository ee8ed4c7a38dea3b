// The printed report: one table of the service and its references, a line per server, with the
// service's ratios to each reference; then the targets (against the floor) judged from the same numbers.
import type { BenchResults } from "./results.js";
import { READ_OPERATIONS } from "./operations.js";
import type { RunResult } from "./measure.js";
import type { ServerKind } from "./servers.js";
import { median, ratio, type ServerFigures, type SummaryRow, summarize } from "./summary.js";

const TARGET = { readThroughput: 0.5, p99Factor: 3, growthFactor: 2 } as const;

function fixed(value: number | null | undefined, digits: number): string {
  return value == null || !Number.isFinite(value) ? "-" : value.toFixed(digits);
}

export function fmt(value: number, digits = 2): string {
  return fixed(value, digits);
}

function ms(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "-";
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

function mb(bytes: number | null | undefined): string {
  return bytes == null ? "-" : (bytes / 1024 / 1024).toFixed(0);
}

/** The progress line of one run, printed as soon as it is measured. */
export function formatRunLine(server: string, operation: string, connections: number, result: RunResult): string {
  const cpu = result.cpu;
  const failures = Object.entries(result.failureReasons).map(([reason, count]) => `${count} x ${reason}`);
  return (
    `  ${server.padEnd(12)} ${operation.padEnd(6)} c=${String(connections).padEnd(3)} ${fmt(result.rps, 0).padStart(6)} rps` +
    `  p50 ${ms(result.p50)} ms  p99 ${ms(result.p99)} ms  ${ms(result.cpuMsPerRequest)} cpu ms/req  ${mb(result.peakRssBytes)} MB` +
    `  cpu: server ${fmt(cpu.server)} load ${fmt(cpu.loadGenerator)} pg ${fmt(cpu.postgres)} others ${fmt(cpu.others)}` +
    (result.failures ? `  FAILURES ${result.failures}: ${failures.join("; ")}` : "")
  );
}

function table(header: string[], body: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...body.map(line)].join("\n");
}

export function formatTable(results: BenchResults): string {
  const header = [
    "database",
    "rows",
    "operation",
    "server",
    "conn",
    "rps",
    "p50",
    "p99",
    "cpu ms/req",
    "MB",
    "failures",
    "others",
    "rps svc/x",
    "p99 svc/x",
    "cpu svc/x",
  ];
  const body: string[][] = [];
  for (const row of summarize(results.measurements)) {
    for (const [server, figures] of Object.entries(row.servers) as [ServerKind, ServerFigures][]) {
      const over = server === "service" ? undefined : row.serviceOver[server];
      body.push([
        row.database,
        String(row.size),
        row.operation,
        server,
        String(row.connections),
        fixed(figures.rps, 0),
        ms(figures.p50),
        ms(figures.p99),
        ms(figures.cpuMsPerRequest),
        mb(figures.peakRssBytes),
        String(figures.failures),
        fixed(figures.others, 2),
        fixed(over?.rps, 2),
        fixed(over?.p99, 2),
        fixed(over?.cpuMsPerRequest, 2),
      ]);
    }
  }
  const rounds = results.options.rounds;
  return [
    table(header, body),
    `(${rounds > 1 ? `medians over ${rounds} rounds; ` : ""}latencies and cpu ms/req in ms; cpu ms/req: CPU time of the server process per request;`,
    " MB: its peak RSS during the run; svc/x: the service's figure divided by this reference's (rps below 1, p99 or cpu above 1:",
    " the service is the slower); others: cores busy with processes other than the server, the load generator and PostgreSQL, i.e. noise)",
  ].join("\n");
}

function failed(row: SummaryRow): boolean {
  return (row.servers.service?.failures ?? 0) > 0 || (row.servers.floor?.failures ?? 0) > 0;
}

function label(row: SummaryRow): string {
  return `${row.database} ${row.size} ${row.operation} c=${row.connections}`;
}

/** The target's verdict, with the runs that miss it (or every run, when `listAll`). */
function verdict(name: string, checked: { ok: boolean; text: string }[], unmeasured: string, listAll = false): string[] {
  if (!checked.length) return [`${name}: not evaluated (${unmeasured})`];
  const misses = checked.filter((check) => !check.ok);
  const head = `${name}: ${misses.length ? "NOT MET" : "met"} (met in ${checked.length - misses.length} of ${checked.length} runs)`;
  return [head, ...(listAll ? checked : misses).map((check) => `    ${check.ok ? "ok  " : "miss"}: ${check.text}`)];
}

/** The targets are set against the floor: the database and HTTP alone. */
export function formatTargets(results: BenchResults): string {
  const rows = summarize(results.measurements).filter((row) => row.servers.service && row.servers.floor);
  const service = (row: SummaryRow) => row.servers.service!;
  const floor = (row: SummaryRow) => row.servers.floor!;
  const lines: string[] = ["Targets (from the numbers above, against the floor):"];

  const reads = rows.filter((row) => (READ_OPERATIONS as readonly string[]).includes(row.operation));
  lines.push(
    ...verdict(
      `(a) read throughput >= ${TARGET.readThroughput} x floor`,
      reads.map((row) => {
        const value = row.serviceOver.floor?.rps ?? 0;
        return {
          ok: !failed(row) && value >= TARGET.readThroughput,
          text: `${label(row)}: ${value.toFixed(2)} x${failed(row) ? " (with failures)" : ""}`,
        };
      }),
      "no read operation ran on both servers",
    ),
  );

  const busy = rows.filter((row) => row.connections === 32);
  lines.push(
    ...verdict(
      `(b) p99 at 32 connections <= ${TARGET.p99Factor} x floor's`,
      busy.map((row) => {
        const value = row.serviceOver.floor?.p99 ?? Number.POSITIVE_INFINITY;
        return {
          ok: !failed(row) && value <= TARGET.p99Factor,
          text: `${label(row)}: ${value.toFixed(2)} x${failed(row) ? " (with failures)" : ""}`,
        };
      }),
      "no run at 32 connections",
    ),
  );

  const growth: { ok: boolean; text: string }[] = [];
  for (const row of rows.filter((candidate) => candidate.size === 1000 && ["page", "search"].includes(candidate.operation))) {
    const large = rows.find(
      (other) =>
        other.size === 100000 &&
        other.database === row.database &&
        other.operation === row.operation &&
        other.connections === row.connections,
    );
    if (!large) continue;
    const serviceGrowth = ratio(service(large).p50, service(row).p50) ?? Number.POSITIVE_INFINITY;
    const floorGrowth = ratio(floor(large).p50, floor(row).p50);
    const text =
      `${row.database} ${row.operation} c=${row.connections}: service p50 ${ms(service(row).p50)} -> ${ms(service(large).p50)} ms ` +
      `(${serviceGrowth.toFixed(2)} x); floor ${ms(floor(row).p50)} -> ${ms(floor(large).p50)} ms (${fixed(floorGrowth, 2)} x)`;
    growth.push({ ok: !failed(row) && !failed(large) && serviceGrowth < TARGET.growthFactor, text });
  }
  lines.push(
    ...verdict(
      `(c) p50 of page and search grows < ${TARGET.growthFactor} x from 1,000 to 100,000 rows`,
      growth,
      "needs sizes 1000 and 100000",
      true,
    ),
  );
  return lines.join("\n");
}

export function formatHeader(results: BenchResults, poolSize: number): string {
  const { machine: m, options } = results;
  const env = Object.entries(options.serviceEnv).map(([key, value]) => `${key}=${value}`);
  return [
    `Machine: ${m.cpu}, ${m.cores} cores, ${(m.totalMemoryBytes / 2 ** 30).toFixed(1)} GiB, Node ${m.node}${m.postgres ? `, PostgreSQL ${m.postgres}` : ""}`,
    `Bench: ${options.databases.join(", ")}; sizes ${options.sizes.join(", ")}; ${options.operations.join(", ")}; ` +
      `connections ${options.connections.join(", ")}; ${options.durationSeconds} s runs after ${options.warmupSeconds} s warm-up; ` +
      `${options.rounds} round${options.rounds === 1 ? "" : "s"} of service, ${options.references.join(", ")}; reference pools ${poolSize}; ` +
      `noise limit ${options.maxNoise} cores${env.length ? `; service env ${env.join(" ")}` : ""}`,
  ].join("\n");
}

/** The table, the targets, the cold starts, and whatever went wrong. */
export function formatReport(results: BenchResults): string {
  const lines = ["", "== Results", "", formatTable(results), "", formatTargets(results)];
  if (results.coldStarts.length) {
    lines.push("", "Cold start of `npm start` on PGlite (spawn to listening line / to GET /readiness 200):");
    for (const entry of results.coldStarts) {
      const runs = entry.runs.map((run) => `${fmt(run.listeningMs, 0)}/${fmt(run.readyMs, 0)}`).join(", ");
      const listening = median(entry.runs.map((run) => run.listeningMs));
      const ready = median(entry.runs.map((run) => run.readyMs));
      lines.push(`  ${entry.folder.padEnd(20)} median ${fmt(listening, 0)} / ${fmt(ready, 0)} ms  (runs: ${runs})`);
    }
  }
  if (results.skipped.length) {
    lines.push("", "Not measured:");
    for (const entry of results.skipped)
      lines.push(`  ${entry.server}${entry.operation ? ` ${entry.operation}` : ""} on ${entry.database}: ${entry.reason}`);
  }
  for (const entry of results.equivalence.filter((item) => item.differing.length)) {
    lines.push(
      "",
      `WARNING: service and ${entry.reference} answered differently on ${entry.database} ${entry.size} for ${entry.differing.join(", ")}`,
    );
  }
  if (results.errors.length) {
    lines.push("", "Errors (the parts above them were measured; the rest was not):");
    for (const error of results.errors) lines.push(`  ${error.stage}: ${error.message}`);
  }
  return lines.join("\n");
}
