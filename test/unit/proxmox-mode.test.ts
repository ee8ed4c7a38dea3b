import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { modeFromClusterStatus } from "../../src/domain/proxmox-mode.js";

const node = { type: "node", name: "pve1" };
const cluster = { type: "cluster", name: "lab", nodes: 2 };

describe("modeFromClusterStatus", () => {
  it("is CLUSTER for a cluster entry and more than one node", () => {
    expect(modeFromClusterStatus([cluster, node, { ...node, name: "pve2" }])).toBe("CLUSTER");
    expect(modeFromClusterStatus([node, node, node, cluster])).toBe("CLUSTER");
  });

  it("is STANDALONE for exactly one node, with or without a cluster entry", () => {
    expect(modeFromClusterStatus([node])).toBe("STANDALONE");
    expect(modeFromClusterStatus([cluster, node])).toBe("STANDALONE");
  });

  it("is UNDEFINED otherwise", () => {
    expect(modeFromClusterStatus([node, node])).toBe("UNDEFINED");
    expect(modeFromClusterStatus([cluster])).toBe("UNDEFINED");
    expect(modeFromClusterStatus([])).toBe("UNDEFINED");
    expect(modeFromClusterStatus(null)).toBe("UNDEFINED");
    expect(modeFromClusterStatus({ data: [node] })).toBe("UNDEFINED");
    expect(modeFromClusterStatus("node")).toBe("UNDEFINED");
  });

  it("skips entries that are not objects", () => {
    expect(modeFromClusterStatus([null, 5, "node", [node], node])).toBe("STANDALONE");
  });

  it("never throws on anything an upstream can answer", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.array(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom("node", "cluster", 1) })))),
        (value) => {
          expect(["CLUSTER", "STANDALONE", "UNDEFINED"]).toContain(modeFromClusterStatus(value));
        },
      ),
    );
  });
});
