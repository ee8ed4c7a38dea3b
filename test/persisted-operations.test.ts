// Persisted operations: the manifest codegen writes from examples/ is read and checked at start-up
// (in accept mode the default one may be missing, as on a fresh clone); with
// PROXBOX_PERSISTED_OPERATIONS=only the examples client sending hashes works and anything else is
// refused (HTTP 400 under application/graphql-response+json, a code per case), nothing is
// registered, GraphiQL is off; with accept, both run. Automatic persisted queries:
// test/persisted-queries.test.ts.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, createEndpoint, GraphQLRequestError, listEndpoints, updateEndpoint } from "../examples/client.js";
import { ConfigError, DEFAULTS, loadConfig } from "../src/config.js";
import { schema } from "../src/schema/index.js";
import { loadPersistedDocuments, type PersistedDocuments } from "../src/server/persisted-operations.js";
import { runToExit, startServiceProcess } from "./support/process.js";
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

  it("may be missing in accept mode when it is the default one (a fresh clone), not when it is another or in only mode", async () => {
    const absent = join(dir, "not-written-yet.json");
    expect(await loadPersistedDocuments({ mode: "accept", file: absent, fileRequired: false }, schema)).toEqual({
      mode: "accept",
      file: absent,
      byHash: new Map(),
      missing: true,
    });
    for (const config of [
      { mode: "accept", file: absent, fileRequired: true },
      { mode: "only", file: absent, fileRequired: false },
    ] as const) {
      expect(await loadPersistedDocuments(config, schema).catch((caught: unknown) => caught)).toBeInstanceOf(ConfigError);
    }
    expect(loadConfig({ PROXBOX_PERSISTED_OPERATIONS: "accept" }).persistedOperations).toMatchObject({
      file: DEFAULTS.PROXBOX_PERSISTED_OPERATIONS_FILE,
      fileRequired: false,
    });
    expect(loadConfig({ PROXBOX_PERSISTED_OPERATIONS_FILE: absent }).persistedOperations).toMatchObject({
      file: absent,
      fileRequired: true,
    });
    expect(
      loadConfig({ PROXBOX_PERSISTED_OPERATIONS_FILE: DEFAULTS.PROXBOX_PERSISTED_OPERATIONS_FILE }).persistedOperations.fileRequired,
    ).toBe(false);
  });

  it.runIf(databaseKind === "pglite")(
    "missing on a fresh clone, `npm start` in accept mode says so and serves automatic persisted queries",
    async () => {
      const clone = await mkdtemp(join(dir, "clone-"));
      const token = "apq_fresh_clone_admin_token_0123456789abcdef";
      const running = await startServiceProcess(
        { DATABASE_URL: "pglite:memory", PROXBOX_PERSISTED_OPERATIONS: "accept", PROXBOX_ADMIN_TOKEN: token, LOG_FORMAT: "json" },
        60_000,
        { cwd: clone },
      );
      try {
        const document = "query FreshClone { viewer { version } }";
        const persistedQuery = { version: 1, sha256Hash: createHash("sha256").update(document).digest("hex") };
        const post = (body: unknown) =>
          fetch(`${running.origin}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: authorization(token) },
            body: JSON.stringify(body),
          }).then((response) => response.json());
        expect(await post({ extensions: { persistedQuery } })).toEqual({
          errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }],
        });
        expect(await post({ query: document, extensions: { persistedQuery } })).toEqual({ data: { viewer: { version: "V1" } } });
        expect(await post({ extensions: { persistedQuery } })).toEqual({ data: { viewer: { version: "V1" } } });
        const lines = running
          .stdout()
          .split("\n")
          .filter((line) => line.startsWith("{"))
          .map((line) => JSON.parse(line) as { level: number; msg: string; manifest?: string });
        expect(lines.find((line) => line.msg.startsWith("the manifest does not exist"))).toEqual({
          level: 40,
          time: expect.any(Number) as number,
          manifest: join(clone, DEFAULTS.PROXBOX_PERSISTED_OPERATIONS_FILE),
          msg: "the manifest does not exist (`npm run codegen` writes it): only documents clients register run by hash",
        });
      } finally {
        await running.stop();
      }
    },
  );

  it.runIf(databaseKind === "pglite")("another one that is missing stops `npm start` in accept mode too", async () => {
    const result = await runToExit({
      DATABASE_URL: "pglite:memory",
      PROXBOX_PERSISTED_OPERATIONS: "accept",
      PROXBOX_PERSISTED_OPERATIONS_FILE: join(dir, "named-but-absent.json"),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "Cannot start: PROXBOX_PERSISTED_OPERATIONS_FILE: PROXBOX_PERSISTED_OPERATIONS is accept, but the manifest",
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

  const post = (body: unknown, token: string | null = service.writeToken, accept = "application/graphql-response+json") =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept, ...(token ? { authorization: authorization(token) } : {}) },
      body: JSON.stringify(body),
    });

  it("runs the examples client, which sends hashes: list, create, update", async () => {
    const client = createClient({ url, token: service.writeToken, persisted: true });
    const created = await createEndpoint(client, "PROXMOX", {
      name: "pve-persisted",
      domain: "pve.example.com",
      password: "pve-persisted-password",
    });
    expect(created.userErrors).toEqual([]);
    // A stored secret is given again when the endpoint moves (it is bound to where it goes).
    const updated = await updateEndpoint(client, "PROXMOX", { id: created.endpoint!.id, port: 8443, password: "pve-persisted-password" });
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
    expect(await unknown.json()).toEqual({
      errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }],
    });
    // GraphQL over HTTP: a request error is HTTP 200 under application/json.
    expect((await post({ documentId: `sha256:${"ab".repeat(32)}` }, service.writeToken, "application/json")).status).toBe(200);
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

  it("registers nothing: a document sent with its hash is refused, and the hash stays unknown", async () => {
    const document = "query OnlyRegistration { viewer { version } }";
    const sha256Hash = createHash("sha256").update(document).digest("hex");
    const sent = await post({ query: document, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(((await sent.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("PERSISTED_QUERY_ONLY");
    const again = await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(((await again.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      "PERSISTED_QUERY_NOT_FOUND",
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
