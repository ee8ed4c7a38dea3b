// Everything one bench run measured, as printed and as written with --json.
import { cpus, totalmem } from "node:os";
import type { ColdStart } from "./cold-start.js";
import type { ExplainedQuery } from "./explain.js";
import type { RunResult } from "./measure.js";
import type { OperationName } from "./operations.js";
import type { BenchOptions, DatabaseKind } from "./options.js";
import type { SeedSummary } from "./seed.js";
import type { ServerKind } from "./servers.js";

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  totalMemoryBytes: number;
  postgres?: string;
}

export interface Measurement {
  database: DatabaseKind;
  size: number;
  operation: OperationName;
  connections: number;
  server: ServerKind;
  /** attempts: runs made to get one that others did not disturb (see quiet.ts). */
  result: RunResult & { attempts: number };
}

export interface BenchResults {
  startedAt: string;
  machine: Machine;
  options: BenchOptions;
  seeds: { database: DatabaseKind; size: number; summary: SeedSummary }[];
  measurements: Measurement[];
  /** Read operations whose service and floor answers to the same request differed. */
  equivalence: { database: DatabaseKind; size: number; checked: OperationName[]; differing: OperationName[] }[];
  coldStarts: { folder: string; rows: number; runs: ColdStart[] }[];
  explain: { database: DatabaseKind; size: number; queries: ExplainedQuery[] } | null;
  errors: { stage: string; message: string }[];
}

export function machine(): Machine {
  const list = cpus();
  return { cpu: list[0]?.model ?? "unknown", cores: list.length, node: process.version, totalMemoryBytes: totalmem() };
}
