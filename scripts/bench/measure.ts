// One measured run: an operation at a number of connections against one server, after a warm-up.
// Latency is timed here per request (from building it, just before it is written, to its
// response), with sub-millisecond resolution: autocannon's own histogram counts whole
// milliseconds, too coarse for the floor. Every response is checked; failures are counted by reason.
import autocannon from "autocannon";
import { ADMIN_TOKEN } from "../support/run-service.js";
import { cpuSnapshot, type CpuUse, cpuUse } from "./cpu.js";
import { watchMemory } from "./memory.js";
import type { BenchRequest } from "./operations.js";
import type { BenchServer } from "./servers.js";

export interface RunResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  failures: number;
  /** Reason → count. */
  failureReasons: Record<string, number>;
  /** The server's CPU time per request of the run (failed ones too), in ms: what a request costs it. */
  cpuMsPerRequest: number;
  peakRssBytes: number | null;
  cpu: CpuUse;
}

interface RequestContext {
  request?: BenchRequest;
  started?: number;
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/** A counter shared by every run, so that created names never repeat within a bench. */
let requestCounter = 0;

async function cannon(server: BenchServer, connections: number, seconds: number, next: (counter: number) => BenchRequest, record: boolean) {
  const latencies: number[] = [];
  const reasons: Record<string, number> = {};
  let ok = 0;
  let failed = 0;
  const fail = (reason: string) => {
    failed++;
    reasons[reason] = (reasons[reason] ?? 0) + 1;
  };
  const result = await autocannon({
    url: `${server.origin}/graphql`,
    connections,
    duration: seconds,
    headers: { "content-type": "application/json", authorization: `Token ${ADMIN_TOKEN}` },
    requests: [
      {
        method: "POST",
        setupRequest: (request, context) => {
          const benchRequest = next(requestCounter++);
          const state = context as RequestContext;
          state.request = benchRequest;
          state.started = performance.now();
          return { ...request, body: benchRequest.body };
        },
        onResponse: (status, body, context) => {
          const state = context as RequestContext;
          if (record && state.started !== undefined) latencies.push(performance.now() - state.started);
          const problem = state.request ? state.request.check(status, body) : "response without a request";
          if (problem) fail(problem);
          else ok++;
        },
      },
    ],
  });
  // Socket errors and timeouts never reach onResponse.
  if (result.errors) reasons["socket error"] = (reasons["socket error"] ?? 0) + result.errors;
  if (result.timeouts) reasons.timeout = (reasons.timeout ?? 0) + result.timeouts;
  return { ok, failed: failed + result.errors + result.timeouts, reasons, latencies, seconds: result.duration };
}

export async function measure(
  server: BenchServer,
  connections: number,
  options: { seconds: number; warmupSeconds: number },
  next: (counter: number) => BenchRequest,
): Promise<RunResult> {
  const warmup = options.warmupSeconds > 0 ? await cannon(server, connections, options.warmupSeconds, next, false) : null;
  const memory = watchMemory(server.pid);
  const cpuBefore = cpuSnapshot();
  let run: Awaited<ReturnType<typeof cannon>>;
  let peakRssBytes: number | null;
  try {
    run = await cannon(server, connections, options.seconds, next, true);
  } finally {
    peakRssBytes = memory.stop();
  }
  const cpu = cpuUse(cpuBefore, cpuSnapshot(), server.pid);
  // Failures during the warm-up count too: they are failures of the server all the same.
  const reasons = { ...run.reasons };
  for (const [reason, count] of Object.entries(warmup?.reasons ?? {})) reasons[`${reason} (warm-up)`] = count;
  const sorted = Float64Array.from(run.latencies).sort();
  return {
    requests: run.ok,
    seconds: run.seconds,
    rps: run.ok / run.seconds,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    failures: run.failed + (warmup?.failed ?? 0),
    failureReasons: reasons,
    cpuMsPerRequest: run.ok + run.failed ? (cpu.serverSeconds * 1000) / (run.ok + run.failed) : Number.NaN,
    peakRssBytes,
    cpu,
  };
}
