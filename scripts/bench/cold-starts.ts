// `npx tsx scripts/bench/cold-starts.ts [--runs 7] [--max-noise 0.25]`: cold starts of `npm start` on
// an empty PGlite folder, without the rest of the bench. Each run waits for a quiet machine first (as
// the bench's measured runs do; 0: no waiting); prints every run and the medians.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { coldStart, type ColdStart } from "./cold-start.js";
import { waitForQuiet } from "./quiet.js";

const { values } = parseArgs({ options: { runs: { type: "string" }, "max-noise": { type: "string" } } });
const runs = Number(values.runs ?? 7);
const maxNoise = Number(values["max-noise"] ?? 0.25);
if (!Number.isInteger(runs) || runs < 1 || !(maxNoise >= 0)) {
  console.error("usage: npx tsx scripts/bench/cold-starts.ts [--runs 7] [--max-noise 0.25]");
  process.exit(2);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const timings: ColdStart[] = [];
for (let run = 0; run < runs; run++) {
  const waited = maxNoise > 0 ? await waitForQuiet(maxNoise, process.pid) : 0;
  const dir = await mkdtemp(join(tmpdir(), "proxbox-cold-"));
  try {
    const timing = await coldStart(join(dir, "pglite"), randomBytes(32).toString("base64"));
    timings.push(timing);
    const note = waited >= 1.5 ? ` (waited ${waited.toFixed(0)} s for a quiet machine)` : "";
    console.log(
      `run ${run + 1}: listening after ${timing.listeningMs.toFixed(0)} ms, /readiness 200 after ${timing.readyMs.toFixed(0)} ms${note}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
const ready = timings.map((timing) => timing.readyMs);
console.log(
  `median of ${runs}: listening ${median(timings.map((timing) => timing.listeningMs)).toFixed(0)} ms, /readiness ${median(ready).toFixed(0)} ms ` +
    `(fastest ${Math.min(...ready).toFixed(0)}, slowest ${Math.max(...ready).toFixed(0)})`,
);
