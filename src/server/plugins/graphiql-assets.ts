// GraphiQL's files (src/server/graphiql.ts) under /graphql/assets/, and validators for its page.
// A file's name holds a hash of its content, so it is cached for a year as immutable; it is sent in
// the best coding the request accepts (br, gzip), compressed once. The page is revalidated on every
// visit (no-cache), and answered 304 while its ETag still matches: it names the files, so a browser
// learns of new ones after an upgrade without fetching the old ones again. Not in the plugin list
// when GraphiQL is off (PROXBOX_PERSISTED_OPERATIONS=only).
import { createHash } from "node:crypto";
import type { Plugin } from "graphql-yoga";
import { preferredCoding, varyOnAcceptEncoding } from "../content-coding.js";
import { GRAPHIQL_ASSETS_PATH, graphiqlAssets } from "../graphiql.js";

const IMMUTABLE = "public, max-age=31536000, immutable";

/** Whether If-None-Match names this (weak) tag: RFC 9110 §13.1.2, weak comparison. */
export function noneMatchHolds(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => opaque(tag) === opaque(etag));
}

export function useGraphiQLAssets(graphqlPath: string): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(GRAPHIQL_ASSETS_PATH)) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: "GET, HEAD" } }));
        return;
      }
      const asset = (await graphiqlAssets()).byPath.get(url.pathname);
      if (!asset) {
        // An old page's file after an upgrade, or a made-up name: not cacheable, it may exist later.
        endResponse(
          new fetchAPI.Response("No such GraphiQL file.\n", {
            status: 404,
            headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
          }),
        );
        return;
      }
      const headers = new fetchAPI.Headers({ "cache-control": IMMUTABLE, etag: asset.etag, vary: "Accept-Encoding" });
      if (noneMatchHolds(request.headers.get("if-none-match"), asset.etag)) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      headers.set("content-type", asset.contentType);
      headers.set("x-content-type-options", "nosniff");
      const coding = request.method === "GET" ? preferredCoding(request.headers.get("accept-encoding")) : null;
      const encoded = coding ? await asset.encoded(coding) : null;
      if (coding && encoded) headers.set("content-encoding", coding);
      const body = encoded ?? asset.body;
      headers.set("content-length", String(body.byteLength));
      endResponse(new fetchAPI.Response(request.method === "HEAD" ? null : body, { status: 200, headers }));
    },

    async onResponse({ request, response, setResponse, fetchAPI }) {
      // The page as Yoga rendered it: a GET of the endpoint that asked for HTML and got it.
      if (request.method !== "GET" || response.status !== 200 || !response.headers.get("content-type")?.startsWith("text/html")) return;
      const path = new URL(request.url).pathname;
      if (path !== graphqlPath && path !== `${graphqlPath}/`) return;
      const html = await response.text();
      const etag = `W/"${createHash("sha256").update(html).digest("hex").slice(0, 16)}"`;
      const headers = new fetchAPI.Headers(response.headers);
      headers.set("content-type", "text/html; charset=utf-8");
      headers.set("cache-control", "no-cache");
      headers.set("etag", etag);
      if (noneMatchHolds(request.headers.get("if-none-match"), etag)) {
        headers.delete("content-type");
        headers.delete("content-length");
        // As the 200 would (useCompression, later in the list, adds it to that one).
        varyOnAcceptEncoding(headers);
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      setResponse(new fetchAPI.Response(html, { status: 200, headers }));
    },
  };
}
