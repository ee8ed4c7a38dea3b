// The plans of pages in name order: an index on name_sort serves them, in order, from the cursor on,
// so no page sorts the rows that match or reads those before its cursor. The SQL is what Prisma
// sent for a GraphQL request, explained on the same database with the same parameters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/gql.js";
import type { EndpointOrder } from "./generated/graphql.js";
import { startService, type TestService } from "./support/service.js";
import { statementLog } from "./support/statement-log.js";

const Endpoints = graphql(`
  query NameOrderPlanEndpoints($orderBy: [EndpointOrder!], $first: Int, $after: String) {
    endpoints(orderBy: $orderBy, first: $first, after: $after) {
      nodes {
        name
      }
      pageInfo {
        endCursor
      }
    }
  }
`);

const ProxmoxEndpoints = graphql(`
  query NameOrderPlanProxmox($orderBy: [EndpointOrder!], $first: Int, $after: String) {
    proxmoxEndpoints(orderBy: $orderBy, first: $first, after: $after) {
      nodes {
        name
      }
      pageInfo {
        endCursor
      }
    }
  }
`);

const Tags = graphql(`
  query NameOrderPlanTags($first: Int, $after: String) {
    tags(first: $first, after: $after) {
      nodes {
        name
      }
      pageInfo {
        endCursor
      }
    }
  }
`);

const PER_KIND = 1500;
const TAGS = 3000;
const PAGE = 50;
const NAME_DESC: EndpointOrder[] = [{ field: "NAME", direction: "DESC" }];

let service: TestService;
let capture: ReturnType<typeof statementLog>;

beforeAll(async () => {
  service = await startService();
  const prisma = service.db.prisma;
  capture = statementLog(service.db);
  // Names of mixed case and numbers, so that their key order is not their byte order.
  const kinds = ["PROXMOX", "NETBOX", "FASTAPI"] as const;
  await prisma.endpoint.createMany({
    data: kinds.flatMap((kind) =>
      Array.from({ length: PER_KIND }, (_, index) => ({
        kind,
        name: `${index % 2 ? "Node" : "node"}-${index % 97}-${index}`,
        domain: "host.example.com",
        port: 443,
        verifySsl: true,
      })),
    ),
  });
  await prisma.tag.createMany({
    data: Array.from({ length: TAGS }, (_, index) => ({ name: `${index % 2 ? "Tag" : "tag"} ${index}`, slug: `tag-${index}` })),
  });
  await service.db.driver.exec("ANALYZE endpoint; ANALYZE tag");
}, 120_000);

afterAll(async () => {
  await service?.close();
});

/** The plan of the statement that read the page of `table`, for the request `run` sends. */
async function planOf(table: string, run: () => Promise<unknown>): Promise<string> {
  const statements = await capture(run);
  const page = statements.find((statement) => statement.query.includes(`FROM "public"."${table}"`) && /ORDER BY/.test(statement.query));
  expect(page, `the page statement among ${statements.length}`).toBeDefined();
  const rows = await service.db.driver.query<{ "QUERY PLAN": string }>(`EXPLAIN ${page!.query}`, JSON.parse(page!.params) as unknown[]);
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

/** The plan reads the index in the list's order and sorts nothing (an incremental sort only orders rows that tie on the index's leading column). */
function expectServedBy(plan: string, index: string, backward = false) {
  expect(plan, plan).toMatch(new RegExp(`Index Scan ${backward ? "Backward " : ""}using ${index} on`));
  expect(plan, plan).not.toMatch(/(^|->\s+)Sort\b/m);
  expect(plan, plan).not.toMatch(/Seq Scan/);
}

/** The plan starts the scan at the cursor: an index condition on the leading key. */
function expectStartsAtCursor(plan: string) {
  expect(plan, plan).toMatch(/Index Cond: \(.*name_sort [<>]= /);
}

describe("a page in name order", () => {
  it("across kinds is read off the (name_sort, id) index, from the cursor on", async () => {
    let cursor: string | null | undefined;
    const first = await planOf("endpoint", async () => {
      cursor = (await service.ok(Endpoints, { first: PAGE })).endpoints.pageInfo.endCursor;
    });
    expectServedBy(first, "endpoint_name_sort_id_idx");
    const next = await planOf("endpoint", () => service.ok(Endpoints, { first: PAGE, after: cursor }));
    expectServedBy(next, "endpoint_name_sort_id_idx");
    expectStartsAtCursor(next);
  });

  it("of one kind is read off the (kind, name_sort, id) index, from the cursor on", async () => {
    let cursor: string | null | undefined;
    const first = await planOf("endpoint", async () => {
      cursor = (await service.ok(ProxmoxEndpoints, { first: PAGE })).proxmoxEndpoints.pageInfo.endCursor;
    });
    expectServedBy(first, "endpoint_kind_name_sort_id_idx");
    const next = await planOf("endpoint", () => service.ok(ProxmoxEndpoints, { first: PAGE, after: cursor }));
    expectServedBy(next, "endpoint_kind_name_sort_id_idx");
    expectStartsAtCursor(next);
  });

  it("in NAME DESC reads the same indexes backwards", async () => {
    let cursor: string | null | undefined;
    const first = await planOf("endpoint", async () => {
      cursor = (await service.ok(Endpoints, { orderBy: NAME_DESC, first: PAGE })).endpoints.pageInfo.endCursor;
    });
    expectServedBy(first, "endpoint_name_sort_id_idx", true);
    const next = await planOf("endpoint", () => service.ok(Endpoints, { orderBy: NAME_DESC, first: PAGE, after: cursor }));
    expectServedBy(next, "endpoint_name_sort_id_idx", true);
    expectStartsAtCursor(next);
    const kind = await planOf("endpoint", () => service.ok(ProxmoxEndpoints, { orderBy: NAME_DESC, first: PAGE }));
    expectServedBy(kind, "endpoint_kind_name_sort_id_idx", true);
  });

  it("of tags is read off the (name_sort, id) index of tags", async () => {
    let cursor: string | null | undefined;
    const first = await planOf("tag", async () => {
      cursor = (await service.ok(Tags, { first: PAGE })).tags.pageInfo.endCursor;
    });
    expectServedBy(first, "tag_name_sort_id_idx");
    const next = await planOf("tag", () => service.ok(Tags, { first: PAGE, after: cursor }));
    expectServedBy(next, "tag_name_sort_id_idx");
    expectStartsAtCursor(next);
  });
});
