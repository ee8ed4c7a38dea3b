// Prometheus metrics at /metrics: requests and their latency per operation, errors by code, the
// database connection pool, and Node's own process metrics. One registry per service, so that
// several services in one process (tests) do not mix their figures. Under PROXBOX_WORKERS a
// worker answers /metrics with the sum over every worker, which the primary gathers (prom-client's
// AggregatorRegistry, src/server/workers.ts): a scrape must not depend on which worker it met.
import cluster from "node:cluster";
import type { Plugin } from "graphql-yoga";
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Database } from "../../db/database.js";
import { OPERATION_NAME, pathOf, requestOutcome, type RequestState, requestState } from "../request-context.js";

/** Operation names come from clients: only sane, short ones become labels, and only so many. */
const MAX_LABEL_LENGTH = 64;
const MAX_OPERATION_LABELS = 200;
const PATHS = new Set(["/graphql", "/health", "/readiness", "/metrics"]);

export class ServiceMetrics {
  readonly registry = new Registry();
  readonly #operations = new Set<string>();
  readonly #requests: Counter<"path" | "status">;
  readonly #operationsTotal: Counter<"operation" | "type" | "outcome">;
  readonly #duration: Histogram<"operation" | "type">;
  readonly #errors: Counter<"code">;

  constructor(db: Database) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: "proxbox_" });
    this.#requests = new Counter({
      name: "proxbox_http_requests_total",
      help: "HTTP requests by path and status.",
      labelNames: ["path", "status"],
      registers,
    });
    this.#operationsTotal = new Counter({
      name: "proxbox_graphql_operations_total",
      help: "GraphQL operations by operation name, type (query, mutation) and outcome (ok, rejected, error).",
      labelNames: ["operation", "type", "outcome"],
      registers,
    });
    this.#duration = new Histogram({
      name: "proxbox_graphql_operation_duration_seconds",
      help: "Time from receiving a GraphQL request to answering it, by operation name and type.",
      labelNames: ["operation", "type"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.#errors = new Counter({
      name: "proxbox_graphql_errors_total",
      help: "GraphQL errors in responses, by error code.",
      labelNames: ["code"],
      registers,
    });
    new Gauge({
      name: "proxbox_db_pool_connections",
      help: "Connections of the PostgreSQL pool, by state (total, idle, waiting: requests queued for a connection). Absent for PGlite.",
      labelNames: ["state"],
      registers,
      collect() {
        const stats = db.driver.poolStats();
        if (!stats) return;
        this.set({ state: "total" }, stats.total);
        this.set({ state: "idle" }, stats.idle);
        this.set({ state: "waiting" }, stats.waiting);
      },
    });
  }

  #operationLabel(name: string | undefined): string {
    if (!name) return "anonymous";
    if (!OPERATION_NAME.test(name) || name.length > MAX_LABEL_LENGTH) return "other";
    if (this.#operations.has(name)) return name;
    if (this.#operations.size >= MAX_OPERATION_LABELS) return "other";
    this.#operations.add(name);
    return name;
  }

  /** Records one finished request. */
  record(path: string, status: number, state: RequestState): void {
    const outcome = requestOutcome(status, state);
    this.#requests.inc({ path: PATHS.has(path) ? path : "other", status: String(status) });
    if (!state.graphql) return;
    for (const code of state.errorCodes) this.#errors.inc({ code });
    // A request refused before its operation was read (authentication, parsing) has no type.
    const labels = { operation: this.#operationLabel(state.operationName), type: state.operationType ?? "unknown" };
    this.#operationsTotal.inc({ ...labels, outcome });
    this.#duration.observe(labels, (performance.now() - state.startedAt) / 1000);
  }
}

/** The message a worker sends the primary for the metrics of all workers, and the primary's reply. */
export const CLUSTER_METRICS_REQUEST = "proxbox:cluster-metrics";
export interface ClusterMetricsReply {
  type: typeof CLUSTER_METRICS_REQUEST;
  id?: number;
  text?: string;
  error?: string;
}

const CLUSTER_METRICS_TIMEOUT_MS = 5000;
let clusterRequests = 0;

/** Asks the primary for the metrics of every worker. */
function clusterMetrics(): Promise<string> {
  const id = ++clusterRequests;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error("the primary did not answer")), CLUSTER_METRICS_TIMEOUT_MS);
    const onMessage = (message: ClusterMetricsReply) => {
      if (message?.type !== CLUSTER_METRICS_REQUEST || message.id !== id) return;
      done(message.error === undefined ? null : new Error(message.error), message.text);
    };
    const done = (error: Error | null, text?: string) => {
      clearTimeout(timer);
      process.off("message", onMessage);
      if (error) reject(error);
      else resolve(text ?? "");
    };
    process.on("message", onMessage);
    process.send!({ type: CLUSTER_METRICS_REQUEST, id });
  });
}

/** Serves /metrics from `metrics` (or, in a worker, from all workers), and records every request there when it ends. */
export function useMetrics(metrics: ServiceMetrics): Plugin {
  if (cluster.isWorker) {
    // A worker answers the primary's requests for its registry: an AggregatorRegistry made in a
    // worker adds that listener, and setRegistries says which registry it reports.
    new AggregatorRegistry();
    AggregatorRegistry.setRegistries([metrics.registry]);
  }
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== "/metrics") return;
      let text: string;
      try {
        text = cluster.isWorker ? await clusterMetrics() : await metrics.registry.metrics();
      } catch {
        endResponse(
          new fetchAPI.Response("metrics are unavailable right now\n", { status: 503, headers: { "cache-control": "no-store" } }),
        );
        return;
      }
      endResponse(
        new fetchAPI.Response(text, {
          headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" },
        }),
      );
    },
    onResponse({ request, response }) {
      const state = requestState(request);
      if (state) metrics.record(pathOf(request, state), response.status, state);
    },
  };
}
