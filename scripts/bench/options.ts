// The command line of `npm run bench`.
import { parseArgs } from "node:util";
import { OPERATION_NAMES, type OperationName } from "./operations.js";
import { REFERENCE_KINDS, type ReferenceKind } from "./servers.js";

export type DatabaseKind = "postgres" | "pglite";

export interface BenchOptions {
  databases: DatabaseKind[];
  sizes: number[];
  durationSeconds: number;
  warmupSeconds: number;
  connections: number[];
  operations: OperationName[];
  /** What the service is measured against; each round runs them after it, in REFERENCE_KINDS' order. */
  references: ReferenceKind[];
  /** Each round measures every server once, in turn, so that a drift of the machine meets all of them. */
  rounds: number;
  coldStartRuns: number;
  /** Cores other processes may use during a run before it is measured again; 0: no waiting, no retries. */
  maxNoise: number;
  jsonFile: string | undefined;
  explainFile: string | undefined;
  serviceEnv: Record<string, string>;
}

export const USAGE = `Usage: npm run bench -- [options]

  --databases postgres,pglite     databases to run on (default both)
  --sizes 1000,10000,100000       endpoint counts (default all three)
  --duration 5                    seconds per measured run (default 5)
  --warmup 1                      seconds of warm-up before each run (default 1)
  --connections 1,32              connection counts (default 1,32)
  --operations page,search,filter,node,create
  --references postgraphile,floor
                                  servers the service is compared with (default both): PostGraphile 5
                                  (amber preset; PostgreSQL only; the bench installs its folder,
                                  scripts/bench/postgraphile/, on first use) and the hand-written SQL floor
  --rounds 1                      rounds per database and size; each runs the service, then each
                                  reference, once (default 1); the table shows medians over rounds
  --cold-starts 3                 npm start cold starts per PGlite folder (default 3; 0: none)
  --max-noise 0.25                cores other processes may use during a run: before each run the bench
                                  waits for a quiet machine, and measures again (twice at most) when
                                  a run was disturbed; 0: neither
  --quick                         smoke run: size 1000, 1 s runs, 0.5 s warm-up
  --json <file>                   also write every result as JSON
  --explain-out <file>            write the EXPLAIN plans to a file
  --service-env KEY=VALUE         passed to the service (repeatable)`;

export class UsageError extends Error {}

function list<T>(text: string, name: string, parse: (item: string) => T | null): T[] {
  const items = text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  const parsed = items.map((item) => {
    const value = parse(item);
    if (value === null) throw new UsageError(`--${name}: "${item}" is not allowed`);
    return value;
  });
  if (!parsed.length) throw new UsageError(`--${name} is empty`);
  return [...new Set(parsed)];
}

function positive(text: string, name: string, integer: boolean, allowZero = false): number {
  const value = Number(text);
  const valid = Number.isFinite(value) && (allowZero ? value >= 0 : value > 0) && (!integer || Number.isInteger(value));
  if (!valid) throw new UsageError(`--${name}: expected ${integer ? "a whole" : "a"} number${allowZero ? "" : " above 0"}, got "${text}"`);
  return value;
}

export function readOptions(argv: string[]): BenchOptions | "help" {
  const { values } = parseArgs({
    args: argv,
    options: {
      databases: { type: "string" },
      sizes: { type: "string" },
      duration: { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      operations: { type: "string" },
      references: { type: "string" },
      rounds: { type: "string" },
      "cold-starts": { type: "string" },
      "max-noise": { type: "string" },
      quick: { type: "boolean", default: false },
      json: { type: "string" },
      "explain-out": { type: "string" },
      "service-env": { type: "string", multiple: true },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return "help";
  const quick = values.quick ?? false;
  const serviceEnv: Record<string, string> = {};
  for (const pair of values["service-env"] ?? []) {
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/s.exec(pair);
    if (!match) throw new UsageError(`--service-env: expected KEY=VALUE, got "${pair}"`);
    serviceEnv[match[1]!] = match[2]!;
  }
  const operations = list(values.operations ?? OPERATION_NAMES.join(","), "operations", (item) =>
    (OPERATION_NAMES as readonly string[]).includes(item) ? (item as OperationName) : null,
  );
  const references = list(values.references ?? REFERENCE_KINDS.join(","), "references", (item) =>
    (REFERENCE_KINDS as readonly string[]).includes(item) ? (item as ReferenceKind) : null,
  );
  return {
    databases: list(values.databases ?? "postgres,pglite", "databases", (item) => (item === "postgres" || item === "pglite" ? item : null)),
    sizes: list(values.sizes ?? (quick ? "1000" : "1000,10000,100000"), "sizes", (item) => positive(item, "sizes", true)).sort(
      (a, b) => a - b,
    ),
    durationSeconds: positive(values.duration ?? (quick ? "1" : "5"), "duration", false),
    warmupSeconds: positive(values.warmup ?? (quick ? "0.5" : "1"), "warmup", false, true),
    connections: list(values.connections ?? "1,32", "connections", (item) => positive(item, "connections", true)),
    // Creates add rows; they run last so that the reads meet the seeded data alone.
    operations: OPERATION_NAMES.filter((name) => operations.includes(name)),
    references: REFERENCE_KINDS.filter((kind) => references.includes(kind)),
    rounds: positive(values.rounds ?? "1", "rounds", true),
    coldStartRuns: positive(values["cold-starts"] ?? (quick ? "1" : "3"), "cold-starts", true, true),
    maxNoise: positive(values["max-noise"] ?? "0.25", "max-noise", false, true),
    jsonFile: values.json,
    explainFile: values["explain-out"],
    serviceEnv,
  };
}
