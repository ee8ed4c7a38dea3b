// One row per database, size, operation and connection count: each server's figures over the
// rounds (medians; the peak RSS and the noise at their worst; failures added up), and the service's
// against each reference's as ratios. What the table prints and what --json keeps beside the runs.
import type { Measurement } from "./results.js";
import type { ReferenceKind, ServerKind } from "./servers.js";

export interface ServerFigures {
  rounds: number;
  rps: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
  peakRssBytes: number | null;
  failures: number;
  /** Cores busy with other processes during the most disturbed round. */
  others: number;
}

/** Service ÷ reference: below 1 for rps, above 1 for p99 and CPU, the service is the slower. */
export interface Ratios {
  rps: number | null;
  p99: number | null;
  cpuMsPerRequest: number | null;
}

export interface SummaryRow {
  database: Measurement["database"];
  size: number;
  operation: Measurement["operation"];
  connections: number;
  servers: Partial<Record<ServerKind, ServerFigures>>;
  serviceOver: Partial<Record<ReferenceKind, Ratios>>;
}

export function median(values: number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function ratio(a: number | undefined, b: number | undefined): number | null {
  return a === undefined || b === undefined || !Number.isFinite(a) || !(b > 0) ? null : a / b;
}

function figures(runs: Measurement["result"][]): ServerFigures {
  const rss = runs.map((run) => run.peakRssBytes).filter((bytes): bytes is number => bytes !== null);
  return {
    rounds: runs.length,
    rps: median(runs.map((run) => run.rps)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    cpuMsPerRequest: median(runs.map((run) => run.cpuMsPerRequest)),
    peakRssBytes: rss.length ? Math.max(...rss) : null,
    failures: runs.reduce((sum, run) => sum + run.failures, 0),
    others: Math.max(...runs.map((run) => run.cpu.others)),
  };
}

/** The rows in the order they were first measured; servers in the order they ran. */
export function summarize(measurements: readonly Measurement[]): SummaryRow[] {
  const groups = new Map<string, { row: SummaryRow; runs: Map<ServerKind, Measurement["result"][]> }>();
  for (const m of measurements) {
    const key = `${m.database}|${m.size}|${m.operation}|${m.connections}`;
    const group = groups.get(key) ?? {
      row: { database: m.database, size: m.size, operation: m.operation, connections: m.connections, servers: {}, serviceOver: {} },
      runs: new Map<ServerKind, Measurement["result"][]>(),
    };
    group.runs.set(m.server, [...(group.runs.get(m.server) ?? []), m.result]);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ row, runs }) => {
    for (const [server, results] of runs) row.servers[server] = figures(results);
    const service = row.servers.service;
    for (const [server, reference] of Object.entries(row.servers) as [ServerKind, ServerFigures][]) {
      if (server === "service" || !service) continue;
      row.serviceOver[server] = {
        rps: ratio(service.rps, reference.rps),
        p99: ratio(service.p99, reference.p99),
        cpuMsPerRequest: ratio(service.cpuMsPerRequest, reference.cpuMsPerRequest),
      };
    }
    return row;
  });
}
