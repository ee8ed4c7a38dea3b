// Apollo's automatic persisted queries, in this process's memory: a real Apollo Client with its
// PersistedQueryLink, over real HTTP, pays two round trips for an operation the first time (a miss,
// then the document with its hash) and one after; the server keeps only what is the hash's document,
// valid, and sent with a valid token. In off mode the same link is told "not supported" and falls
// back to sending documents. (Redis: test/persisted-queries-redis.test.ts.)
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULTS } from "../src/config.js";
import { schema } from "../src/schema/index.js";
import { loadPersistedDocuments } from "../src/server/persisted-operations.js";
import { memoryPersistedQueryStore, type PersistedQueryStore } from "../src/server/persisted-query-store.js";
import { persistedQueryClient, type RoundTrip } from "./support/apollo-client.js";
import { graphql } from "./generated/index.js";
import { authorization, startService, type TestService } from "./support/service.js";

const ViewerVersion = graphql(`
  query ApqViewerVersion {
    viewer {
      version
    }
  }
`);

const EndpointCount = graphql(`
  query ApqEndpointCount($q: String) {
    endpoints(q: $q) {
      totalCount
    }
  }
`);

const TagCount = graphql(`
  query ApqTagCount {
    tags {
      totalCount
    }
  }
`);

const CreateTag = graphql(`
  mutation ApqCreateTag($name: String!) {
    createTag(input: { name: $name }) {
      tag {
        name
      }
      userErrors {
        message
      }
    }
  }
`);

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const RESPONSE_JSON = "application/graphql-response+json";

/** The round trips of a miss (the hash alone), then of the registration (the document and its hash). */
const missThenRegister = (missStatus: number, method = "POST"): RoundTrip[] => [
  { method, sentHash: true, sentQuery: false, status: missStatus, codes: ["PERSISTED_QUERY_NOT_FOUND"] },
  { method: "POST", sentHash: true, sentQuery: true, status: 200, codes: [] },
];
const hashOnly = (method = "POST"): RoundTrip[] => [{ method, sentHash: true, sentQuery: false, status: 200, codes: [] }];

type Body = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

describe("PROXBOX_PERSISTED_OPERATIONS=accept: automatic persisted queries", () => {
  let service: TestService;
  let url: string;
  let store: PersistedQueryStore;
  beforeAll(async () => {
    const documents = await loadPersistedDocuments({ mode: "accept", file: DEFAULTS.PROXBOX_PERSISTED_OPERATIONS_FILE }, schema);
    store = memoryPersistedQueryStore({ maxBytes: 1 << 20, ttlSeconds: 3600 });
    service = await startService({ persistedDocuments: documents, persistedQueryStore: store });
    url = `${(await service.listen()).origin}/graphql`;
  });
  afterAll(async () => {
    await service?.close();
  });

  /** Sends a body with the write token, or `token` (null: none). */
  const post = (body: unknown, { token, accept = RESPONSE_JSON }: { token?: string | null; accept?: string } = {}) =>
    fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept,
        ...(token === null ? {} : { authorization: authorization(token ?? service.writeToken) }),
      },
      body: JSON.stringify(body),
    });
  const apq = (query: string, hash = sha256(query)) => ({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
  const hashAlone = (query: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });

  it.each([
    ["application/json", 200, ViewerVersion, {}, { viewer: { __typename: "Token", version: "V2" } }],
    [RESPONSE_JSON, 400, EndpointCount, { q: "nothing" }, { endpoints: { __typename: "EndpointBaseConnection", totalCount: 0 } }],
  ] as const)(
    "costs Apollo's link two round trips the first time and one after, by POST (Accept: %s, a miss is HTTP %i)",
    async (accept, missStatus, query, variables, data) => {
      const apollo = persistedQueryClient(url, service.writeToken, { accept });
      expect((await apollo.client.query<unknown>({ query, variables })).data).toEqual(data);
      expect(apollo.take()).toEqual(missThenRegister(missStatus));
      for (let repeat = 0; repeat < 3; repeat++) {
        expect((await apollo.client.query<unknown>({ query, variables })).data).toEqual(data);
        expect(apollo.take()).toEqual(hashOnly());
      }
    },
  );

  it("takes the hash by GET (useGETForHashedQueries): a GET misses, the document goes by POST, then one GET", async () => {
    const apollo = persistedQueryClient(url, service.writeToken, { useGET: true });
    const expected = { tags: { __typename: "TagConnection", totalCount: 0 } };
    expect((await apollo.client.query({ query: TagCount })).data).toEqual(expected);
    // Apollo Client 3 sends "Accept: */*", which Yoga answers as application/json: a miss is HTTP 200.
    expect(apollo.take()).toEqual(missThenRegister(200, "GET"));
    for (let repeat = 0; repeat < 3; repeat++) {
      expect((await apollo.client.query({ query: TagCount })).data).toEqual(expected);
      expect(apollo.take()).toEqual(hashOnly("GET"));
    }
  });

  it("registers a mutation once too, which then runs by hash with other variables", async () => {
    const apollo = persistedQueryClient(url, service.writeToken);
    const first = await apollo.client.mutate({ mutation: CreateTag, variables: { name: "apq-first" } });
    expect(first.data?.createTag).toEqual({ __typename: "TagPayload", tag: { __typename: "Tag", name: "apq-first" }, userErrors: [] });
    expect(apollo.take()).toEqual(missThenRegister(200));
    const second = await apollo.client.mutate({ mutation: CreateTag, variables: { name: "apq-second" } });
    expect(second.data?.createTag).toEqual({ __typename: "TagPayload", tag: { __typename: "Tag", name: "apq-second" }, userErrors: [] });
    expect(apollo.take()).toEqual(hashOnly());
  });

  it("keeps registrations on the server: another client's first request is one round trip", async () => {
    const other = persistedQueryClient(url, service.readToken);
    expect((await other.client.query({ query: ViewerVersion })).data).toEqual({ viewer: { __typename: "Token", version: "V1" } });
    expect(other.take()).toEqual(hashOnly());
  });

  it("answers a miss as Apollo says: PersistedQueryNotFound, HTTP 400, or 200 under Accept: application/json", async () => {
    const unknown = "query ApqNeverSent { viewer { version } }";
    const strict = await post(hashAlone(unknown));
    expect(strict.status).toBe(400);
    const expected = { errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] };
    expect(await strict.json()).toEqual(expected);
    const json = await post(hashAlone(unknown), { accept: "application/json" });
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual(expected);
  });

  it("runs a registered document by its GraphQL-over-HTTP documentId too", async () => {
    const document = "query ApqByDocumentId { viewer { writeEnabled } }";
    expect((await post(apq(document))).status).toBe(200);
    const response = await post({ documentId: `sha256:${sha256(document)}` });
    expect(await response.json()).toEqual({ data: { viewer: { writeEnabled: true } } });
  });

  it("refuses a document whose hash is not its sha256, and keeps nothing", async () => {
    const document = "query ApqMismatch { viewer { version } }";
    const claimed = sha256("query Other { viewer { version } }");
    const response = await post(apq(document, claimed));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: "extensions.persistedQuery.sha256Hash is not the sha256 (hex) of the query sent with it: nothing was run or kept.",
          extensions: { code: "PERSISTED_QUERY_HASH_MISMATCH" },
        },
      ],
    });
    expect([await store.get(claimed), await store.get(sha256(document))]).toEqual([null, null]);
    expect(((await (await post(hashAlone(document))).json()) as Body).errors![0]!.extensions!.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it("keeps nothing sent without a valid token", async () => {
    const document = "query ApqAnonymous { viewer { version } }";
    for (const token of [null, "nbt_0123456789ab.0123456789abcdef0123456789abcdef01234567"]) {
      const response = await post(apq(document), { token });
      expect(response.status).toBe(401);
      expect(((await response.json()) as Body).errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    }
    expect(await store.get(sha256(document))).toBeNull();
    expect(((await (await post(hashAlone(document))).json()) as Body).errors![0]!.extensions!.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it("keeps no document that fails to parse or to validate", async () => {
    const invalid = "query ApqInvalid { viewer { noSuchField } }";
    const broken = "query ApqBroken { viewer {";
    const refused = (await (await post(apq(invalid))).json()) as Body;
    expect(refused.errors![0]!.extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const unparsed = (await (await post(apq(broken))).json()) as Body;
    expect(unparsed.errors![0]!.message).toMatch(/^Syntax Error/);
    expect([await store.get(sha256(invalid)), await store.get(sha256(broken))]).toEqual([null, null]);
  });

  it("keeps no mutation a read-only token may not run, and a query it may", async () => {
    const mutation = 'mutation ApqReadOnly { createTag(input: { name: "apq-read-only" }) { tag { name } } }';
    const forbidden = await post(apq(mutation), { token: service.readToken });
    expect(forbidden.status).toBe(403);
    expect(await store.get(sha256(mutation))).toBeNull();
    const query = "query ApqReadOnlyQuery { viewer { writeEnabled } }";
    expect(await (await post(apq(query), { token: service.readToken })).json()).toEqual({ data: { viewer: { writeEnabled: false } } });
    expect(await store.get(sha256(query))).toBe(query);
  });
});

describe("PROXBOX_PERSISTED_OPERATIONS=off", () => {
  let service: TestService;
  let url: string;
  beforeAll(async () => {
    service = await startService();
    url = `${(await service.listen()).origin}/graphql`;
  });
  afterAll(async () => {
    await service?.close();
  });

  it.each([
    ["application/json", 200],
    [RESPONSE_JSON, 400],
  ] as const)(
    "tells Apollo's link persisted queries are not supported, and it sends documents from then on (Accept: %s)",
    async (accept, refusalStatus) => {
      const apollo = persistedQueryClient(url, service.writeToken, { accept });
      expect((await apollo.client.query({ query: ViewerVersion })).data).toEqual({ viewer: { __typename: "Token", version: "V2" } });
      expect(apollo.take()).toEqual([
        { method: "POST", sentHash: true, sentQuery: false, status: refusalStatus, codes: ["PERSISTED_QUERY_NOT_SUPPORTED"] },
        { method: "POST", sentHash: false, sentQuery: true, status: 200, codes: [] },
      ]);
      expect((await apollo.client.query({ query: TagCount })).data).toEqual({ tags: { __typename: "TagConnection", totalCount: 0 } });
      expect(apollo.take()).toEqual([{ method: "POST", sentHash: false, sentQuery: true, status: 200, codes: [] }]);
    },
  );

  it("answers a hash alone, either way it is sent, PersistedQueryNotSupported, and runs a document sent with one", async () => {
    const expected = { errors: [{ message: "PersistedQueryNotSupported", extensions: { code: "PERSISTED_QUERY_NOT_SUPPORTED" } }] };
    const bodies = [
      { extensions: { persistedQuery: { version: 1, sha256Hash: "ab".repeat(32) } } },
      { documentId: `sha256:${"ab".repeat(32)}` },
    ];
    for (const body of bodies) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", accept: RESPONSE_JSON, authorization: authorization(service.writeToken) },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual(expected);
    }
    const withHash = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: authorization(service.writeToken) },
      body: JSON.stringify({
        query: "{ viewer { version } }",
        extensions: { persistedQuery: { version: 1, sha256Hash: "cd".repeat(32) } },
      }),
    });
    expect(await withHash.json()).toEqual({ data: { viewer: { version: "V2" } } });
  });
});
