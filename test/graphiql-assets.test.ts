// GraphiQL over real HTTP: a page of a few kilobytes that names GraphiQL's files, each under a name
// that hashes its content, cached as immutable, sent compressed in the coding the request prefers,
// and answered 304 while the client's copy is current.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../src/server/http.js";
import { decoded, rawRequest } from "./support/raw-http.js";
import { startService, type TestService } from "./support/service.js";

let service: TestService;
let server: RunningServer;
let page: string;
let files: string[];

beforeAll(async () => {
  service = await startService();
  server = await service.listen();
  page = (await rawRequest(`${server.origin}/graphql`, { headers: { accept: "text/html" } })).body.toString("utf8");
  files = [...new Set([...page.matchAll(/"(\/graphql\/assets\/[^"]+)"/g)].map((match) => match[1]!))];
});
afterAll(async () => {
  await service?.close();
});

const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
  rawRequest(`${server.origin}${path}`, { method, headers });
const fileNamed = (pattern: RegExp) => files.find((path) => pattern.test(path))!;

describe("GraphiQL's page", () => {
  it("is a few kilobytes that name GraphiQL's script, style sheet, workers, icon and the page's script", async () => {
    const response = await get("/graphql", { accept: "text/html" });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    // The page that inlined everything was 9,056,392 bytes.
    expect(response.body.byteLength).toBeLessThan(16 * 1024);
    expect(response.headers["content-length"]).toBe(String(response.body.byteLength));
    const names = new Set(files.map((path) => path.replace(/^\/graphql\/assets\//, "").replace(/\.[0-9a-f]{16}\./, ".<hash>.")));
    expect(names).toEqual(
      new Set([
        "icon.<hash>.ico",
        "graphiql.<hash>.css",
        "graphiql.<hash>.js",
        "page.<hash>.js",
        "editor.worker.<hash>.js",
        "json.worker.<hash>.js",
        "graphql.worker.<hash>.js",
      ]),
    );
    // It says how to get a token before any script runs.
    expect(page).toContain("npm run token -- create");
  });

  it("is revalidated on every visit, and answered 304 while its ETag matches", async () => {
    const first = await get("/graphql", { accept: "text/html" });
    expect(first.headers["cache-control"]).toBe("no-cache");
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^W\/"[0-9a-f]{16}"$/);

    for (const ifNoneMatch of [etag, etag.replace(/^W\//, ""), `"other", ${etag}`, "*"]) {
      const again = await get("/graphql", { accept: "text/html", "if-none-match": ifNoneMatch });
      expect(again.status, ifNoneMatch).toBe(304);
      expect(again.body.byteLength).toBe(0);
      expect(again.headers.etag).toBe(etag);
      expect(again.headers.vary).toBe("Accept-Encoding");
      expect(again.headers["content-encoding"]).toBeUndefined();
    }
    const changed = await get("/graphql", { accept: "text/html", "if-none-match": 'W/"0123456789abcdef"' });
    expect(changed.status).toBe(200);
    expect(changed.body.toString("utf8")).toBe(page);
  });
});

describe("GraphiQL's files", () => {
  it("are named by a hash of their content and cached as immutable", async () => {
    expect(files).toHaveLength(7);
    for (const path of files) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      const hash = /\.([0-9a-f]{16})\.[a-z]+$/.exec(path)![1];
      expect(createHash("sha256").update(response.body).digest("hex").slice(0, 16)).toBe(hash);
      expect(response.headers.etag).toBe(`W/"${hash}"`);
      expect(response.headers["content-length"]).toBe(String(response.body.byteLength));
      expect(response.headers["content-type"]).toBe(
        path.endsWith(".js") ? "text/javascript; charset=utf-8" : path.endsWith(".css") ? "text/css; charset=utf-8" : "image/x-icon",
      );
    }
  });

  it("are answered 304 while the client's copy is current", async () => {
    const script = fileNamed(/\/graphiql\.[0-9a-f]+\.js$/);
    const { etag } = (await get(script)).headers;
    const again = await get(script, { "if-none-match": etag!, "accept-encoding": "br" });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(again.headers["content-encoding"]).toBeUndefined();
    expect((await get(script, { "if-none-match": 'W/"0123456789abcdef"' })).status).toBe(200);
  });

  it("come in the coding the request prefers, by q-value, br first at equal weight", async () => {
    const script = fileNamed(/\/graphiql\.[0-9a-f]+\.js$/);
    const identity = (await get(script)).body;
    const cases: [string, string | undefined][] = [
      ["gzip, br", "br"],
      ["gzip, deflate, br, zstd", "br"],
      ["br;q=0.5, gzip", "gzip"],
      ["gzip;q=0.8, br;q=0.9", "br"],
      ["*", "br"],
      ["gzip", "gzip"],
      ["br;q=0, gzip;q=0", undefined],
      ["identity", undefined],
      ["deflate", undefined],
      ["identity;q=0, gzip;q=0.1", "gzip"],
    ];
    for (const [acceptEncoding, coding] of cases) {
      const response = await get(script, { "accept-encoding": acceptEncoding });
      expect(response.headers["content-encoding"], acceptEncoding).toBe(coding);
      expect(response.headers.vary).toBe("Accept-Encoding");
      expect(response.headers["content-length"]).toBe(String(response.body.byteLength));
      // Decoded once: a body is never compressed twice.
      expect(decoded(response).equals(identity), acceptEncoding).toBe(true);
    }
  });

  it("arrive as a fraction of their size with br: all of GraphiQL in under 2.5 MB", async () => {
    let identity = 0;
    let br = 0;
    for (const path of files) {
      identity += (await get(path)).body.byteLength;
      br += (await get(path, { "accept-encoding": "br" })).body.byteLength;
    }
    expect(identity).toBeGreaterThan(8_000_000);
    expect(br).toBeLessThan(2_500_000);
  });

  it("answer HEAD with the headers of the uncompressed file, and no body", async () => {
    const styles = fileNamed(/\/graphiql\.[0-9a-f]+\.css$/);
    const size = (await get(styles)).body.byteLength;
    const head = await get(styles, { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.byteLength).toBe(0);
    expect(head.headers["content-encoding"]).toBeUndefined();
    expect(head.headers["content-length"]).toBe(String(size));
    expect(head.headers.etag).toMatch(/^W\/"[0-9a-f]{16}"$/);
  });

  it("answer a name they do not have with 404, not cached, and other methods with 405", async () => {
    const missing = await get("/graphql/assets/graphiql.0123456789abcdef.js", { "accept-encoding": "br" });
    expect(missing.status).toBe(404);
    expect(missing.headers["cache-control"]).toBe("no-store");
    const posted = await rawRequest(`${server.origin}${files[0]}`, { method: "POST", body: "x" });
    expect(posted.status).toBe(405);
    expect(posted.headers.allow).toBe("GET, HEAD");
  });
});

describe("with GraphiQL off (PROXBOX_PERSISTED_OPERATIONS=only)", () => {
  it("serves none of its files", async () => {
    const only = await startService({ persistedDocuments: { mode: "only", file: "manifest.json", byHash: new Map(), missing: false } });
    try {
      const onlyServer = await only.listen();
      for (const path of files) {
        const response = await rawRequest(`${onlyServer.origin}${path}`);
        expect(response.status, path).toBe(404);
        expect(response.body.toString("utf8")).not.toContain("YogaGraphiQL");
      }
    } finally {
      await only.close();
    }
  });
});
