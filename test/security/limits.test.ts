// Abuse limits and HTTP behaviour: what a hostile or careless client cannot make the service do.
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/http.js";
import { authorization, startService, type TestService } from "../support/service.js";

let tight: TestService;
let tightServer: RunningServer;
let open: TestService;
let openServer: RunningServer;

beforeAll(async () => {
  tight = await startService({
    limits: { maxBodyBytes: 4096, maxDepth: 4, maxAliases: 2, maxTokens: 200, maxDirectives: 2, maxCost: 150 },
  });
  tightServer = await tight.listen();
  open = await startService({ cors: { origins: ["https://netbox.example.com"] } });
  openServer = await open.listen();
});
afterAll(async () => {
  await tight?.close();
  await open?.close();
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  codes: string[];
}

async function post(server: RunningServer, token: string | null, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${server.origin}/graphql`, {
    method: "POST",
    headers: {
      accept: "application/graphql-response+json",
      "content-type": "application/json",
      ...(token ? { authorization: authorization(token) } : {}),
      ...headers,
    },
    body,
  });
  const text = await response.text();
  let codes: string[] = [];
  try {
    codes = ((JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors ?? []).map((error) =>
      String(error.extensions?.code),
    );
  } catch {
    codes = [];
  }
  return { status: response.status, headers: response.headers, text, codes };
}

/** The status of a small operation POSTed to the tight server with `headers` that fetch would not send. */
function statusWithHeader(headers: Record<string, string>): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const request = httpRequest(`${tightServer.origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: authorization(tight.writeToken), ...headers },
    });
    request.on("response", (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject);
    request.end('{"query":"{ viewer { id } }"}');
  });
}

const query = (server: RunningServer, token: string, source: string) => post(server, token, JSON.stringify({ query: source }));

describe("operation limits", () => {
  it("accepts an operation within every limit", async () => {
    const answer = await query(tightServer, tight.writeToken, "{ endpoints(first: 5) { nodes { id } } }");
    expect(answer.status).toBe(200);
    expect(answer.text).not.toContain("errors");
  });

  it.each([
    ["depth", "{ endpoints { edges { node { ipAddress { id } } } } }", /depth/i],
    ["aliases", "{ a: viewer { id } b: viewer { id } c: viewer { id } }", /alias/i],
    ["directives", "{ viewer { id @skip(if: false) @include(if: true) @skip(if: false) } }", /directive/i],
    ["tokens", `{ viewer { ${"id ".repeat(250)} } }`, /token/i],
  ])("refuses an operation over the %s limit, before running it", async (_limit, source, message) => {
    const answer = await query(tightServer, tight.writeToken, source);
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(message);
    expect(answer.codes).toEqual(["OPERATION_LIMIT_EXCEEDED"]);
    expect(answer.text).not.toContain('"data"');
  });

  it("prices pages by the size asked for, clamped to the largest page, and refuses what costs too much", async () => {
    const cost = async (first: number) =>
      query(tightServer, tight.writeToken, `{ endpoints(first: ${first}) { nodes { id name tags { name } } } }`);
    expect((await cost(2)).status).toBe(200);
    const refused = await cost(20);
    expect(refused.status).toBe(400);
    expect(refused.codes).toEqual(["OPERATION_LIMIT_EXCEEDED"]);
    expect(refused.text).toMatch(/too expensive/);
    expect(JSON.parse(refused.text).data ?? null).toBeNull();
    // The default limit admits a full page of 1000 with nested tags, and prices first: 1000000 as 1000.
    const full = `{ endpoints(first: 1000) { totalCount edges { cursor node { id name domain display url connectionUrl tags { name slug } ipAddress { address } } } } }`;
    expect((await query(openServer, open.writeToken, full)).status).toBe(200);
    expect((await query(openServer, open.writeToken, full.replace("first: 1000", "first: 1000000"))).status).toBe(200);
  });

  it("refuses a request body over the size limit with 413, unread", async () => {
    const answer = await post(tightServer, tight.writeToken, JSON.stringify({ query: "{ viewer { id } }", padding: "x".repeat(5000) }));
    expect(answer.status).toBe(413);
    expect(answer.codes).toEqual(["PAYLOAD_TOO_LARGE"]);
  });

  it("refuses a body of unknown length (chunked) with 411", async () => {
    expect(await statusWithHeader({ "transfer-encoding": "chunked" })).toBe(411);
  });

  it("reads no more of a body than its Content-Length says, whatever follows it", async () => {
    // The limit is checked against Content-Length alone (Yoga's counting stream is off), so a body
    // longer than it says must be cut there: the JSON ends early and is refused, never run.
    const { port } = new URL(tightServer.origin);
    const body = JSON.stringify({ query: "{ viewer { id } }", padding: "x".repeat(8000) });
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => {
        socket.write(
          "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAccept: application/graphql-response+json\r\n" +
            `Authorization: ${authorization(tight.writeToken)}\r\nContent-Length: 20\r\nConnection: close\r\n\r\n${body}`,
        );
      });
      let received = "";
      socket.setEncoding("utf8");
      socket.on("data", (chunk: string) => (received += chunk));
      socket.on("end", () => resolve(received));
      socket.on("error", reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw).not.toContain('"viewer"');
  });

  it("refuses a Content-Length that is not a byte count with 400", async () => {
    expect(await statusWithHeader({ "content-length": "+27" })).toBe(400);
  });

  it("does not run batched requests", async () => {
    const answer = await post(
      openServer,
      open.writeToken,
      JSON.stringify([{ query: "{ viewer { id } }" }, { query: "{ viewer { id } }" }]),
    );
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.text).not.toContain('"viewer"');
  });
});

describe("GraphQL over HTTP", () => {
  it("answers malformed JSON with 400", async () => {
    expect((await post(openServer, open.writeToken, "{ nope")).status).toBe(400);
  });

  it("answers an unsupported media type with 415", async () => {
    expect((await post(openServer, open.writeToken, "<query/>", { "content-type": "application/xml" })).status).toBe(415);
  });

  it("answers a mutation over GET with 405, writing nothing", async () => {
    const source = 'mutation { createTag(input: { name: "over-get" }) { tag { id } } }';
    const response = await fetch(`${openServer.origin}/graphql?query=${encodeURIComponent(source)}`, {
      headers: { authorization: authorization(open.writeToken), accept: "application/graphql-response+json" },
    });
    expect(response.status).toBe(405);
    expect(await open.db.prisma.tag.count({ where: { name: "over-get" } })).toBe(0);
  });
});

describe("browser safety", () => {
  it("has CORS off by default: no Access-Control-Allow-Origin for any origin", async () => {
    const preflight = await fetch(`${tightServer.origin}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin: "https://evil.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type",
      },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("opens CORS to the allow-listed origins only", async () => {
    const allowed = await fetch(`${openServer.origin}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin: "https://netbox.example.com",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type",
      },
    });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://netbox.example.com");
    const other = await fetch(`${openServer.origin}/graphql`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("runs nothing from a simple cross-site form post", async () => {
    const form = await post(openServer, null, "query=mutation%7BcreateTag(input%3A%7Bname%3A%22csrf%22%7D)%7Btag%7Bid%7D%7D%7D", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(form.status).toBe(401);
    expect(await open.db.prisma.tag.count({ where: { name: "csrf" } })).toBe(0);
  });

  it("refuses a form-encoded request without a CSRF-proof header even with a token", async () => {
    // Only a non-browser client can attach Authorization to a form post; Yoga's CSRF rule lets it through.
    const withToken = await post(openServer, open.writeToken, "query=%7Bviewer%7Bid%7D%7D", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect([200, 400, 415]).toContain(withToken.status);
  });
});

describe("authentication failures", () => {
  it("look and cost the same whether or not the key exists", async () => {
    const statements: string[] = [];
    open.db.prisma.$on("query", (event) => statements.push(event.query));
    const known = open.writeToken.slice(0, 17);
    const probe = async (header: string) => {
      statements.length = 0;
      const response = await fetch(`${openServer.origin}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: header },
        body: JSON.stringify({ query: "{ viewer { id } }" }),
      });
      return { status: response.status, body: await response.text(), statements: statements.length };
    };
    const unknownKey = await probe(`Bearer nbt_ffffffffffff.${"0".repeat(40)}`);
    const wrongSecret = await probe(`Bearer ${known}${"0".repeat(40)}`);
    expect(unknownKey.status).toBe(401);
    expect(wrongSecret).toEqual(unknownKey);
  });
});
