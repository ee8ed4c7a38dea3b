// Persisted operations: the manifest codegen writes from examples/ is read and checked at start-up;
// with PROXBOX_PERSISTED_OPERATIONS=only the examples client sending hashes works and anything else
// is refused (HTTP 400, a code per case), GraphiQL is off; with accept, both run.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, createEndpoint, GraphQLRequestError, listEndpoints, updateEndpoint } from "../examples/client.js";
import { ConfigError, DEFAULTS } from "../src/config.js";
import { schema } from "../src/schema/index.js";
import { loadPersistedDocuments, type PersistedDocuments } from "../src/server/persisted-operations.js";
import { runToExit } from "./support/process.js";
import { authorization, databaseKind, startService, type TestService } from "./support/service.js";

const MANIFEST = JSON.parse(readFileSync(DEFAULTS.PROXBOX_PERSISTED_OPERATIONS_FILE, "utf8")) as Record<string, string>;
const hashOf = (operation: string) => {
  const entry = Object.entries(MANIFEST).find(([, document]) => new RegExp(`(query|mutation) ${operation}\\b`).test(document));
  if (!entry) throw new Error(`${operation} is not in the manifest`);
  return entry[0];
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "proxbox-persisted-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function manifestError(content: string): Promise<ConfigError> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, content);
  const error = await loadPersistedDocuments({ mode: "only", file }, schema).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as ConfigError).variable).toBe("PROXBOX_PERSISTED_OPERATIONS_FILE");
  return error as ConfigError;
}

describe("the manifest", () => {
  it("is the examples' documents, by sha256, as codegen writes them", async () => {
    const documents = await loadPersistedDocuments({ mode: "only", file: DEFAULTS.PROXBOX_PERSISTED_OPERATIONS_FILE }, schema);
    expect(documents!.byHash.size).toBe(10);
    for (const [key, document] of Object.entries(MANIFEST)) {
      expect(key).toBe(`sha256:${createHash("sha256").update(document).digest("hex")}`);
    }
    expect(await loadPersistedDocuments({ mode: "off", file: "/nowhere.json" }, schema)).toBeNull();
  });

  it("is checked at start-up: missing, malformed, a wrong hash, or a document the schema refuses", async () => {
    const missing = await loadPersistedDocuments({ mode: "accept", file: join(dir, "none.json") }, schema).catch(
      (caught: unknown) => caught,
    );
    expect((missing as Error).message).toContain("cannot be read (no such file). `npm run codegen` writes it");
    expect((await manifestError("[]")).message).toContain('expected a JSON object of "sha256:<hex>": "<document>"');
    expect((await manifestError(JSON.stringify({ [`sha256:${"0".repeat(64)}`]: "{ viewer { id } }" }))).message).toContain(
      "is not the sha256 of its document",
    );
    const stale = "query Stale { viewer { noSuchField } }";
    const staleKey = `sha256:${createHash("sha256").update(stale).digest("hex")}`;
    expect((await manifestError(JSON.stringify({ [staleKey]: stale }))).message).toContain(
      'the operation Stale does not fit the schema (Cannot query field "noSuchField" on type "Token".)',
    );
  });

  it.runIf(databaseKind === "pglite")("that cannot be read stops `npm start`, naming the variable", async () => {
    const result = await runToExit({
      DATABASE_URL: "pglite:memory",
      PROXBOX_PERSISTED_OPERATIONS: "only",
      PROXBOX_PERSISTED_OPERATIONS_FILE: join(dir, "absent.json"),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "Cannot start: PROXBOX_PERSISTED_OPERATIONS_FILE: PROXBOX_PERSISTED_OPERATIONS is only, but the manifest",
    );
  });
});

async function serviceIn(mode: "only" | "accept"): Promise<{ service: TestService; url: string; documents: PersistedDocuments }> {
  const documents = (await loadPersistedDocuments({ mode, file: DEFAULTS.PROXBOX_PERSISTED_OPERATIONS_FILE }, schema))!;
  const service = await startService({ persistedDocuments: documents });
  return { service, url: `${(await service.listen()).origin}/graphql`, documents };
}

describe("PROXBOX_PERSISTED_OPERATIONS=only", () => {
  let service: TestService;
  let url: string;
  beforeAll(async () => {
    ({ service, url } = await serviceIn("only"));
  });
  afterAll(async () => {
    await service?.close();
  });

  const post = (body: unknown, token: string | null = service.writeToken) =>
    fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        ...(token ? { authorization: authorization(token) } : {}),
      },
      body: JSON.stringify(body),
    });

  it("runs the examples client, which sends hashes: list, create, update", async () => {
    const client = createClient({ url, token: service.writeToken, persisted: true });
    const created = await createEndpoint(client, "PROXMOX", { name: "pve-persisted", domain: "pve.example.com" });
    expect(created.userErrors).toEqual([]);
    const updated = await updateEndpoint(client, "PROXMOX", { id: created.endpoint!.id, port: 8443 });
    expect(updated.endpoint).toMatchObject({ name: "pve-persisted", port: 8443 });
    const page = await listEndpoints(client, { q: "persisted" });
    expect(page.nodes.map((endpoint) => [endpoint.name, endpoint.port])).toEqual([["pve-persisted", 8443]]);
  });

  it("refuses a document sent as text, even one of the manifest's: HTTP 400 PERSISTED_QUERY_ONLY", async () => {
    const client = createClient({ url, token: service.writeToken });
    const error = await listEndpoints(client).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect([(error as GraphQLRequestError).status, (error as GraphQLRequestError).code]).toEqual([400, "PERSISTED_QUERY_ONLY"]);

    const arbitrary = await post({ query: "{ tokens { totalCount } }" });
    expect(arbitrary.status).toBe(400);
    const body = (await arbitrary.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      {
        message:
          'This server runs only the documents it knows (PROXBOX_PERSISTED_OPERATIONS=only): send a persisted document\'s hash as "documentId": "sha256:<hex>" or as extensions.persistedQuery.sha256Hash, instead of the document\'s text.',
        extensions: { code: "PERSISTED_QUERY_ONLY" },
      },
    ]);
  });

  it("refuses an unknown hash (PERSISTED_QUERY_NOT_FOUND) and a request with neither (PERSISTED_QUERY_ID_REQUIRED)", async () => {
    const unknown = await post({ documentId: `sha256:${"ab".repeat(32)}` });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      "PERSISTED_QUERY_NOT_FOUND",
    );
    const garbage = await post({ documentId: "not a hash" });
    expect(((await garbage.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      "PERSISTED_QUERY_NOT_FOUND",
    );
    const neither = await post({ variables: {} });
    expect(neither.status).toBe(400);
    expect(((await neither.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      "PERSISTED_QUERY_ID_REQUIRED",
    );
  });

  it("takes Apollo's persistedQuery extension too, over GET as well", async () => {
    const hex = hashOf("ListEndpoints").slice("sha256:".length);
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hex } });
    const response = await fetch(
      `${url}?extensions=${encodeURIComponent(extensions)}&variables=${encodeURIComponent('{"q":"persisted"}')}`,
      {
        headers: { authorization: authorization(service.writeToken) },
      },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { endpoints: { totalCount: 1 } } });
  });

  it("still authenticates first and still keeps read-only tokens from mutating", async () => {
    const anonymous = await post({ query: "{ __typename }" }, null);
    expect(anonymous.status).toBe(401);
    const readOnly = createClient({ url, token: service.readToken, persisted: true });
    const error = await createEndpoint(readOnly, "PROXMOX", { name: "nope", domain: "nope.example.com" }).catch(
      (caught: unknown) => caught,
    );
    expect([(error as GraphQLRequestError).status, (error as GraphQLRequestError).code]).toEqual([403, "FORBIDDEN"]);
  });

  it("serves no GraphiQL: a browser gets 404 and why", async () => {
    const response = await fetch(url, { headers: { accept: "text/html" } });
    expect(response.status).toBe(404);
    expect(response.headers.get("x-request-id")).toBeTruthy();
    const page = await response.text();
    expect(page).toContain("GraphiQL is off on this server");
    expect(page).toContain("PROXBOX_PERSISTED_OPERATIONS=only");
  });
});

describe("PROXBOX_PERSISTED_OPERATIONS=accept", () => {
  let service: TestService;
  let url: string;
  beforeAll(async () => {
    ({ service, url } = await serviceIn("accept"));
  });
  afterAll(async () => {
    await service?.close();
  });

  it("runs hashes and documents alike, refuses an unknown hash, and serves GraphiQL", async () => {
    expect((await listEndpoints(createClient({ url, token: service.writeToken, persisted: true }))).totalCount).toBe(0);
    expect((await listEndpoints(createClient({ url, token: service.writeToken }))).totalCount).toBe(0);
    // A refusal is a GraphQL request error: 400, or 200 under application/json.
    for (const [accept, status] of [
      ["application/graphql-response+json", 400],
      ["application/json", 200],
    ] as const) {
      const unknown = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", accept, authorization: authorization(service.writeToken) },
        body: JSON.stringify({ documentId: `sha256:${"cd".repeat(32)}` }),
      });
      expect([accept, unknown.status]).toEqual([accept, status]);
      expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
        "PERSISTED_QUERY_NOT_FOUND",
      );
    }
    const graphiql = await fetch(url, { headers: { accept: "text/html" } });
    expect(graphiql.status).toBe(200);
    expect(graphiql.headers.get("content-type")).toContain("text/html");
  });
});
