// PROXBOX_WORKERS on PostgreSQL: several processes serve one port, /metrics counts for all of
// them, and SIGTERM stops them all.
import { randomBytes } from "node:crypto";
import { request } from "node:http";
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "./support/postgres.js";
import { startServiceProcess, type ServiceProcess } from "./support/process.js";
import { databaseKind } from "./support/service.js";

const ADMIN = `workers_${randomBytes(24).toString("hex")}`;

/** The node processes whose parent is `pid` (not tsx's esbuild helper). */
function childrenOf(pid: number): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const command = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
        return command === "node" && Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** One request on a connection of its own, so that the primary hands each to a worker in turn. */
function get(origin: string, path: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(
      `${origin}${path}`,
      {
        method: body ? "POST" : "GET",
        agent: false,
        headers: body
          ? { "content-type": "application/json", authorization: `Token ${ADMIN}`, "content-length": Buffer.byteLength(body) }
          : {},
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    sent.on("error", reject);
    sent.end(body);
  });
}

describe.runIf(databaseKind === "postgres")("PROXBOX_WORKERS=2 on PostgreSQL", () => {
  let service: ServiceProcess;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const created = await createTestDatabase();
    drop = created.drop;
    service = await startServiceProcess({
      DATABASE_URL: created.url,
      PROXBOX_SECRET_KEY: randomBytes(32).toString("base64"),
      PROXBOX_ADMIN_TOKEN: ADMIN,
      PROXBOX_WORKERS: "2",
    });
  }, 90_000);
  afterAll(async () => {
    if (service && service.child.exitCode === null) await service.stop();
    await drop?.();
  });

  it("serves from two worker processes, and says so once", async () => {
    expect(service.stdout().match(/Proxbox endpoint service on/g)).toHaveLength(1);
    expect(service.stdout()).toContain(", 2 workers");
    expect(childrenOf(service.child.pid!)).toHaveLength(2);
    for (let index = 0; index < 6; index++) {
      const answer = await get(service.origin, "/graphql", JSON.stringify({ query: "{ viewer { writeEnabled } }" }));
      expect(answer).toEqual({ status: 200, text: '{"data":{"viewer":{"writeEnabled":true}}}' });
    }
  });

  it("answers /metrics for every worker, whichever worker is asked", async () => {
    const counts = [];
    for (let index = 0; index < 4; index++) {
      const { status, text } = await get(service.origin, "/metrics");
      expect(status).toBe(200);
      const line = /^proxbox_graphql_operations_total\{[^}]*outcome="ok"[^}]*\} (\d+)$/m.exec(text);
      counts.push(Number(line?.[1]));
    }
    // The six operations above, summed over both workers, on every scrape.
    expect(counts).toEqual([6, 6, 6, 6]);
  });

  it("replaces a worker that dies, and keeps serving", async () => {
    const [victim, survivor] = childrenOf(service.child.pid!);
    process.kill(victim!, "SIGKILL");
    let now: number[] = [];
    for (let attempt = 0; attempt < 100; attempt++) {
      now = childrenOf(service.child.pid!);
      if (now.length === 2 && !now.includes(victim!)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(now).toHaveLength(2);
    expect(now).toContain(survivor);
    expect(now).not.toContain(victim);
    for (let index = 0; index < 4; index++) {
      expect((await get(service.origin, "/graphql", JSON.stringify({ query: "{ viewer { writeEnabled } }" }))).status).toBe(200);
    }
  });

  it("stops every worker at SIGTERM and exits 0", async () => {
    const workers = childrenOf(service.child.pid!);
    expect(await service.stop("SIGTERM")).toBe(0);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
  });
});
