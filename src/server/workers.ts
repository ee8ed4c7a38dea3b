// PROXBOX_WORKERS > 1: several processes serve one port, so that a PostgreSQL deployment uses
// every core (node:cluster; the primary hands each new connection to a worker in turn). The
// primary does what must happen once (migrations, the first token: see main.ts), forks the
// workers, prints the listening line when every one listens, answers their /metrics requests with
// the sum over all of them, replaces a worker that dies after it served (and stops when workers
// cannot start, or keep dying), and at SIGTERM stops them all, each letting its requests finish.
import cluster, { type Worker } from "node:cluster";
import type { AddressInfo } from "node:net";
import { AggregatorRegistry } from "prom-client";
import type { Logger } from "./logger.js";
import { CLUSTER_METRICS_REQUEST, type ClusterMetricsReply } from "./plugins/metrics.js";

/** More replacements than this in a minute means workers die of something a new one meets too. */
const MAX_REPLACEMENTS_PER_MINUTE = 5;

export interface WorkersOptions {
  count: number;
  logger: Logger;
  /** Called once, when every worker listens. */
  onListening: (origin: string) => void;
  /** How long workers get to finish their requests at SIGTERM before they are killed. */
  shutdownGraceMs: number;
}

export function runWorkers({ count, logger, onListening, shutdownGraceMs }: WorkersOptions): void {
  const aggregator = new AggregatorRegistry();
  const started = new Set<Worker>();
  const replacements: number[] = [];
  const listening = new Set<Worker>();
  let announced = false;
  let stopping = false;

  const fork = () => started.add(cluster.fork());

  cluster.on("listening", (worker, address: AddressInfo | { address: string; port: number }) => {
    listening.add(worker);
    if (announced || listening.size < count) return;
    announced = true;
    const host = address.address.includes(":") ? `[${address.address}]` : address.address;
    onListening(`http://${host}:${address.port}`);
  });

  cluster.on("message", (worker, message: { type?: string; id?: number }) => {
    if (message?.type !== CLUSTER_METRICS_REQUEST) return;
    void aggregator
      .clusterMetrics()
      .then((text) => ({ text }))
      .catch((error: unknown) => ({ error: String(error) }))
      .then((reply) => worker.send({ type: CLUSTER_METRICS_REQUEST, id: message.id, ...reply } satisfies ClusterMetricsReply));
  });

  cluster.on("exit", (worker, code, signal) => {
    const served = listening.delete(worker);
    started.delete(worker);
    if (stopping) {
      if (started.size === 0) process.exit();
      return;
    }
    // One that could not start tells why on standard error; the next would fail the same way.
    const now = Date.now();
    const recent = replacements.filter((at) => now - at < 60_000);
    if (!served || recent.length >= MAX_REPLACEMENTS_PER_MINUTE) {
      logger.fatal(
        { pid: worker.process.pid, code, signal },
        served ? "workers keep stopping; stopping" : "a worker could not start; stopping",
      );
      stop(1);
      return;
    }
    replacements.splice(0, replacements.length, ...recent, now);
    logger.error({ pid: worker.process.pid, code, signal }, "a worker stopped; starting another");
    fork();
  });

  const stop = (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    process.exitCode = exitCode;
    if (started.size === 0) process.exit();
    for (const worker of started) worker.process.kill("SIGTERM");
    // Each worker bounds its own shutdown; this bounds a worker that cannot.
    setTimeout(() => {
      for (const worker of started) worker.process.kill("SIGKILL");
      process.exit();
    }, shutdownGraceMs + 10_000).unref();
  };
  process.on("SIGTERM", () => stop(0));
  process.on("SIGINT", () => stop(0));

  for (let index = 0; index < count; index++) fork();
}
