// Everything one bench run measured, as printed and as written with --json.
import { cpus, totalmem } from "node:os";
import type { ColdStart } from "./cold-start.js";
import type { ExplainedQuery } from "./explain.js";
import type { RunResult } from "./measure.js";
import type { OperationName } from "./operations.js";
import type { BenchOptions, DatabaseKind } from "./options.js";
import type { SeedSummary } from "./seed.js";
import type { ReferenceKind, ServerKind } from "./servers.js";
import type { SummaryRow } from "./summary.js";

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
  /** 1 to --rounds: each round measures every server once, in turn. */
  round: number;
  /** attempts: runs made to get one that others did not disturb (see quiet.ts). */
  result: RunResult & { attempts: number };
}

export interface BenchResults {
  startedAt: string;
  machine: Machine;
  options: BenchOptions;
  seeds: { database: DatabaseKind; size: number; summary: SeedSummary }[];
  measurements: Measurement[];
  /** Medians over the rounds and the service ÷ reference ratios, as the table shows them (filled at the end). */
  summary: SummaryRow[];
  /** Read operations whose answers from a reference to the same request differed from the service's. */
  equivalence: { database: DatabaseKind; size: number; reference: ReferenceKind; checked: OperationName[]; differing: OperationName[] }[];
  /** What a reference did not run, and why (an operation, or a whole database). */
  skipped: { server: ReferenceKind; database: DatabaseKind; operation: OperationName | null; reason: string }[];
  coldStarts: { folder: string; rows: number; runs: ColdStart[] }[];
  explain: { database: DatabaseKind; size: number; queries: ExplainedQuery[] } | null;
  errors: { stage: string; message: string }[];
}

export function machine(): Machine {
  const list = cpus();
  return { cpu: list[0]?.model ?? "unknown", cores: list.length, node: process.version, totalMemoryBytes: totalmem() };
}
