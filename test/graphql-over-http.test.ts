// GraphQL over HTTP as clients meet it, over real HTTP: graphql-http's audit of the spec against a
// live server with a token, and the status each kind of error answers under each media type (the
// README's table). A client that accepts only application/json (Apollo Client, urql, fetch) must
// get 200 and the message for every GraphQL request error, not a 4xx it reads as a broken proxy.
import { request as httpRequest } from "node:http";
import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../src/server/http.js";
import { authorization, startService, type TestService } from "./support/service.js";

let service: TestService;
let server: RunningServer;
beforeAll(async () => {
  service = await startService({
    limits: { maxBodyBytes: 4096, maxDepth: 4, maxAliases: 2, maxTokens: 200, maxDirectives: 2, maxCost: 150 },
  });
  server = await service.listen();
});
afterAll(async () => {
  await service?.close();
});

describe("graphql-http's audit", () => {
  it("passes every audit (MUST, SHOULD and MAY) against a live server with a token", async () => {
    const withToken = (input: RequestInfo | URL, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set("authorization", authorization(service.writeToken));
      return fetch(input, { ...init, headers });
    };
    const results = [];
    // One at a time: the audit is many small requests, and the machine is shared.
    for (const audit of serverAudits({ url: `${server.origin}/graphql`, fetchFn: withToken })) results.push(await audit.fn());
    const failed = results.filter((result) => result.status !== "ok");
    // The MAYs pass as well; one the service ever declines goes here, with why.
    expect(failed.map((result) => `${result.id} ${result.name}: ${"reason" in result ? result.reason : ""}`)).toEqual([]);
    expect(results.length).toBe(61);
  });
});

interface Answer {
  status: number;
  contentType: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  headers: Headers;
}

/** POSTs `body` with exactly these headers (fetch would add `Accept: *\/*` where none is given). */
function send(body: string, accept: string | null, token: string | null = service.writeToken): Promise<Answer> {
  const headers: Record<string, string> = { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) };
  if (accept !== null) headers.accept = accept;
  if (token) headers.authorization = authorization(token);
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${server.origin}/graphql`, { method: "POST", headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: response.headers["content-type"] ?? null,
          body: JSON.parse(text) as Answer["body"],
          headers: new Headers(response.headers as Record<string, string>),
        }),
      );
    });
    request.on("error", reject);
    request.end(body);
  });
}

const JSON_ONLY = "application/json";
const GRAPHQL_RESPONSE = "application/graphql-response+json";
const operation = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  JSON.stringify({ query, variables, operationName });
const tagsPage = "query Tags($first: Int!) { tags(first: $first) { totalCount } }";

describe("GraphQL request errors", () => {
  // [kind, body, token, code, status under application/graphql-response+json]
  const cases: [string, string, "write" | "read", string, number][] = [
    ["a document that does not parse", operation("{ viewer {"), "write", "GRAPHQL_PARSE_FAILED", 400],
    ["a document that does not validate", operation("{ viewer { nope } }"), "write", "GRAPHQL_VALIDATION_FAILED", 400],
    ["a variable of the wrong type", operation(tagsPage, { first: "ten" }), "write", "BAD_USER_INPUT", 400],
    ["a required variable left out", operation(tagsPage, {}), "write", "BAD_USER_INPUT", 400],
    ["a required variable sent as null", operation(tagsPage, { first: null }), "write", "BAD_USER_INPUT", 400],
    [
      "an operation over the depth limit",
      operation("{ endpoints { edges { node { ipAddress { id } } } } }"),
      "write",
      "OPERATION_LIMIT_EXCEEDED",
      400,
    ],
    [
      "an operation over the alias limit",
      operation("{ a: viewer { id } b: viewer { id } c: viewer { id } }"),
      "write",
      "OPERATION_LIMIT_EXCEEDED",
      400,
    ],
    ["a document over the token limit", operation(`{ viewer { ${"id ".repeat(250)} } }`), "write", "OPERATION_LIMIT_EXCEEDED", 400],
    [
      "an operation over the directive limit",
      operation("{ viewer { id @skip(if: false) @include(if: true) @skip(if: false) } }"),
      "write",
      "OPERATION_LIMIT_EXCEEDED",
      400,
    ],
    [
      "an operation over the cost limit",
      operation("query Page($n: Int!) { endpoints(first: $n) { nodes { id name tags { name } } } }", { n: 20 }),
      "write",
      "OPERATION_LIMIT_EXCEEDED",
      400,
    ],
    [
      "a document whose operation cannot be chosen",
      operation("query A { viewer { id } } query B { viewer { id } }"),
      "write",
      "OPERATION_RESOLUTION_FAILURE",
      400,
    ],
    [
      "an operationName the document does not have",
      operation("query A { viewer { id } }", undefined, "B"),
      "write",
      "OPERATION_RESOLUTION_FAILURE",
      400,
    ],
    [
      "an operationName that is not a GraphQL name",
      operation("query A { viewer { id } }", undefined, "not a name"),
      "write",
      "BAD_USER_INPUT",
      400,
    ],
    [
      "a mutation of a read-only token",
      operation('mutation { createTag(input: { name: "read-only" }) { tag { id } } }'),
      "read",
      "FORBIDDEN",
      403,
    ],
  ];

  it.each(cases)(
    "%s: 200 under application/json, its 4xx under application/graphql-response+json, no data, one code",
    async (_kind, body, who, code, status) => {
      const token = who === "read" ? service.readToken : service.writeToken;
      for (const [accept, expected, contentType] of [
        [JSON_ONLY, 200, JSON_ONLY],
        // What Apollo Client and urql send by default, and no Accept at all: application/json too.
        ["*/*", 200, JSON_ONLY],
        [null, 200, JSON_ONLY],
        [`${GRAPHQL_RESPONSE}, ${JSON_ONLY};q=0.9`, status, GRAPHQL_RESPONSE],
        [GRAPHQL_RESPONSE, status, GRAPHQL_RESPONSE],
      ] as const) {
        const answer = await send(body, accept, token);
        expect([accept, answer.status, answer.contentType]).toEqual([accept, expected, `${contentType}; charset=utf-8`]);
        expect(answer.body.data).toBeUndefined();
        expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual([code]);
        expect(answer.body.errors?.[0]?.message.length).toBeGreaterThan(10);
      }
    },
  );

  it("price the operation that runs, not the first of the document, and name the cost and the limit", async () => {
    const query = "query Cheap { viewer { id } } query Dear { endpoints(first: 20) { nodes { id name tags { name } } } }";
    expect((await send(operation(query, undefined, "Cheap"), GRAPHQL_RESPONSE)).status).toBe(200);
    const dear = await send(operation(query, undefined, "Dear"), GRAPHQL_RESPONSE);
    expect([dear.status, dear.body.errors?.[0]?.message]).toEqual([
      400,
      "The operation is too expensive: its complexity is 281, and at most 150 is allowed. Ask for smaller pages or fewer fields.",
    ]);
  });

  it("are not field errors: one of those (data null, the error at its path) answers 200 under both media types", async () => {
    for (const accept of [JSON_ONLY, GRAPHQL_RESPONSE]) {
      const answer = await send(operation("{ endpoints(first: 1, last: 1) { totalCount } }"), accept);
      expect([accept, answer.status, answer.body.data]).toEqual([accept, 200, null]);
      expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    }
  });
});

describe("refusals of the HTTP request itself keep their status under both media types", () => {
  it.each([
    ["no token: 401 with WWW-Authenticate", operation("{ viewer { id } }"), null, 401, "UNAUTHENTICATED"],
    ["a body that is not JSON: 400", "{ viewer", "write", 400, "BAD_REQUEST"],
    ["a body without a query: 400", JSON.stringify({ variables: {} }), "write", 400, "BAD_REQUEST"],
    ["a query that is not a string: 400", JSON.stringify({ query: 7 }), "write", 400, "BAD_REQUEST"],
    ["variables that are not an object: 400", JSON.stringify({ query: "{ viewer { id } }", variables: [7] }), "write", 400, "BAD_REQUEST"],
    [
      "an operationName that is not a string: 400",
      JSON.stringify({ query: "{ viewer { id } }", operationName: ["A"] }),
      "write",
      400,
      "BAD_REQUEST",
    ],
    ["a body over the size limit: 413", operation("{ viewer { id } }", { padding: "x".repeat(5000) }), "write", 413, "PAYLOAD_TOO_LARGE"],
  ] as const)("%s", async (_kind, body, who, status, code) => {
    for (const accept of [JSON_ONLY, GRAPHQL_RESPONSE]) {
      const answer = await send(body, accept, who === null ? null : service.writeToken);
      expect([accept, answer.status]).toEqual([accept, status]);
      expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual([code]);
      if (status === 401) expect(answer.headers.get("www-authenticate")).toContain("Bearer");
    }
  });

  it("a body of a media type the service does not read: 415", async () => {
    for (const accept of [JSON_ONLY, GRAPHQL_RESPONSE]) {
      const response = await fetch(`${server.origin}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/xml", accept, authorization: authorization(service.writeToken) },
        body: "<query/>",
      });
      expect([accept, response.status]).toEqual([accept, 415]);
    }
  });

  it("a mutation over GET: 405 with Allow under both", async () => {
    for (const accept of [JSON_ONLY, GRAPHQL_RESPONSE]) {
      const query = encodeURIComponent('mutation { createTag(input: { name: "over-get" }) { tag { id } } }');
      const response = await fetch(`${server.origin}/graphql?query=${query}`, {
        headers: { accept, authorization: authorization(service.writeToken) },
      });
      expect([accept, response.status, response.headers.get("allow")]).toEqual([accept, 405, "POST"]);
    }
    expect(await service.db.prisma.tag.count({ where: { name: "over-get" } })).toBe(0);
  });
});
