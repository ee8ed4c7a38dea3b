// The example client (examples/) against a live server over HTTP: it lists, creates and updates
// endpoints of every kind through its typed documents, and its command line does the same.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  allEndpoints,
  createClient,
  createEndpoint,
  GraphQLRequestError,
  kindOfGlobalId,
  listEndpoints,
  updateEndpoint,
  type Client,
} from "../examples/client.js";
import * as exampleDocuments from "../examples/generated/graphql.js";
import { seedDemoEndpoints } from "../src/data/demo.js";
import * as testDocuments from "./generated/graphql.js";
import { runScript } from "./support/cli.js";
import { startService, type TestService } from "./support/service.js";

let service: TestService;
let url: string;
let client: Client;

beforeAll(async () => {
  service = await startService();
  url = `${(await service.listen()).origin}/graphql`;
  client = createClient({ url, token: service.writeToken });
});
afterAll(async () => {
  await service?.close();
});

describe("the example client", () => {
  it("lists the demo endpoints (npm run seed -- --demo) with their kinds' fields", async () => {
    await seedDemoEndpoints(service.db);
    const page = await listEndpoints(client, { first: 10 });
    expect(page.totalCount).toBe(3);
    expect(page.nodes.map((endpoint) => [endpoint.__typename, endpoint.display, endpoint.connectionUrl])).toEqual([
      ["ProxmoxEndpoint", "prod-proxmox (proxmox.example.com)", "https://proxmox.example.com:8006"],
      ["FastAPIEndpoint", "proxbox-backend (proxbox-api.example.com)", "https://proxbox-api.example.com:8800"],
      ["NetBoxEndpoint", "remote-netbox (netbox.example.com)", "https://netbox.example.com:443"],
    ]);
    const proxmox = page.nodes[0]!;
    expect(proxmox.__typename === "ProxmoxEndpoint" && [proxmox.mode, proxmox.version, proxmox.hasTokenValue]).toEqual([
      "CLUSTER",
      "8.1.4",
      true,
    ]);
    const netbox = (await listEndpoints(client, { kind: ["NETBOX"] })).nodes[0]!;
    expect(netbox.__typename === "NetBoxEndpoint" && [netbox.tokenVersion, netbox.tokenKey, netbox.hasTokenSecret]).toEqual([
      "V2",
      "my-key-id",
      true,
    ]);
  });

  it("creates an endpoint of each kind, and gets userErrors back for a bad input", async () => {
    const proxmox = await createEndpoint(client, "PROXMOX", {
      name: "pve-lab",
      domain: "pve-lab.example.com",
      tokenName: "ci",
      tokenValue: "secret",
    });
    expect(proxmox.userErrors).toEqual([]);
    expect(proxmox.endpoint).toMatchObject({ __typename: "ProxmoxEndpoint", name: "pve-lab", port: 8006, hasTokenValue: true });
    const netbox = await createEndpoint(client, "NETBOX", {
      name: "nb-lab",
      domain: "nb-lab.example.com",
      tokenVersion: "V2",
      tokenKey: "k",
      tokenSecret: "s",
    });
    expect(netbox.endpoint).toMatchObject({ __typename: "NetBoxEndpoint", tokenVersion: "V2", hasTokenSecret: true });
    const fastapi = await createEndpoint(client, "FASTAPI", { name: "api-lab", domain: "localhost", port: 1, useWebsocket: true });
    expect(fastapi.endpoint).toMatchObject({ __typename: "FastAPIEndpoint", useHttps: false, websocketUrl: "ws://localhost:8800" });

    const refused = await createEndpoint(client, "NETBOX", { name: "nb-lab", tokenVersion: "V2" });
    expect(refused.endpoint).toBeNull();
    expect(refused.userErrors.map((error) => [error.field, error.code]).sort()).toEqual([
      [["domain"], "REQUIRED"],
      [["ipAddressId"], "REQUIRED"],
      [["name"], "TAKEN"],
      [["tokenKey"], "REQUIRED"],
      [["tokenSecret"], "REQUIRED"],
    ]);
  });

  it("updates endpoints of each kind by their global IDs", async () => {
    const all = [];
    for await (const endpoint of allEndpoints(client, { q: "lab", first: 1 })) all.push(endpoint);
    expect(all.map((endpoint) => endpoint.name)).toEqual(["api-lab", "nb-lab", "pve-lab"]);
    for (const endpoint of all) {
      const kind = kindOfGlobalId(endpoint.id)!;
      // A new port sends the stored secrets somewhere new: they are given again.
      const secrets = { PROXMOX: { tokenValue: "secret" }, NETBOX: { tokenSecret: "s" }, FASTAPI: {} }[kind];
      const updated = await updateEndpoint(client, kind, { id: endpoint.id, port: 9443, verifySsl: true, ...secrets });
      expect(updated.userErrors).toEqual([]);
      expect(updated.endpoint).toMatchObject({ id: endpoint.id, port: 9443, verifySsl: true });
    }
    const wrong = await updateEndpoint(client, "PROXMOX", { id: all[2]!.id, port: 70000, tokenValue: "secret" });
    expect(wrong.userErrors).toEqual([{ field: ["port"], code: "OUT_OF_RANGE", message: "The port field must be between 1 and 65535." }]);
  });

  it("reports the service's refusals as GraphQLRequestError with the HTTP status and code", async () => {
    const readOnly = createClient({ url, token: service.readToken });
    expect((await listEndpoints(readOnly)).totalCount).toBe(6);
    const error = await createEndpoint(readOnly, "PROXMOX", { name: "nope", domain: "nope.example.com" }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect([(error as GraphQLRequestError).status, (error as GraphQLRequestError).code]).toEqual([403, "FORBIDDEN"]);
    const anonymous = await listEndpoints(createClient({ url, token: "nbt_nobody.nothing" })).catch((caught: unknown) => caught);
    expect([(anonymous as GraphQLRequestError).status, (anonymous as GraphQLRequestError).code]).toEqual([401, "UNAUTHENTICATED"]);
  });
});

describe("the example command line (npm run example)", () => {
  it("lists, creates and updates", async () => {
    const env = { PROXBOX_GRAPHQL_URL: url, PROXBOX_TOKEN: service.writeToken };
    const created = await runScript("examples/cli.ts", ["create", "proxmox", '{"name": "pve-cli", "domain": "pve-cli.example.com"}'], env);
    expect(created.stderr).toBe("");
    const endpoint = JSON.parse(created.stdout) as { id: string; port: number };
    expect(endpoint.port).toBe(8006);

    const updated = await runScript("examples/cli.ts", ["update", endpoint.id, '{"port": 8443}'], env);
    expect(JSON.parse(updated.stdout)).toMatchObject({ id: endpoint.id, port: 8443 });

    const listed = await runScript("examples/cli.ts", ["list", "--q", "cli", "--json"], env);
    expect(JSON.parse(listed.stdout)).toMatchObject({ totalCount: 1, nodes: [{ id: endpoint.id, name: "pve-cli" }] });

    const refused = await runScript("examples/cli.ts", ["update", endpoint.id, '{"domain": "not a domain"}'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("domain: Enter a domain name such as server.example.com in the domain field. (INVALID)");
  }, 120_000);
});

describe("operation names", () => {
  it("are unique across test/ and examples/", () => {
    const names = (module: object) => Object.keys(module).filter((name) => /(Document|FragmentDoc)$/.test(name));
    const shared = names(exampleDocuments).filter((name) => names(testDocuments).includes(name));
    expect(names(exampleDocuments).length).toBeGreaterThan(0);
    expect(shared).toEqual([]);
  });
});
