// IP addresses, tags and tokens: the objects endpoints refer to, and the rules that protect them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/gql.js";
import { startService, type TestService } from "./support/service.js";
import { withProxmoxCredentials } from "./support/proxmox-credentials.js";

const CreateIp = graphql(`
  mutation ObjectsCreateIp($input: CreateIPAddressInput!) {
    createIpAddress(input: $input) {
      ipAddress {
        id
        databaseId
        address
        family
        dnsName
        description
        display
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const DeleteIp = graphql(`
  mutation ObjectsDeleteIp($id: ID!) {
    deleteIpAddress(input: { id: $id }) {
      deletedId
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const CreateTag = graphql(`
  mutation ObjectsCreateTag($input: CreateTagInput!) {
    createTag(input: $input) {
      tag {
        id
        name
        slug
        color
        description
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const DeleteTag = graphql(`
  mutation ObjectsDeleteTag($id: ID!) {
    deleteTag(input: { id: $id }) {
      deletedId
      userErrors {
        field
        code
      }
    }
  }
`);

const CreateToken = graphql(`
  mutation ObjectsCreateToken($input: CreateTokenInput!) {
    createToken(input: $input) {
      token {
        id
        databaseId
        version
        key
        display
        description
        writeEnabled
        expires
      }
      plaintext
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const DeleteToken = graphql(`
  mutation ObjectsDeleteToken($id: ID!) {
    deleteToken(input: { id: $id }) {
      deletedId
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const CreateProxmox = graphql(`
  mutation ObjectsCreateProxmox($input: CreateProxmoxEndpointInput!) {
    createProxmoxEndpoint(input: $input) {
      proxmoxEndpoint {
        id
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

const CreateNetbox = graphql(`
  mutation ObjectsCreateNetbox($input: CreateNetBoxEndpointInput!) {
    createNetBoxEndpoint(input: $input) {
      netBoxEndpoint {
        id
        token {
          id
          display
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const DeleteProxmox = graphql(`
  mutation ObjectsDeleteProxmox($id: ID!) {
    deleteProxmoxEndpoint(input: { id: $id }) {
      deletedId
    }
  }
`);

const Viewer = graphql(`
  query ObjectsViewer {
    viewer {
      id
    }
  }
`);

let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(async () => {
  await service?.close();
});

describe("IP addresses", () => {
  it("stores an address with its prefix length, adding /32 or /128 when none is given", async () => {
    const v4 = (await service.ok(CreateIp, { input: { address: "192.0.2.10/24", dnsName: "pve.example.com" } })).createIpAddress;
    expect(v4.ipAddress).toMatchObject({ address: "192.0.2.10/24", family: 4, dnsName: "pve.example.com", display: "192.0.2.10/24" });
    const bare = (await service.ok(CreateIp, { input: { address: "192.0.2.11" } })).createIpAddress;
    expect(bare.ipAddress?.address).toBe("192.0.2.11/32");
    const v6 = (await service.ok(CreateIp, { input: { address: "2001:DB8::1" } })).createIpAddress;
    expect(v6.ipAddress).toMatchObject({ address: "2001:db8::1/128", family: 6 });
  });

  it.each(["10.0.0.256", "10.0.0.1/33", "2001:db8::1/129", "not-an-ip", "", "10.0.0.1/24/1", "10.0.0.1/-1"])(
    "refuses %j as INVALID on address, writing nothing",
    async (address) => {
      const before = await service.db.prisma.ipAddress.count();
      const result = (await service.ok(CreateIp, { input: { address } })).createIpAddress;
      expect(result.ipAddress).toBeNull();
      expect(result.userErrors).toEqual([expect.objectContaining({ field: ["address"], code: "INVALID" })]);
      expect(await service.db.prisma.ipAddress.count()).toBe(before);
    },
  );

  it("limits dnsName and description", async () => {
    const result = (
      await service.ok(CreateIp, { input: { address: "192.0.2.12", dnsName: "a".repeat(256), description: "d".repeat(201) } })
    ).createIpAddress;
    expect(result.userErrors.map((error) => [error.field, error.code])).toEqual([
      [["dnsName"], "TOO_LONG"],
      [["description"], "TOO_LONG"],
    ]);
  });

  it("cannot be deleted while an endpoint uses it (IN_USE), and can be once unlinked", async () => {
    const ip = (await service.ok(CreateIp, { input: { address: "198.51.100.7/24" } })).createIpAddress.ipAddress!;
    const endpoint = (await service.ok(CreateProxmox, { input: withProxmoxCredentials({ name: "uses-ip", ipAddressId: ip.id }) }))
      .createProxmoxEndpoint.proxmoxEndpoint!;
    const refused = (await service.ok(DeleteIp, { id: ip.id })).deleteIpAddress;
    expect(refused.deletedId).toBeNull();
    expect(refused.userErrors).toEqual([expect.objectContaining({ field: ["id"], code: "IN_USE" })]);
    expect(await service.db.prisma.ipAddress.count({ where: { id: ip.databaseId } })).toBe(1);

    await service.ok(DeleteProxmox, { id: endpoint.id });
    const deleted = (await service.ok(DeleteIp, { id: ip.id })).deleteIpAddress;
    expect(deleted).toEqual({ deletedId: ip.id, userErrors: [] });
    expect(await service.db.prisma.ipAddress.count({ where: { id: ip.databaseId } })).toBe(0);
  });

  it("is protected by the database too, whatever writes to it", async () => {
    const ip = (await service.ok(CreateIp, { input: { address: "198.51.100.8/24" } })).createIpAddress.ipAddress!;
    await service.ok(CreateProxmox, { input: withProxmoxCredentials({ name: "uses-ip-2", ipAddressId: ip.id }) });
    await expect(service.db.prisma.ipAddress.delete({ where: { id: ip.databaseId } })).rejects.toThrow();
  });

  it("answers NOT_FOUND for an unknown or foreign ID", async () => {
    const tag = (await service.ok(CreateTag, { input: { name: "not-an-ip" } })).createTag.tag!;
    for (const id of ["999999", "SVBBZGRyZXNzOjk5OTk5OQ==", tag.id, "garbage"]) {
      const result = (await service.ok(DeleteIp, { id })).deleteIpAddress;
      expect(result.userErrors).toEqual([expect.objectContaining({ field: ["id"], code: "NOT_FOUND" })]);
    }
  });
});

describe("tags", () => {
  it("makes a slug from the name and takes a default colour", async () => {
    const tag = (await service.ok(CreateTag, { input: { name: "  Production Cluster " } })).createTag.tag!;
    expect(tag).toMatchObject({ name: "Production Cluster", slug: "production-cluster", color: "9e9e9e", description: "" });
  });

  it("normalizes a colour given with '#'", async () => {
    const tag = (await service.ok(CreateTag, { input: { name: "Coloured", slug: "coloured", color: "#FF00aa" } })).createTag.tag!;
    expect(tag.color).toBe("ff00aa");
  });

  it("reports every problem at once and writes nothing", async () => {
    const before = await service.db.prisma.tag.count();
    const result = (await service.ok(CreateTag, { input: { name: " ", slug: "bad slug!", color: "blue", description: "x".repeat(201) } }))
      .createTag;
    expect(result.tag).toBeNull();
    expect(result.userErrors.map((error) => [error.field, error.code])).toEqual([
      [["name"], "BLANK"],
      [["slug"], "INVALID"],
      [["color"], "INVALID"],
      [["description"], "TOO_LONG"],
    ]);
    expect(await service.db.prisma.tag.count()).toBe(before);
  });

  it("refuses a taken name or slug", async () => {
    await service.ok(CreateTag, { input: { name: "Unique", slug: "unique" } });
    const sameName = (await service.ok(CreateTag, { input: { name: "Unique", slug: "other" } })).createTag;
    expect(sameName.userErrors).toEqual([expect.objectContaining({ field: ["name"], code: "TAKEN" })]);
    const sameSlug = (await service.ok(CreateTag, { input: { name: "Another", slug: "unique" } })).createTag;
    expect(sameSlug.userErrors).toEqual([expect.objectContaining({ field: ["slug"], code: "TAKEN" })]);
  });

  it("is removed from the endpoints that carried it when deleted", async () => {
    const tag = (await service.ok(CreateTag, { input: { name: "Doomed" } })).createTag.tag!;
    const endpoint = (
      await service.ok(CreateProxmox, { input: withProxmoxCredentials({ name: "tagged", domain: "pve", tagIds: [tag.id] }) })
    ).createProxmoxEndpoint.proxmoxEndpoint!;
    expect(endpoint.tags).toEqual([{ slug: "doomed" }]);
    expect((await service.ok(DeleteTag, { id: tag.id })).deleteTag).toEqual({ deletedId: tag.id, userErrors: [] });
    const links = await service.db.prisma.endpoint.findFirstOrThrow({ where: { name: "tagged" }, select: { tags: true } });
    expect(links.tags).toEqual([]);
  });
});

describe("tokens", () => {
  it("creates a v2 token by default and shows its plaintext once, usable as Bearer", async () => {
    const created = (await service.ok(CreateToken, { input: { description: "ci" } })).createToken;
    expect(created.token).toMatchObject({ version: "V2", description: "ci", writeEnabled: true, expires: null });
    expect(created.plaintext).toMatch(/^nbt_[0-9a-f]{12}\.[0-9a-f]{40}$/);
    expect(created.token?.key).toBe(created.plaintext!.slice(4, 16));
    const stored = await service.db.prisma.token.findFirstOrThrow({ where: { key: created.token!.key } });
    // Only a digest of the secret is kept.
    expect(stored.plaintext).toBeNull();
    expect(JSON.stringify(stored)).not.toContain(created.plaintext!.slice(17));
    const asViewer = await service.gql(Viewer, {}, { token: created.plaintext });
    expect(asViewer.data?.viewer.id).toBe(created.token!.id);
  });

  it("creates a v1 token whose plaintext is 40 hex characters and works as Token", async () => {
    const created = (await service.ok(CreateToken, { input: { version: "V1", writeEnabled: false } })).createToken;
    expect(created.plaintext).toMatch(/^[0-9a-f]{40}$/);
    expect(created.token).toMatchObject({
      version: "V1",
      key: null,
      writeEnabled: false,
      display: `${"*".repeat(34)}${created.plaintext!.slice(-6)}`,
    });
    const asViewer = await service.gql(Viewer, {}, { token: created.plaintext });
    expect(asViewer.status).toBe(200);
  });

  it("refuses an expiry in the past", async () => {
    const result = (await service.ok(CreateToken, { input: { expires: new Date(Date.now() - 60_000).toISOString() } })).createToken;
    expect(result.token).toBeNull();
    expect(result.plaintext).toBeNull();
    expect(result.userErrors).toEqual([expect.objectContaining({ field: ["expires"], code: "INVALID" })]);
  });

  it("cannot be deleted while a NetBox endpoint links to it (IN_USE)", async () => {
    const token = (await service.ok(CreateToken, { input: { purpose: "NETBOX_CREDENTIAL" } })).createToken.token!;
    const endpoint = (await service.ok(CreateNetbox, { input: { name: "nb-linked", domain: "netbox.example.com", tokenId: token.id } }))
      .createNetBoxEndpoint;
    expect(endpoint.netBoxEndpoint?.token?.id).toBe(token.id);
    const refused = (await service.ok(DeleteToken, { id: token.id })).deleteToken;
    expect(refused.userErrors).toEqual([expect.objectContaining({ field: ["id"], code: "IN_USE" })]);
    expect(await service.db.prisma.token.count({ where: { id: token.databaseId } })).toBe(1);
  });

  it("stops authenticating once deleted", async () => {
    const created = (await service.ok(CreateToken, { input: {} })).createToken;
    expect((await service.ok(DeleteToken, { id: created.token!.id })).deleteToken.deletedId).toBe(created.token!.id);
    const result = await service.gql(Viewer, {}, { token: created.plaintext });
    expect(result.status).toBe(401);
  });
});
