// The embedded database survives `kill -9`: what was committed before is there after a restart,
// and the data folder opens again.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServiceProcess, type ServiceProcess } from "../support/process.js";

const ADMIN = "Crash_test_token_0123456789abcdefghijklmnopqrstu";
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "proxbox-crash-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function graphql(service: ServiceProcess, query: string) {
  const response = await fetch(`${service.origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Token ${ADMIN}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, any> };
}

const start = () => startServiceProcess({ DATABASE_URL: `pglite:${join(dir, "pglite")}`, PROXBOX_ADMIN_TOKEN: ADMIN });

describe("PGlite after kill -9", () => {
  it("keeps every committed write", async () => {
    const first = await start();
    const names: string[] = [];
    for (let index = 0; index < 20; index++) {
      const name = `durable-${index}`;
      const created = await graphql(
        first,
        `mutation { createProxmoxEndpoint(input: { name: "${name}", domain: "pve${index}.example.com", password: "pw-${index}" }) { proxmoxEndpoint { id } } }`,
      );
      expect(created.data?.createProxmoxEndpoint.proxmoxEndpoint.id).toBeTruthy();
      names.push(name);
    }
    // Writes still in progress when the process dies may be lost; committed ones may not.
    for (let index = 0; index < 10; index++) {
      void graphql(first, `mutation { createTag(input: { name: "racing-${index}" }) { tag { id } } }`).catch(() => undefined);
    }
    expect(await first.stop("SIGKILL")).toBeNull();

    const second = await start();
    try {
      const listed = await graphql(
        second,
        `
          {
            proxmoxEndpoints(first: 100, filter: { name: { startsWith: "durable-" } }) {
              totalCount
              nodes {
                name
                hasPassword
              }
            }
          }
        `,
      );
      expect(listed.data?.proxmoxEndpoints.totalCount).toBe(20);
      expect(listed.data?.proxmoxEndpoints.nodes.map((node: { name: string }) => node.name).sort()).toEqual([...names].sort());
      expect(listed.data?.proxmoxEndpoints.nodes.every((node: { hasPassword: boolean }) => node.hasPassword)).toBe(true);
      // The data folder takes writes again.
      const after = await graphql(
        second,
        `
          mutation {
            createTag(input: { name: "after-crash" }) {
              tag {
                id
              }
            }
          }
        `,
      );
      expect(after.data?.createTag.tag.id).toBeTruthy();
    } finally {
      expect(await second.stop("SIGTERM")).toBe(0);
    }
  });
});
