// Many writers at once lose nothing: after parallel creates and updates, the database holds exactly
// the rows and values that the successful responses promised, on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/gql.js";
import { startService, type TestService } from "../support/service.js";

// A Proxmox endpoint carries a credential, given again when it moves (a new port here).
const PASSWORD = "concurrency-password";
const Create = graphql(`
  mutation ConcurrencyCreate($input: CreateProxmoxEndpointInput!) {
    createProxmoxEndpoint(input: $input) {
      proxmoxEndpoint {
        databaseId
        name
        port
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Update = graphql(`
  mutation ConcurrencyUpdate($input: UpdateProxmoxEndpointInput!) {
    updateProxmoxEndpoint(input: $input) {
      proxmoxEndpoint {
        databaseId
        port
        tags {
          slug
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const CreateTag = graphql(`
  mutation ConcurrencyTag($name: String!) {
    createTag(input: { name: $name }) {
      tag {
        id
      }
    }
  }
`);

for (const kind of ["pglite", "postgres"] as const) {
  describe(`concurrent writers on ${kind}`, () => {
    let service: TestService;
    beforeAll(async () => {
      service = await startService({}, kind);
    });
    afterAll(async () => {
      await service?.close();
    });

    it("creates exactly the endpoints whose creation succeeded, once per name", async () => {
      // 60 requests for 40 names: 20 names are asked for twice, and only one of each pair may win.
      const names = Array.from({ length: 60 }, (_, index) => `busy-${index % 40}`);
      const results = await Promise.all(
        names.map((name, index) =>
          service.gql(Create, { input: { name, domain: "pve.example.com", port: 1000 + index, password: PASSWORD } }),
        ),
      );
      const won = results.map((result) => result.data?.createProxmoxEndpoint.proxmoxEndpoint).filter((endpoint) => endpoint != null);
      const lost = results.filter((result) => result.data?.createProxmoxEndpoint.userErrors.some((error) => error.code === "TAKEN"));
      expect(results.every((result) => result.status === 200 && !result.errors)).toBe(true);
      expect(won).toHaveLength(40);
      expect(lost).toHaveLength(20);
      const stored = await service.db.prisma.endpoint.findMany({
        where: { name: { startsWith: "busy-" } },
        select: { id: true, name: true, port: true },
      });
      expect(stored.map((row) => [row.id, row.name, row.port]).sort()).toEqual(
        won.map((endpoint) => [endpoint.databaseId, endpoint.name, endpoint.port]).sort(),
      );
      expect(await service.db.prisma.proxmoxEndpoint.count({ where: { endpointId: { in: stored.map((row) => row.id) } } })).toBe(40);
    });

    it("keeps every update to distinct rows, and one of the competing updates to the same row", async () => {
      const rows = await service.db.prisma.endpoint.findMany({
        where: { name: { startsWith: "busy-" } },
        select: { id: true },
        orderBy: { id: "asc" },
      });
      const tags = await Promise.all(
        ["a", "b", "c"].map(async (name) => (await service.ok(CreateTag, { name: `${kind}-${name}` })).createTag.tag!.id),
      );
      const distinct = await Promise.all(
        rows.map((row, index) =>
          service.gql(Update, { input: { id: String(row.id), port: 20_000 + index, password: PASSWORD, tagIds: [tags[index % 3]!] } }),
        ),
      );
      expect(distinct.every((result) => result.data?.updateProxmoxEndpoint.userErrors.length === 0)).toBe(true);
      const after = await service.db.prisma.endpoint.findMany({
        where: { id: { in: rows.map((row) => row.id) } },
        select: { id: true, port: true, tags: { select: { slug: true } } },
        orderBy: { id: "asc" },
      });
      expect(after.map((row) => row.port)).toEqual(rows.map((_, index) => 20_000 + index));
      expect(after.every((row, index) => row.tags.length === 1 && row.tags[0]!.slug === `${kind}-${"abc"[index % 3]}`)).toBe(true);

      const target = rows[0]!.id;
      const competing = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          service.gql(Update, { input: { id: String(target), port: 30_000 + index, password: PASSWORD } }),
        ),
      );
      const promised = competing.map((result) => result.data?.updateProxmoxEndpoint.proxmoxEndpoint?.port);
      expect(promised.every((port) => port !== undefined)).toBe(true);
      const final = await service.db.prisma.endpoint.findUniqueOrThrow({ where: { id: target }, select: { port: true } });
      expect(Array.from({ length: 20 }, (_, index) => 30_000 + index)).toContain(final.port);
    });
  });
}
