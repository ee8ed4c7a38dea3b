// The printed report: one table of service against floor, then the targets judged from the same
// numbers.
import type { Measurement, BenchResults } from "./results.js";
import { READ_OPERATIONS } from "./operations.js";
import type { RunResult } from "./measure.js";

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

function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || !(b > 0) ? undefined : a / b;
}

/** The progress line of one run, printed as soon as it is measured. */
export function formatRunLine(server: string, operation: string, connections: number, result: RunResult): string {
  const cpu = result.cpu;
  const failures = Object.entries(result.failureReasons).map(([reason, count]) => `${count} x ${reason}`);
  return (
    `  ${server.padEnd(7)} ${operation.padEnd(6)} c=${String(connections).padEnd(3)} ${fmt(result.rps, 0).padStart(6)} rps` +
    `  p50 ${ms(result.p50)} ms  p99 ${ms(result.p99)} ms  ${mb(result.peakRssBytes)} MB` +
    `  cpu: server ${fmt(cpu.server)} load ${fmt(cpu.loadGenerator)} pg ${fmt(cpu.postgres)} others ${fmt(cpu.others)}` +
    (result.failures ? `  FAILURES ${result.failures}: ${failures.join("; ")}` : "")
  );
}

interface Row {
  database: string;
  size: number;
  operation: string;
  connections: number;
  service?: RunResult;
  floor?: RunResult;
}

/** Service and floor results side by side, in the order they were measured. */
export function pairRows(measurements: readonly Measurement[]): Row[] {
  const rows = new Map<string, Row>();
  for (const m of measurements) {
    const key = `${m.database}|${m.size}|${m.operation}|${m.connections}`;
    const row = rows.get(key) ?? { database: m.database, size: m.size, operation: m.operation, connections: m.connections };
    row[m.server] = m.result;
    rows.set(key, row);
  }
  return [...rows.values()];
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
    "conn",
    "svc rps",
    "floor rps",
    "rps s/f",
    "svc p50",
    "floor p50",
    "svc p99",
    "floor p99",
    "p99 s/f",
    "svc MB",
    "floor MB",
    "failures s/f",
    "others s/f",
  ];
  const body = pairRows(results.measurements).map((row) => [
    row.database,
    String(row.size),
    row.operation,
    String(row.connections),
    fixed(row.service?.rps, 0),
    fixed(row.floor?.rps, 0),
    fixed(ratio(row.service?.rps, row.floor?.rps), 2),
    ms(row.service?.p50),
    ms(row.floor?.p50),
    ms(row.service?.p99),
    ms(row.floor?.p99),
    fixed(ratio(row.service?.p99, row.floor?.p99), 2),
    mb(row.service?.peakRssBytes),
    mb(row.floor?.peakRssBytes),
    `${row.service?.failures ?? "-"}/${row.floor?.failures ?? "-"}`,
    `${fixed(row.service?.cpu.others, 2)}/${fixed(row.floor?.cpu.others, 2)}`,
  ]);
  return [
    table(header, body),
    "(latencies in ms; MB: peak RSS of the server process during the run; s/f: service ÷ floor or service/floor;",
    " others: cores busy with processes other than the server, the load generator and PostgreSQL during the run, i.e. noise)",
  ].join("\n");
}

function failed(row: Row): boolean {
  return (row.service?.failures ?? 0) > 0 || (row.floor?.failures ?? 0) > 0;
}

function label(row: Row): string {
  return `${row.database} ${row.size} ${row.operation} c=${row.connections}`;
}

/** The target's verdict, with the runs that miss it (or every run, when `listAll`). */
function verdict(name: string, checked: { ok: boolean; text: string }[], unmeasured: string, listAll = false): string[] {
  if (!checked.length) return [`${name}: not evaluated (${unmeasured})`];
  const misses = checked.filter((check) => !check.ok);
  const head = `${name}: ${misses.length ? "NOT MET" : "met"} (met in ${checked.length - misses.length} of ${checked.length} runs)`;
  return [head, ...(listAll ? checked : misses).map((check) => `    ${check.ok ? "ok  " : "miss"}: ${check.text}`)];
}

export function formatTargets(results: BenchResults): string {
  const rows = pairRows(results.measurements).filter((row) => row.service && row.floor);
  const lines: string[] = ["Targets (from the numbers above):"];

  const reads = rows.filter((row) => (READ_OPERATIONS as readonly string[]).includes(row.operation));
  lines.push(
    ...verdict(
      `(a) read throughput >= ${TARGET.readThroughput} x floor`,
      reads.map((row) => {
        const value = ratio(row.service!.rps, row.floor!.rps) ?? 0;
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
        const value = ratio(row.service!.p99, row.floor!.p99) ?? Number.POSITIVE_INFINITY;
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
    const service = ratio(large.service!.p50, row.service!.p50) ?? Number.POSITIVE_INFINITY;
    const floor = ratio(large.floor!.p50, row.floor!.p50);
    const text = `${row.database} ${row.operation} c=${row.connections}: service p50 ${ms(row.service!.p50)} -> ${ms(large.service!.p50)} ms (${service.toFixed(2)} x); floor ${ms(row.floor!.p50)} -> ${ms(large.floor!.p50)} ms (${fixed(floor, 2)} x)`;
    growth.push({ ok: !failed(row) && !failed(large) && service < TARGET.growthFactor, text });
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
      `floor pool ${poolSize}; noise limit ${options.maxNoise} cores${env.length ? `; service env ${env.join(" ")}` : ""}`,
  ].join("\n");
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? Number.NaN;
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
  for (const entry of results.equivalence.filter((item) => item.differing.length)) {
    lines.push("", `WARNING: service and floor answered differently on ${entry.database} ${entry.size} for ${entry.differing.join(", ")}`);
  }
  if (results.errors.length) {
    lines.push("", "Errors (the parts above them were measured; the rest was not):");
    for (const error of results.errors) lines.push(`  ${error.stage}: ${error.message}`);
  }
  return lines.join("\n");
}
