// Peak resident memory of a server process during a run: VmRSS sampled every 50 ms, and VmHWM
// (the kernel's own peak) after resetting it through clear_refs, when the kernel lets us.
import { readFileSync, writeFileSync } from "node:fs";

function statusField(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export interface MemoryWatch {
  /** Stops sampling; the peak in bytes (null if nothing could be read). */
  stop(): number | null;
}

export function watchMemory(pid: number, intervalMs = 50): MemoryWatch {
  let hwmReset = false;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    hwmReset = true;
  } catch {
    // Not permitted here: the samples alone give the peak.
  }
  let peak: number | null = statusField(pid, "VmRSS");
  const timer = setInterval(() => {
    const rss = statusField(pid, "VmRSS");
    if (rss !== null) peak = Math.max(peak ?? 0, rss);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const hwm = hwmReset ? statusField(pid, "VmHWM") : null;
      const last = statusField(pid, "VmRSS");
      const values = [peak, hwm, last].filter((value): value is number => value !== null);
      return values.length ? Math.max(...values) : null;
    },
  };
}
