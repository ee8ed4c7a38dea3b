// The example clients (examples/) against a live server over HTTP: the fetch client lists, creates
// and updates endpoints of every kind through its typed documents, and its command line does the
// same; Apollo Client and urql keep them in normalized caches, which the tests read back.
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
import * as apollo from "../examples/apollo.js";
import * as exampleDocuments from "../examples/generated/graphql.js";
import * as urql from "../examples/urql.js";
import { seedDemoEndpoints } from "../src/data/demo.js";
import * as testDocuments from "./generated/graphql.js";
import type {
  ApolloCache,
  ApolloClient,
  NormalizedCacheObject,
  ObservableQuery,
  OperationVariables,
  TypedDocumentNode,
} from "@apollo/client/core/index.js";
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
    const error = await createEndpoint(readOnly, "PROXMOX", { name: "nope", domain: "nope.example.com", password: "pw" }).catch(
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
    const created = await runScript(
      "examples/cli.ts",
      ["create", "proxmox", '{"name": "pve-cli", "domain": "pve-cli.example.com", "password": "pw-cli"}'],
      env,
    );
    expect(created.stderr).toBe("");
    const endpoint = JSON.parse(created.stdout) as { id: string; port: number };
    expect(endpoint.port).toBe(8006);

    const updated = await runScript("examples/cli.ts", ["update", endpoint.id, '{"port": 8443, "password": "pw-cli"}'], env);
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

/** A fetch that records the operation name of every request it sends. */
function recordingFetch(): { fetch: typeof fetch; operations: string[] } {
  const operations: string[] = [];
  return {
    operations,
    fetch: (input, init) => {
      operations.push((JSON.parse(typeof init?.body === "string" ? init.body : "{}") as { operationName?: string }).operationName ?? "?");
      return fetch(input, init);
    },
  };
}

/** Two endpoints of each kind, named `<prefix>-a-pve` … `<prefix>-f-api` (in name order). */
async function seedKinds(prefix: string): Promise<Record<"aPve" | "bNetbox" | "cApi" | "dPve" | "eNetbox" | "fApi", string>> {
  const created = async (result: Promise<{ endpoint: { id: string } | null; userErrors: unknown[] }>) => {
    const { endpoint, userErrors } = await result;
    expect(userErrors).toEqual([]);
    return endpoint!.id;
  };
  const proxmox = (letter: string) =>
    created(
      createEndpoint(client, "PROXMOX", { name: `${prefix}-${letter}-pve`, domain: `${prefix}-${letter}.example.com`, password: "pw" }),
    );
  const netbox = (letter: string) =>
    created(
      createEndpoint(client, "NETBOX", {
        name: `${prefix}-${letter}-netbox`,
        domain: `${prefix}-${letter}.example.com`,
        tokenVersion: "V2",
        tokenKey: `${prefix}-${letter}`,
        tokenSecret: "s",
      }),
    );
  const fastapi = (letter: string) =>
    created(createEndpoint(client, "FASTAPI", { name: `${prefix}-${letter}-api`, domain: `${prefix}-${letter}.example.com` }));
  return {
    aPve: await proxmox("a"),
    bNetbox: await netbox("b"),
    cApi: await fastapi("c"),
    dPve: await proxmox("d"),
    eNetbox: await netbox("e"),
    fApi: await fastapi("f"),
  };
}

/** The cache's entries that are endpoints, by key. */
function endpointEntries(cache: ApolloCache<NormalizedCacheObject>): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.entries(cache.extract()).filter(([, entry]) => /Endpoint$/.test(String(entry?.__typename)))) as Record<
    string,
    Record<string, unknown>
  >;
}

/** The references of a cached connection field of ROOT_QUERY whose arguments include `q`. */
function cachedListRefs(cache: ApolloCache<NormalizedCacheObject>, field: string, q: string): string[] {
  const root = cache.extract().ROOT_QUERY!;
  const [, list] = Object.entries(root).find(([name]) => name.startsWith(`${field}:`) && name.includes(`"q":"${q}"`))!;
  return (list as { edges: { node: { __ref: string } }[] }).edges.map((edge) => edge.node.__ref);
}

/** Watches a query as a view would; `latest` is what the view shows now (from the cache). */
async function watch<Data, Variables extends OperationVariables>(
  apolloClient: ApolloClient<NormalizedCacheObject>,
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<{ query: ObservableQuery<Data, Variables>; latest: () => Data }> {
  const observable = apolloClient.watchQuery({ query, variables });
  await new Promise<void>((resolve, reject) => {
    observable.subscribe({ next: (result) => result.loading || resolve(), error: reject });
  });
  return { query: observable, latest: () => observable.getCurrentResult().data };
}

describe("Apollo Client with a normalized cache (examples/apollo.ts)", () => {
  it("stores each endpoint once under its global ID, appends pages, and updates a mutated endpoint in place", async () => {
    const ids = await seedKinds("apollo");
    const recorder = recordingFetch();
    const apolloClient = apollo.createApolloClient({ url, token: service.writeToken, fetch: recorder.fetch });
    const { cache } = apolloClient;

    // The list of every kind, a page at a time: the next page is appended to the cached list.
    const list = await watch(apolloClient, apollo.EndpointEdges, { q: "apollo", first: 4 });
    expect(list.latest().endpoints.edges.map((edge) => edge.node.name)).toEqual([
      "apollo-a-pve",
      "apollo-b-netbox",
      "apollo-c-api",
      "apollo-d-pve",
    ]);
    await list.query.fetchMore({ variables: { after: list.latest().endpoints.pageInfo.endCursor } });
    expect(list.latest().endpoints.edges.map((edge) => edge.node.name)).toEqual([
      "apollo-a-pve",
      "apollo-b-netbox",
      "apollo-c-api",
      "apollo-d-pve",
      "apollo-e-netbox",
      "apollo-f-api",
    ]);
    expect(list.latest().endpoints.pageInfo.hasNextPage).toBe(false);
    expect(cachedListRefs(cache, "endpoints", "apollo")).toEqual([ids.aPve, ids.bNetbox, ids.cApi, ids.dPve, ids.eNetbox, ids.fApi]);

    // One entry per endpoint, keyed by the global ID, with its own kind's fields.
    const entries = endpointEntries(cache);
    expect(Object.keys(entries).sort()).toEqual(Object.values(ids).sort());
    expect(entries[ids.aPve]).toMatchObject({ __typename: "ProxmoxEndpoint", name: "apollo-a-pve", port: 8006, mode: "UNDEFINED" });
    expect(entries[ids.bNetbox]).toMatchObject({
      __typename: "NetBoxEndpoint",
      tokenVersion: "V2",
      tokenKey: "apollo-b",
      hasTokenSecret: true,
    });
    expect(entries[ids.cApi]).toMatchObject({
      __typename: "FastAPIEndpoint",
      useHttps: false,
      connectionUrl: "http://apollo-c.example.com:8800",
    });

    // A fragment on the interface reads an entry with its kind's own fields.
    expect(cache.readFragment({ id: ids.bNetbox, fragment: apollo.EndpointSummary })).toMatchObject({
      __typename: "NetBoxEndpoint",
      name: "apollo-b-netbox",
      tokenVersion: "V2",
    });

    // A kind's own list holds references to the same entries, and appends its next page too.
    const proxmoxList = await watch(apolloClient, apollo.ProxmoxEndpointEdges, { q: "apollo", first: 1 });
    await proxmoxList.query.fetchMore({ variables: { after: proxmoxList.latest().proxmoxEndpoints.pageInfo.endCursor } });
    expect(proxmoxList.latest().proxmoxEndpoints.edges.map((edge) => edge.node.name)).toEqual(["apollo-a-pve", "apollo-d-pve"]);
    expect(cachedListRefs(cache, "proxmoxEndpoints", "apollo")).toEqual([ids.aPve, ids.dPve]);
    expect(Object.keys(endpointEntries(cache))).toHaveLength(6);

    // node(id:) of a cached endpoint comes from the cache, the interface fragment matched to its kind.
    const sent = recorder.operations.length;
    const netbox = await apolloClient.query({ query: apollo.EndpointNode, variables: { id: ids.eNetbox }, fetchPolicy: "cache-only" });
    expect(netbox.data.node).toMatchObject({ __typename: "NetBoxEndpoint", name: "apollo-e-netbox", tokenKey: "apollo-e" });
    expect(recorder.operations.length).toBe(sent);

    // A mutation's result updates the cached endpoint, so both watched lists show it without a refetch.
    const updated = await apolloClient.mutate({
      mutation: apollo.UpdateProxmoxEndpoint,
      variables: { input: { id: ids.aPve, port: 9443, password: "pw" } },
    });
    expect(updated.data?.updateProxmoxEndpoint.userErrors).toEqual([]);
    await apolloClient.mutate({ mutation: apollo.UpdateFastApiEndpoint, variables: { input: { id: ids.fApi, useHttps: true } } });
    expect(recorder.operations.slice(sent)).toEqual(["UpdateProxmoxEndpoint", "UpdateFastApiEndpoint"]);
    expect(endpointEntries(cache)[ids.aPve]).toMatchObject({ port: 9443, connectionUrl: "https://apollo-a.example.com:9443" });
    expect(endpointEntries(cache)[ids.fApi]).toMatchObject({ useHttps: true, connectionUrl: "https://apollo-f.example.com:8800" });
    const byName = (edges: readonly { node: { name: string; connectionUrl: string } }[]) =>
      Object.fromEntries(edges.map((edge) => [edge.node.name, edge.node.connectionUrl]));
    expect(byName(list.latest().endpoints.edges)).toMatchObject({
      "apollo-a-pve": "https://apollo-a.example.com:9443",
      "apollo-f-api": "https://apollo-f.example.com:8800",
    });
    expect(byName(proxmoxList.latest().proxmoxEndpoints.edges)).toEqual({
      "apollo-a-pve": "https://apollo-a.example.com:9443",
      "apollo-d-pve": "https://apollo-d.example.com:8006",
    });
    expect(recorder.operations.length).toBe(sent + 2);
    apolloClient.stop();
  });
});

describe("urql with Graphcache (examples/urql.ts)", () => {
  it("keys each endpoint by its global ID, merges pages, and updates a mutated endpoint in every list", async () => {
    const ids = await seedKinds("urql");
    const recorder = recordingFetch();
    const urqlClient = urql.createUrqlClient({ url, token: service.writeToken, fetch: recorder.fetch });
    const names = (edges: readonly { node: { name: string } }[] | undefined) => edges?.map((edge) => edge.node.name);

    // The first page, then the next one: the result (and the cached list) is both pages.
    const first = await urqlClient.query(urql.EndpointEdges, { q: "urql", first: 4 }).toPromise();
    expect(first.error).toBeUndefined();
    expect(names(first.data?.endpoints.edges)).toEqual(["urql-a-pve", "urql-b-netbox", "urql-c-api", "urql-d-pve"]);
    const next = await urqlClient
      .query(urql.EndpointEdges, { q: "urql", first: 4, after: first.data!.endpoints.pageInfo.endCursor })
      .toPromise();
    const all = ["urql-a-pve", "urql-b-netbox", "urql-c-api", "urql-d-pve", "urql-e-netbox", "urql-f-api"];
    expect(names(next.data?.endpoints.edges)).toEqual(all);
    const sent = recorder.operations.length;
    expect(sent).toBe(2);

    // What the cache holds, read without the network: the merged list, each node with its kind's fields.
    const cachedList = urqlClient.readQuery(urql.EndpointEdges, { q: "urql", first: 4 }, { requestPolicy: "cache-only" });
    expect(cachedList?.data?.endpoints.edges.map((edge) => [edge.node.id, edge.node.__typename])).toEqual([
      [ids.aPve, "ProxmoxEndpoint"],
      [ids.bNetbox, "NetBoxEndpoint"],
      [ids.cApi, "FastAPIEndpoint"],
      [ids.dPve, "ProxmoxEndpoint"],
      [ids.eNetbox, "NetBoxEndpoint"],
      [ids.fApi, "FastAPIEndpoint"],
    ]);
    expect(cachedList?.data?.endpoints.pageInfo.hasNextPage).toBe(false);
    const cachedNode = (id: string) => urqlClient.readQuery(urql.EndpointNode, { id }, { requestPolicy: "cache-only" })?.data?.node;
    expect(cachedNode(ids.bNetbox)).toMatchObject({
      __typename: "NetBoxEndpoint",
      tokenVersion: "V2",
      tokenKey: "urql-b",
      hasTokenSecret: true,
    });
    expect(cachedNode(ids.cApi)).toMatchObject({
      __typename: "FastAPIEndpoint",
      useHttps: false,
      connectionUrl: "http://urql-c.example.com:8800",
    });

    // A kind's list, a page at a time, holds the same entities.
    const proxmoxFirst = await urqlClient.query(urql.ProxmoxEndpointEdges, { q: "urql", first: 1 }).toPromise();
    const proxmoxNext = await urqlClient
      .query(urql.ProxmoxEndpointEdges, { q: "urql", first: 1, after: proxmoxFirst.data!.proxmoxEndpoints.pageInfo.endCursor })
      .toPromise();
    expect(names(proxmoxNext.data?.proxmoxEndpoints.edges)).toEqual(["urql-a-pve", "urql-d-pve"]);

    // The mutation's result is written to the entity: every list reads the new values from the cache.
    const updated = await urqlClient
      .mutation(urql.UpdateProxmoxEndpoint, { input: { id: ids.dPve, port: 9443, password: "pw" } })
      .toPromise();
    expect(updated.data?.updateProxmoxEndpoint.userErrors).toEqual([]);
    // A change of verifySsl sends the stored secret somewhere less protected: it is given again.
    const netbox = await urqlClient
      .mutation(urql.UpdateNetBoxEndpoint, { input: { id: ids.bNetbox, verifySsl: false, tokenSecret: "s" } })
      .toPromise();
    expect(netbox.data?.updateNetBoxEndpoint.userErrors).toEqual([]);
    expect(recorder.operations.slice(sent)).toEqual([
      "ProxmoxEndpointEdges",
      "ProxmoxEndpointEdges",
      "UpdateProxmoxEndpoint",
      "UpdateNetBoxEndpoint",
    ]);
    const afterWrite = urqlClient.readQuery(urql.EndpointEdges, { q: "urql", first: 4 }, { requestPolicy: "cache-only" });
    const nodes = afterWrite?.data?.endpoints.edges.map((edge) => edge.node);
    expect(nodes?.map((node) => node.name)).toEqual(all);
    expect(nodes?.find((node) => node.id === ids.dPve)).toMatchObject({ port: 9443, connectionUrl: "https://urql-d.example.com:9443" });
    expect(nodes?.find((node) => node.id === ids.bNetbox)).toMatchObject({ verifySsl: false });
    const proxmoxCached = urqlClient.readQuery(urql.ProxmoxEndpointEdges, { q: "urql", first: 1 }, { requestPolicy: "cache-only" });
    expect(proxmoxCached?.data?.proxmoxEndpoints.edges.map((edge) => [edge.node.name, edge.node.port])).toEqual([
      ["urql-a-pve", 8006],
      ["urql-d-pve", 9443],
    ]);
    expect(recorder.operations.length).toBe(sent + 4);
  });
});

describe("npm run example:caches", () => {
  it("pages through with each client and prints the list as its cache holds it", async () => {
    // The endpoints the urql test made: six, so three pages of two.
    const env = { PROXBOX_GRAPHQL_URL: url, PROXBOX_TOKEN: service.readToken };
    const run = await runScript("examples/caches.ts", ["--q", "urql-", "--first", "2"], env);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const sections = run.stdout.split(/^(?=\w+: )/m);
    expect(sections.map((section) => section.split("\n")[0])).toEqual([
      "apollo: 3 pages requested; the cached list, read without a request:",
      "urql: 3 pages requested; the cached list, read without a request:",
    ]);
    for (const section of sections) {
      const rows = section.split("\n").slice(1, -2);
      expect(rows.map((row) => row.trim().split(/\s+/).slice(1, 3))).toEqual([
        ["ProxmoxEndpoint", "urql-a-pve"],
        ["NetBoxEndpoint", "urql-b-netbox"],
        ["FastAPIEndpoint", "urql-c-api"],
        ["ProxmoxEndpoint", "urql-d-pve"],
        ["NetBoxEndpoint", "urql-e-netbox"],
        ["FastAPIEndpoint", "urql-f-api"],
      ]);
      expect(section.trimEnd().split("\n").at(-1)).toBe("  6 of 6 endpoints");
    }
  }, 120_000);
});
