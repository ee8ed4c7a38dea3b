// How Proxbox derives a Proxmox deployment mode from GET /api2/json/cluster/status.
import type { ProxmoxMode } from "../generated/prisma/enums.js";

/** A cluster entry and more than one node: CLUSTER; exactly one node: STANDALONE; else UNDEFINED. */
export function modeFromClusterStatus(entries: unknown): ProxmoxMode {
  if (!Array.isArray(entries)) return "UNDEFINED";
  const types = entries.map((entry) => (entry && typeof entry === "object" ? (entry as { type?: unknown }).type : undefined));
  const nodes = types.filter((type) => type === "node").length;
  if (types.includes("cluster") && nodes > 1) return "CLUSTER";
  if (nodes === 1) return "STANDALONE";
  return "UNDEFINED";
}
