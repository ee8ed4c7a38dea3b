// The outbox's rules, with the in-memory upstreams: which rows a write makes, that newer changes
// replace pending ones, that a backend added later receives every endpoint, and that a write that
// is refused queues nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "./generated/gql.js";
import { startBackendDeliverer } from "../src/sync/backend-deliverer.js";
import { inMemoryUpstreams } from "./support/in-memory-upstreams.js";
import { startService, type TestService } from "./support/service.js";

const CreateProxmox = graphql(`
  mutation OutboxCreateProxmox($input: CreateProxmoxEndpointInput!) {
    createProxmoxEndpoint(input: $input) {
      proxmoxEndpoint {
        id
        databaseId
      }
      userErrors {
        code
      }
    }
  }
`);

const UpdateProxmox = graphql(`
  mutation OutboxUpdateProxmox($input: UpdateProxmoxEndpointInput!) {
    updateProxmoxEndpoint(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const CreateFastApi = graphql(`
  mutation OutboxCreateFastApi($input: CreateFastAPIEndpointInput!) {
    createFastApiEndpoint(input: $input) {
      fastApiEndpoint {
        id
        databaseId
      }
    }
  }
`);

const DeleteFastApi = graphql(`
  mutation OutboxDeleteFastApi($input: IdInput!) {
    deleteFastApiEndpoint(input: $input) {
      deletedId
    }
  }
`);

const upstreams = inMemoryUpstreams();
let service: TestService;

beforeAll(async () => {
  service = await startService({ upstreams });
});
afterAll(() => service.close());
beforeEach(() => upstreams.clear());

const rows = () =>
  service.db.prisma.backendOutbox.findMany({
    select: { backendId: true, endpointId: true, operation: true, state: true, version: true },
    orderBy: [{ backendId: "asc" }, { endpointId: "asc" }],
  });

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let round = 0; round < 500; round++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting until ${what}`);
}

describe("the backend outbox", () => {
  it("queues nothing without a backend, everything for a backend added later, and coalesces changes", async () => {
    const created = await service.ok(CreateProxmox, { input: { name: "pve-o1", domain: "pve-o1.example.com", password: "pw-o1" } });
    const proxmox = created.createProxmoxEndpoint.proxmoxEndpoint!;
    expect(await rows()).toEqual([]);

    const backend = (await service.ok(CreateFastApi, { input: { name: "backend-o", domain: "backend.example.com" } })).createFastApiEndpoint
      .fastApiEndpoint!;
    expect(await rows()).toEqual([
      { backendId: backend.databaseId, endpointId: proxmox.databaseId, operation: "UPSERT", state: "PENDING", version: 1 },
    ]);

    // Two changes before any delivery: one row, its version counting both.
    await service.ok(UpdateProxmox, { input: { id: proxmox.id, name: "pve-o1-a" } });
    await service.ok(UpdateProxmox, { input: { id: proxmox.id, name: "pve-o1-b" } });
    expect(await rows()).toEqual([
      { backendId: backend.databaseId, endpointId: proxmox.databaseId, operation: "UPSERT", state: "PENDING", version: 3 },
    ]);

    // A refused write queues nothing.
    const refused = await service.ok(UpdateProxmox, { input: { id: proxmox.id, name: "" } });
    expect(refused.updateProxmoxEndpoint.userErrors).toEqual([{ code: "BLANK" }]);
    expect((await rows())[0]!.version).toBe(3);

    const deliverer = startBackendDeliverer(
      { db: service.db, upstreams },
      { warn: () => undefined, debug: () => undefined },
      { pollMs: 50 },
    );
    try {
      await until(async () => (await rows())[0]?.state === "IN_STEP", "the row is delivered");
    } finally {
      await deliverer.stop();
    }
    // Delivered once, with the latest state.
    const writes = upstreams.calls.filter((call) => call.call === "backend.create" || call.call === "backend.update");
    expect(writes.map((call) => ("payload" in call ? String(call.payload.name) : ""))).toEqual([`pve-o1-b (nb:${proxmox.databaseId})`]);
    expect(upstreams.backendRows.PROXMOX).toHaveLength(1);

    // A backend's rows go with it.
    await service.ok(DeleteFastApi, { input: { id: backend.id } });
    expect(await rows()).toEqual([]);
  });
});
