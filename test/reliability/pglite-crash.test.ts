// The embedded database survives `kill -9`: what was committed before is there after a restart,
// and the data folder opens again; so does a folder whose making was cut short.
import { once } from "node:events";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { folderState } from "../../src/db/pglite-snapshot.js";
import { spawnService, startServiceProcess, type ServiceProcess } from "../support/process.js";

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

const start = (env: Record<string, string> = { DATABASE_URL: `pglite:${join(dir, "pglite")}`, PROXBOX_ADMIN_TOKEN: ADMIN }) =>
  startServiceProcess(env);

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

describe("PGlite killed with -9 while it makes a new data folder", () => {
  it("leaves a folder the next start makes again or opens: never one that looks made but is not", async () => {
    const states: string[] = [];
    // From before the folder is touched to after it is made (a start here takes one to two seconds).
    for (let delay = 100; delay <= 1300; delay += 75) {
      const folder = join(dir, `new-${delay}`, "pglite");
      const env = { DATABASE_URL: `pglite:${folder}`, PROXBOX_ADMIN_TOKEN: ADMIN };
      const child = spawnService(env);
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill("SIGKILL");
      await once(child, "close");
      states.push(existsSync(folder) ? await folderState(folder) : "none");

      const next = await start(env);
      try {
        const listed = await graphql(
          next,
          `
            {
              tags(first: 1) {
                totalCount
              }
            }
          `,
        );
        expect(listed.data?.tags.totalCount, `killed after ${delay} ms`).toBe(0);
      } finally {
        expect(await next.stop("SIGTERM")).toBe(0);
      }
    }
    // What the kills found (empty, interrupted: being filled, other: made), for whoever reads the log.
    console.log(`folder states after kill -9: ${states.join(", ")}`);
  });
});
