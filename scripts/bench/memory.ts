// Peak resident memory of a server during a run: the VmRSS of its process and the processes below
// it (PROXBOX_WORKERS), summed and sampled every 50 ms, and, for a single process, VmHWM (the
// kernel's own peak) after resetting it through clear_refs, when the kernel lets us.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

function statusField(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** The node processes directly below `pid` (the workers; not tsx's esbuild helper). */
function workersOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      if (stat.slice(stat.indexOf("(") + 1, close) === "node" && Number(stat.slice(close + 2).split(" ")[1]) === pid)
        found.push(Number(entry));
    } catch {
      // The process ended while the list was read.
    }
  }
  return found;
}

export interface MemoryWatch {
  /** Stops sampling; the peak in bytes (null if nothing could be read). */
  stop(): number | null;
}

export function watchMemory(pid: number, intervalMs = 50): MemoryWatch {
  const workers = workersOf(pid);
  const tree = [pid, ...workers];
  const sample = () => {
    const values = tree.map((member) => statusField(member, "VmRSS")).filter((value): value is number => value !== null);
    return values.length ? values.reduce((sum, value) => sum + value, 0) : null;
  };
  let hwmReset = false;
  if (workers.length === 0) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, "5");
      hwmReset = true;
    } catch {
      // Not permitted here: the samples alone give the peak.
    }
  }
  let peak: number | null = sample();
  const timer = setInterval(() => {
    const rss = sample();
    if (rss !== null) peak = Math.max(peak ?? 0, rss);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const hwm = hwmReset ? statusField(pid, "VmHWM") : null;
      const values = [peak, hwm, sample()].filter((value): value is number => value !== null);
      return values.length ? Math.max(...values) : null;
    },
  };
}
