// The SQL a connection page costs: a constant number of statements whatever the page size, with
// the nested ipAddress, tags and (NetBox) token loaded in the page's own statement rather than
// once per row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/gql.js";
import { startService, type TestService } from "./support/service.js";
import { statementLog } from "./support/statement-log.js";

const NetBoxPage = graphql(`
  query ShapeNetBoxPage($first: Int!) {
    netBoxEndpoints(first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        display
        connectionUrl
        ipAddress {
          address
        }
        tags {
          slug
        }
        token {
          display
        }
      }
    }
  }
`);

const MixedPage = graphql(`
  query ShapeMixedPage($first: Int!) {
    endpoints(first: $first) {
      totalCount
      nodes {
        id
        name
        ipAddress {
          address
        }
        tags {
          slug
        }
        ... on ProxmoxEndpoint {
          mode
        }
        ... on NetBoxEndpoint {
          token {
            display
          }
        }
        ... on FastAPIEndpoint {
          useHttps
        }
      }
    }
  }
`);

const PAGE_SIZES = [1, 10, 100];
const PER_KIND = 110;

let service: TestService;
let capture: ReturnType<typeof statementLog>;

/** The Prisma statements one operation runs. */
async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  return (await capture(run)).map((statement) => statement.query);
}

beforeAll(async () => {
  service = await startService();
  const prisma = service.db.prisma;
  capture = statementLog(service.db);
  // Every endpoint has an IP address and two tags, and every NetBox endpoint a token: each nested
  // field has rows to load on every node of the page.
  const ip = await prisma.ipAddress.create({ data: { address: "198.51.100.7/24", family: 4 } });
  await Promise.all(["one", "two"].map((slug) => prisma.tag.create({ data: { name: slug, slug } })));
  const kinds = ["PROXMOX", "NETBOX", "FASTAPI"] as const;
  await prisma.endpoint.createMany({
    data: kinds.flatMap((kind) =>
      Array.from({ length: PER_KIND }, (_, index) => ({
        kind,
        name: `${kind.toLowerCase()}-${index}`,
        ipAddressId: ip.id,
        port: 443,
        verifySsl: true,
      })),
    ),
  });
  const rows = await prisma.endpoint.findMany({ select: { id: true, kind: true } });
  const idsOf = (kind: (typeof kinds)[number]) => rows.filter((row) => row.kind === kind).map((row) => row.id);
  await prisma.proxmoxEndpoint.createMany({ data: idsOf("PROXMOX").map((endpointId) => ({ endpointId })) });
  // A credential token is linked by one endpoint at a time: each NetBox endpoint has its own.
  const netboxIds = idsOf("NETBOX");
  await prisma.token.createMany({
    data: netboxIds.map((endpointId) => ({
      version: "V1" as const,
      purpose: "NETBOX_CREDENTIAL" as const,
      digest: endpointId.toString(16).padStart(64, "d"),
      plaintext: "p".repeat(40),
      hint: "pppp",
    })),
  });
  const tokens = await prisma.token.findMany({ where: { purpose: "NETBOX_CREDENTIAL" }, select: { id: true }, orderBy: { id: "asc" } });
  await prisma.netboxEndpoint.createMany({
    data: netboxIds.map((endpointId, index) => ({ endpointId, tokenId: tokens[index]!.id })),
  });
  await prisma.fastapiEndpoint.createMany({ data: idsOf("FASTAPI").map((endpointId) => ({ endpointId, token: "t".repeat(64) })) });
  await service.db.driver.query(`INSERT INTO "_EndpointTags" ("A", "B") SELECT e.id, t.id FROM endpoint e CROSS JOIN tag t`);
});

afterAll(async () => {
  await service?.close();
});

describe("query shape", () => {
  it("a page of one kind runs the same statements, at most 7 with totalCount, for 1, 10 and 100 rows", async () => {
    const counts: number[] = [];
    for (const first of PAGE_SIZES) {
      let page: unknown;
      const sql = await statementsOf(async () => {
        page = await service.ok(NetBoxPage, { first });
      });
      const nodes = (page as { netBoxEndpoints: { nodes: { tags: unknown[]; ipAddress: unknown; token: unknown }[] } }).netBoxEndpoints
        .nodes;
      expect(nodes).toHaveLength(first);
      for (const node of nodes) {
        expect(node.tags).toHaveLength(2);
        expect(node.ipAddress).not.toBeNull();
        expect(node.token).not.toBeNull();
      }
      counts.push(sql.length);
    }
    // The page, one statement per relation for the whole page (the NetBox detail, its token, the IP
    // address, the tags and their join table) and the COUNT: never one per row.
    expect(counts[0], "statements are captured").toBeGreaterThan(0);
    expect(counts[0]).toBeLessThanOrEqual(7);
    expect(new Set(counts).size, `statements per page size ${PAGE_SIZES.join(", ")}: ${counts.join(", ")}`).toBe(1);
  });

  it("the cross-kind list loads every kind's own fields in constant statements too", async () => {
    const counts: number[] = [];
    for (const first of PAGE_SIZES) {
      const sql = await statementsOf(() => service.ok(MixedPage, { first }));
      counts.push(sql.length);
    }
    // As above, with every kind's detail: one statement each.
    expect(counts[0]).toBeLessThanOrEqual(8);
    expect(new Set(counts).size, `statements per page size: ${counts.join(", ")}`).toBe(1);
  });
});
