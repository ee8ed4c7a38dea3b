// The bench's own logic, without servers: its options, PostGraphile's requests and answers read in
// the service's shape (what the probe compares), the medians over rounds with the service ÷
// reference ratios, and the table they print.
import { describe, expect, it } from "vitest";
import type { RunResult } from "../../scripts/bench/measure.js";
import { PAGE_SIZE, requestFactory, serviceNodeId } from "../../scripts/bench/operations.js";
import { readOptions, USAGE, UsageError } from "../../scripts/bench/options.js";
import { postgraphileDialect } from "../../scripts/bench/postgraphile/operations.js";
import { formatTable } from "../../scripts/bench/report.js";
import type { BenchResults, Measurement } from "../../scripts/bench/results.js";
import type { Samples } from "../../scripts/bench/samples.js";
import { summarize } from "../../scripts/bench/summary.js";

describe("bench options", () => {
  it("compares with both references in one round by default", () => {
    const options = readOptions([]);
    expect(options).toMatchObject({ references: ["postgraphile", "floor"], rounds: 1 });
  });

  it("takes the references in the order a round runs them, and a number of rounds", () => {
    expect(readOptions(["--references", "floor,postgraphile", "--rounds", "3"])).toMatchObject({
      references: ["postgraphile", "floor"],
      rounds: 3,
    });
    expect(readOptions(["--references", "floor"])).toMatchObject({ references: ["floor"] });
  });

  it("refuses an unknown reference and a round count that is not a whole number above 0", () => {
    expect(() => readOptions(["--references", "hasura"])).toThrow(UsageError);
    expect(() => readOptions(["--rounds", "0"])).toThrow(UsageError);
    expect(() => readOptions(["--rounds", "1.5"])).toThrow(UsageError);
  });

  it("documents both options in --help", () => {
    expect(USAGE).toMatch(/--references postgraphile,floor/);
    expect(USAGE).toMatch(/--rounds/);
  });
});

const samples: Samples = {
  nodes: [{ id: 7, kind: "NETBOX" }],
  pageStarts: [{ id: 3, name: "fastapi-bafip-000003", nameSort: "fastapi-bafip-0013\u0001fastapi-bafip-000003" }],
  searchMatches: {},
};
const dialect = postgraphileDialect("d1g3st");
const decode = (text: string): unknown => JSON.parse(Buffer.from(text, "base64").toString("utf8"));

/** The same endpoint as the service and as PostGraphile answer it. */
function endpoint(id: number) {
  const common = { name: `pve-zz-${String(id).padStart(6, "0")}`, domain: null, port: 8006, ipAddress: { address: "10.0.0.1/24" } };
  const tags = [{ name: "Bench tag 01", slug: "bench-tag-01" }];
  return {
    service: { id: serviceNodeId({ id, kind: "PROXMOX" }), ...common, tags },
    postgraphile: {
      id: "ignored",
      rowId: id,
      kind: "PROXMOX",
      ...common,
      tags: { nodes: tags.map((tag) => ({ tag })) },
    },
  };
}

describe("PostGraphile's requests", () => {
  it("start a page after a row with PostGraphile's cursor, and fetch a node by its node ID", () => {
    const page = JSON.parse(requestFactory("page", samples, "t", dialect)(0).body);
    expect(page.operationName).toBe("BenchPage");
    expect(page.query).toContain("orderBy: [NAME_ASC, ROW_ID_ASC]");
    expect(decode(page.variables.after)).toEqual(["d1g3st", "fastapi-bafip-000003", 3]);
    const node = JSON.parse(requestFactory("node", samples, "t", dialect)(0).body);
    expect(decode(node.variables.id)).toEqual(["Endpoint", 7]);
  });

  it("search with connection-filter's includesInsensitive on name or domain", () => {
    const search = JSON.parse(requestFactory("search", samples, "t", dialect)(0).body);
    expect(search.query).toContain("or: [{ name: { includesInsensitive: $q } }, { domain: { includesInsensitive: $q } }]");
  });

  it("say create cannot be asked for", () => {
    expect(dialect.unsupported.create).toMatch(/nested mutations/);
  });
});

describe("PostGraphile's answers in the service's shape", () => {
  const rows = Array.from({ length: PAGE_SIZE }, (_, index) => endpoint(index + 10));

  it("read as the service's answer for the same rows", () => {
    const service = requestFactory("page", samples, "t")(0);
    const postgraphile = requestFactory("page", samples, "t", dialect)(0);
    const serviceText = JSON.stringify({ data: { endpoints: { nodes: rows.map((row) => row.service) } } });
    const postgraphileText = JSON.stringify({ data: { endpoints: { nodes: rows.map((row) => row.postgraphile) } } });
    expect(postgraphile.check(200, postgraphileText)).toBeNull();
    expect(postgraphile.read(200, postgraphileText)).toEqual(service.read(200, serviceText));
  });

  it("carry a filter's mode and a node as the service's", () => {
    const filter = requestFactory("filter", samples, "t", dialect)(0);
    const nodes = rows.map((row) => ({ ...row.postgraphile, proxmoxEndpoint: { mode: "UNDEFINED" } }));
    expect(filter.read(200, JSON.stringify({ data: { endpoints: { nodes } } }))).toEqual({
      data: { proxmoxEndpoints: { nodes: rows.map((row) => ({ ...row.service, mode: "UNDEFINED" })) } },
    });
    const node = requestFactory("node", samples, "t", dialect)(0);
    const netbox = { ...endpoint(7).postgraphile, kind: "NETBOX" };
    expect(node.read(200, JSON.stringify({ data: { node: netbox } }))).toEqual({
      data: { node: { ...endpoint(7).service, id: serviceNodeId({ id: 7, kind: "NETBOX" }) } },
    });
  });

  it("fail the check when a row is missing or another node comes back", () => {
    const page = requestFactory("page", samples, "t", dialect)(0);
    const short = JSON.stringify({ data: { endpoints: { nodes: rows.slice(1).map((row) => row.postgraphile) } } });
    expect(page.check(200, short)).toBe(`${PAGE_SIZE - 1} nodes instead of ${PAGE_SIZE}`);
    const node = requestFactory("node", samples, "t", dialect)(0);
    expect(node.check(200, JSON.stringify({ data: { node: { ...endpoint(8).postgraphile, kind: "NETBOX" } } }))).toBe(
      "another node came back",
    );
    expect(page.check(401, "{}")).toBe("HTTP 401");
  });
});

function run(rps: number, p99: number, cpuMsPerRequest: number, rssMb: number, others = 0): RunResult & { attempts: number } {
  const cpu = { server: 0.5, serverSeconds: 1, loadGenerator: 0.1, postgres: 0.2, others };
  return {
    requests: rps,
    seconds: 1,
    rps,
    p50: p99 / 2,
    p99,
    failures: 0,
    failureReasons: {},
    cpuMsPerRequest,
    peakRssBytes: rssMb * 2 ** 20,
    cpu,
    attempts: 1,
  };
}

function measured(
  server: Measurement["server"],
  round: number,
  result: Measurement["result"],
  database: Measurement["database"] = "postgres",
): Measurement {
  return { database, size: 1000, operation: "page", connections: 1, server, round, result };
}

const measurements: Measurement[] = [
  measured("service", 1, run(100, 20, 8, 300, 0.1)),
  measured("postgraphile", 1, run(400, 5, 2, 150)),
  measured("floor", 1, run(1000, 2, 0.5, 140)),
  measured("service", 2, run(120, 30, 6, 320)),
  measured("postgraphile", 2, run(600, 5, 1, 160)),
  measured("floor", 2, run(1000, 4, 0.5, 130, 0.3)),
  measured("service", 1, run(50, 40, 10, 500), "pglite"),
  measured("floor", 1, run(250, 10, 1, 400), "pglite"),
];

describe("the summary over rounds", () => {
  it("takes medians, the worst RSS and noise, and the service ÷ reference ratios", () => {
    const [postgres, pglite] = summarize(measurements);
    expect(postgres!.servers.service).toMatchObject({
      rounds: 2,
      rps: 110,
      p99: 25,
      cpuMsPerRequest: 7,
      peakRssBytes: 320 * 2 ** 20,
      others: 0.1,
    });
    expect(postgres!.servers.floor).toMatchObject({ rps: 1000, p99: 3, others: 0.3 });
    expect(postgres!.serviceOver.postgraphile).toEqual({ rps: 110 / 500, p99: 25 / 5, cpuMsPerRequest: 7 / 1.5 });
    expect(postgres!.serviceOver.floor).toEqual({ rps: 0.11, p99: 25 / 3, cpuMsPerRequest: 14 });
    expect(Object.keys(pglite!.servers)).toEqual(["service", "floor"]);
  });
});

describe("the table", () => {
  it("has a line per server, the ratios on each reference's line, and no PostGraphile on PGlite", () => {
    const results = { options: { rounds: 2 }, measurements } as unknown as BenchResults;
    const lines = formatTable(results).split("\n");
    expect(lines[0]).toMatch(
      /server\s+conn\s+rps\s+p50\s+p99\s+cpu ms\/req\s+MB\s+failures\s+others\s+rps svc\/x\s+p99 svc\/x\s+cpu svc\/x$/,
    );
    const cells = (server: string, database = "postgres") =>
      lines.find((line) => line.startsWith(database) && line.split(/\s+/)[3] === server)?.split(/\s+/);
    expect(cells("service")?.slice(5)).toEqual(["110", "12.5", "25.0", "7.00", "320", "0", "0.10", "-", "-", "-"]);
    expect(cells("postgraphile")?.slice(5)).toEqual(["500", "2.50", "5.00", "1.50", "160", "0", "0.00", "0.22", "5.00", "4.67"]);
    expect(cells("floor")?.slice(12)).toEqual(["0.11", "8.33", "14.00"]);
    expect(cells("postgraphile", "pglite")).toBeUndefined();
    expect(lines.join("\n")).toContain("medians over 2 rounds");
  });
});
