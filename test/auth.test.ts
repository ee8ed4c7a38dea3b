// Authentication and authorization: who may read, who may write, and how failures look.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../src/data/token-writes.js";
import { graphql } from "./generated/gql.js";
import { authorization, startService, type TestService } from "./support/service.js";

const Viewer = graphql(`
  query Viewer {
    viewer {
      id
      databaseId
      version
      key
      display
      writeEnabled
      lastUsed
    }
  }
`);

const CreateTag = graphql(`
  mutation AuthCreateTag($input: CreateTagInput!) {
    createTag(input: $input) {
      tag {
        id
      }
      userErrors {
        field
        code
      }
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

describe("authentication", () => {
  it("accepts a v2 token as Bearer nbt_<key>.<secret> and reports it as the viewer", async () => {
    const data = await service.ok(Viewer);
    expect(data.viewer.version).toBe("V2");
    expect(service.writeToken).toMatch(/^nbt_[0-9a-f]{12}\.[0-9a-f]{40}$/);
    expect(data.viewer.key).toBe(service.writeToken.slice(4, 16));
    expect(data.viewer.display).toBe(data.viewer.key);
    expect(data.viewer.writeEnabled).toBe(true);
  });

  it("accepts a v1 token as Token <plaintext> and shows only its last six characters", async () => {
    const result = await service.gql(Viewer, {}, { token: service.readToken });
    expect(result.status).toBe(200);
    expect(result.data?.viewer.version).toBe("V1");
    expect(result.data?.viewer.key).toBeNull();
    expect(result.data?.viewer.display).toBe(`${"*".repeat(34)}${service.readToken.slice(-6)}`);
  });

  it("keeps lastUsed", async () => {
    const before = Date.now();
    const { plaintext } = await createToken(service.db, { version: "V2" });
    const result = await service.gql(Viewer, {}, { token: plaintext });
    const lastUsed = Date.parse(result.data!.viewer.lastUsed!);
    expect(lastUsed).toBeGreaterThanOrEqual(before - 1000);
    expect(lastUsed).toBeLessThanOrEqual(Date.now() + 1000);
  });

  const rejected: [string, () => Record<string, string>][] = [
    ["no Authorization header", () => ({})],
    ["an unknown v1 token", () => ({ authorization: `Token ${"a".repeat(40)}` })],
    ["an unknown v2 key", () => ({ authorization: "Bearer nbt_000000000000.0000000000000000000000000000000000000000" })],
    ["a known v2 key with a wrong secret", () => ({ authorization: `Bearer ${service.writeToken.slice(0, 17)}${"f".repeat(40)}` })],
    ["a malformed header", () => ({ authorization: "Basic dXNlcjpwYXNz" })],
  ];
  for (const [what, headers] of rejected) {
    it(`answers 401 UNAUTHENTICATED to ${what}`, async () => {
      const response = await service.yoga.fetch("http://service.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers() },
        body: JSON.stringify({ query: "{ viewer { id } }" }),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect(body.data).toBeUndefined();
      expect(body.errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
    });
  }

  it("rejects an expired token", async () => {
    const { id, plaintext } = await createToken(service.db, { version: "V1" });
    await service.db.prisma.token.update({ where: { id }, data: { expires: new Date(Date.now() - 1000) } });
    const result = await service.gql(Viewer, {}, { token: plaintext });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("does not reveal the schema to an anonymous client, even through validation errors", async () => {
    const response = await service.yoga.fetch("http://service.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ endpoint { nam } }" }),
    });
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("Did you mean");
  });
});

describe("authorization", () => {
  it("lets a read-only token read", async () => {
    const result = await service.gql(Viewer, {}, { token: service.readToken });
    expect(result.errors).toBeUndefined();
    expect(result.data?.viewer.writeEnabled).toBe(false);
  });

  it("refuses a mutation from a read-only token with 403 FORBIDDEN, writing nothing", async () => {
    const before = await service.db.prisma.tag.count();
    const result = await service.gql(CreateTag, { input: { name: "read-only-attempt" } }, { token: service.readToken });
    expect(result.status).toBe(403);
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(result.data ?? null).toBeNull();
    expect(await service.db.prisma.tag.count()).toBe(before);
  });

  it("lets a write-enabled token mutate", async () => {
    const data = await service.ok(CreateTag, { input: { name: "written" } });
    expect(data.createTag.userErrors).toEqual([]);
    expect(data.createTag.tag?.id).toBeTruthy();
  });

  it("accepts the scheme names in any case", async () => {
    const response = await service.yoga.fetch("http://service.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: authorization(service.readToken).replace("Token", "token") },
      body: JSON.stringify({ query: "{ viewer { id } }" }),
    });
    expect(response.status).toBe(200);
  });
});
