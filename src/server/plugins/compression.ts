// Compresses answers made per request (GraphQL results and errors, GraphiQL's page, /metrics) with
// br or gzip, whichever the client accepts best, once they reach COMPRESSION_THRESHOLD_BYTES. Left as
// they are: streams (text/event-stream, multipart), types that are compressed already, HEAD, 204 and
// 304 (no body), a body that is already encoded or says no-transform, and one whose coding was
// chosen already (GraphiQL's files, compressed once, vary on Accept-Encoding themselves). Last in the
// plugin list, so that it sees the final body.
import type { Plugin } from "graphql-yoga";
import { COMPRESSION_THRESHOLD_BYTES, compress, preferredCoding, variesOnAcceptEncoding, varyOnAcceptEncoding } from "../content-coding.js";

const COMPRESSIBLE_TYPE = /^(?:application\/(?:json|graphql-response\+json)|text\/(?:html|plain|css|javascript))\s*(?:;|$)/i;

export function useCompression(): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const { headers } = response;
      if (!COMPRESSIBLE_TYPE.test(headers.get("content-type") ?? "") || variesOnAcceptEncoding(headers)) return;
      // What a cache may store for this URL depends on Accept-Encoding, compressed this time or not.
      varyOnAcceptEncoding(headers);
      if (request.method === "HEAD" || response.status === 204 || response.status === 304 || !response.body) return;
      if (headers.has("content-encoding") || /\bno-transform\b/i.test(headers.get("cache-control") ?? "")) return;
      const declaredLength = headers.get("content-length");
      if (declaredLength !== null && Number(declaredLength) < COMPRESSION_THRESHOLD_BYTES) return;
      const coding = preferredCoding(request.headers.get("accept-encoding"));
      if (!coding) return;

      // A body of unknown length is read to learn it; Yoga's answers are in memory already.
      const body = new Uint8Array(await response.arrayBuffer());
      const encoded = body.byteLength >= COMPRESSION_THRESHOLD_BYTES ? await compress(body, coding, "per-request") : null;
      const smaller = encoded && encoded.byteLength < body.byteLength ? encoded : null;
      const sent = new fetchAPI.Headers(headers);
      sent.set("content-length", String((smaller ?? body).byteLength));
      if (smaller) {
        sent.set("content-encoding", coding);
        // Other bytes than the identity ones: a strong validator would no longer hold.
        const etag = sent.get("etag");
        if (etag && !etag.startsWith("W/")) sent.set("etag", `W/${etag}`);
      }
      setResponse(new fetchAPI.Response(smaller ?? body, { status: response.status, statusText: response.statusText, headers: sent }));
    },
  };
}
