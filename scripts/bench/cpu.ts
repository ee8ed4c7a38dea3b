// Where the CPU went during a run: the server process, this process (the load generator) and
// PostgreSQL's processes, against the whole machine. What is left ("others") is work nobody here
// asked for, such as another job on the machine, and tells how far a run can be trusted.
import { readdirSync, readFileSync } from "node:fs";

interface Snapshot {
  /** Busy jiffies of the whole machine (all cores). */
  busy: number;
  /** Every process: its command name, parent and CPU jiffies (user + system). */
  processes: Map<number, { comm: string; ppid: number; jiffies: number }>;
  at: number;
}

const TICKS_PER_SECOND = 100;

function machineBusy(): number {
  const fields = readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: all but idle and iowait are work.
  return fields.slice(0, 8).reduce((sum, value, index) => (index === 3 || index === 4 ? sum : sum + value), 0);
}

function processes(): Map<number, { comm: string; ppid: number; jiffies: number }> {
  const found = new Map<number, { comm: string; ppid: number; jiffies: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const rest = stat.slice(close + 2).split(" ");
      // After "(comm)": state is field 3, utime and stime are fields 14 and 15.
      found.set(Number(entry), {
        comm: stat.slice(stat.indexOf("(") + 1, close),
        ppid: Number(rest[1]),
        jiffies: Number(rest[11]) + Number(rest[12]),
      });
    } catch {
      // The process ended while the list was read.
    }
  }
  return found;
}

/** `root` and every process below it. */
function treeOf(snapshot: Snapshot, root: number): number[] {
  const tree = [root];
  for (let index = 0; index < tree.length; index++) {
    for (const [pid, entry] of snapshot.processes) if (entry.ppid === tree[index]) tree.push(pid);
  }
  return tree;
}

export function cpuSnapshot(): Snapshot {
  return { busy: machineBusy(), processes: processes(), at: performance.now() };
}

export interface CpuUse {
  /** Cores' worth of CPU, averaged over the run. */
  server: number;
  /** CPU seconds the server used over the run (user + system). */
  serverSeconds: number;
  loadGenerator: number;
  postgres: number;
  others: number;
}

export function cpuUse(start: Snapshot, end: Snapshot, serverPid: number): CpuUse {
  const seconds = (end.at - start.at) / 1000;
  const used = (pid: number) => (end.processes.get(pid)?.jiffies ?? 0) - (start.processes.get(pid)?.jiffies ?? 0);
  let postgres = 0;
  for (const [pid, entry] of end.processes) if (entry.comm === "postgres") postgres += used(pid);
  // The server and its descendants: PROXBOX_WORKERS runs the work in child processes.
  let server = 0;
  for (const pid of treeOf(end, serverPid)) server += used(pid);
  const loadGenerator = used(process.pid);
  const cores = (jiffies: number) => Math.max(0, jiffies) / TICKS_PER_SECOND / seconds;
  return {
    server: cores(server),
    serverSeconds: Math.max(0, server) / TICKS_PER_SECOND,
    loadGenerator: cores(loadGenerator),
    postgres: cores(postgres),
    others: cores(end.busy - start.busy - server - loadGenerator - postgres),
  };
}
