// Content codings (RFC 9110 §8.4.1, §12.5.3): which one a request accepts best, and a body in it.
// Shared by the compression plugin (bodies made per request) and GraphiQL's files (compressed once).
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import Negotiator from "negotiator";
import { variesOn, varyOn } from "./vary.js";

export type ContentCoding = "br" | "gzip";

export const CONTENT_CODINGS: readonly ContentCoding[] = ["br", "gzip"];

/** Bodies smaller than this are sent as they are: a coding's framing and the work outweigh the bytes saved. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * The coding to send a body in, null for none: the client's best by q-value (`gzip;q=0.5`,
 * `identity;q=0`, `*`), br before gzip before none at equal weight. No header: none.
 */
export function preferredCoding(
  acceptEncoding: string | null,
  available: readonly ContentCoding[] = CONTENT_CODINGS,
): ContentCoding | null {
  if (!acceptEncoding) return null;
  const offered = [...available, "identity"];
  const [best] = new Negotiator({ headers: { "accept-encoding": acceptEncoding } }).encodings(offered, { preferred: offered });
  return best === "br" || best === "gzip" ? best : null;
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The body in a coding, compressed on libuv's thread pool. `per-request` is quick (brotli 4, gzip 6,
 * what HTTP servers use for dynamic answers); `once` is for files compressed once and served many
 * times (brotli 9, gzip 9: brotli's 10 and 11 cost some 20 times the time for a tenth fewer bytes).
 */
export function compress(body: Uint8Array, coding: ContentCoding, effort: "per-request" | "once"): Promise<Buffer<ArrayBuffer>> {
  if (coding === "gzip") return gzipAsync(body, { level: effort === "once" ? 9 : 6 });
  return brotliAsync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: effort === "once" ? 9 : 4,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
}

/** Whether a response's Vary already names Accept-Encoding (or `*`): its coding was chosen for this request. */
export function variesOnAcceptEncoding(headers: Headers): boolean {
  return variesOn(headers, "Accept-Encoding");
}

/** Adds Accept-Encoding to a response's Vary, keeping what it names already (Origin, say). */
export function varyOnAcceptEncoding(headers: Headers): void {
  varyOn(headers, "Accept-Encoding");
}
