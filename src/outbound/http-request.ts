// One HTTP(S) request to a system behind an endpoint, with a bounded time, certificate checking
// as the endpoint says, no redirects (credentials must reach the endpoint's own host only), and
// failures sorted into kinds a person can act on.
import http from "node:http";
import https from "node:https";

export interface OutboundRequest {
  url: URL;
  method?: "GET" | "POST" | "PUT" | "DELETE";
  headers?: Record<string, string>;
  body?: string;
  /** Check the server's certificate (https only). */
  verifyTls: boolean;
  timeoutMs: number;
  /** Extra certificate authorities to trust, PEM (PROXBOX_CA_FILE). */
  ca?: string;
}

export interface OutboundResponse {
  status: number;
  /** Parsed JSON body, or undefined when the body is not JSON. */
  json: unknown;
  latencyMs: number;
}

/** Why a request to an endpoint failed, in the categories userErrors and checks report. */
export type FailureKind = "certificate" | "timeout" | "unreachable" | "protocol" | "authentication" | "response";

export class OutboundError extends Error {
  override name = "OutboundError";
  constructor(
    readonly kind: FailureKind,
    message: string,
    /** The HTTP status the endpoint answered with, when it answered. */
    readonly httpStatus: number | null = null,
  ) {
    super(message);
  }
}

const MAX_BODY_BYTES = 1 << 20;

const CERTIFICATE_CODES = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_UNTRUSTED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/** host:port as people write it. */
export function hostPort(url: URL): string {
  return url.host || `${url.hostname}:${url.port}`;
}

function describeFailure(code: string, detail: string, url: URL, timeoutMs: number): OutboundError {
  const where = hostPort(url);
  if (CERTIFICATE_CODES.has(code)) {
    const reason = code === "ERR_TLS_CERT_ALTNAME_INVALID" ? "it was issued for another name" : code.toLowerCase().replaceAll("_", " ");
    return new OutboundError(
      "certificate",
      `The TLS certificate of ${where} is not trusted (${reason}). Install a certificate the service trusts (or add its CA with PROXBOX_CA_FILE), or set verifySsl to false for this endpoint.`,
    );
  }
  if (code === "ETIMEDOUT" || code === "ESOCKETTIMEDOUT") {
    return new OutboundError("timeout", `${where} did not answer within ${timeoutMs / 1000} s.`);
  }
  if (code === "ENOTFOUND" || code === "EAI_AGAIN")
    return new OutboundError("unreachable", `Cannot reach ${where}: the host name ${url.hostname} was not found.`);
  if (code === "ECONNREFUSED")
    return new OutboundError("unreachable", `Cannot reach ${where}: the connection was refused (is the service running on that port?).`);
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH")
    return new OutboundError("unreachable", `Cannot reach ${where}: no route to the host.`);
  if (code === "ECONNRESET" || code === "EPIPE") {
    return new OutboundError("unreachable", `${where} closed the connection (if it serves HTTPS, the scheme may be wrong).`);
  }
  if (code.startsWith("ERR_SSL") || /ssl|tls/i.test(detail)) {
    return new OutboundError("protocol", `The TLS handshake with ${where} failed (is it serving HTTPS on that port?).`);
  }
  return new OutboundError("unreachable", `Cannot reach ${where} (${code || "connection failed"}).`);
}

export function send(request: OutboundRequest): Promise<OutboundResponse> {
  const { url, timeoutMs } = request;
  const secure = url.protocol === "https:";
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const body = request.body === undefined ? undefined : Buffer.from(request.body, "utf8");
    const options: https.RequestOptions = {
      method: request.method ?? "GET",
      // A body goes with its length: Proxmox's pve-http-server answers 501 to a chunked one.
      headers: { accept: "application/json", ...request.headers, ...(body ? { "content-length": String(body.length) } : {}) },
      // The whole exchange, not only the connection, is bounded.
      signal: AbortSignal.timeout(timeoutMs),
      ...(secure ? { rejectUnauthorized: request.verifyTls, ...(request.ca ? { ca: request.ca } : {}) } : {}),
    };
    let outgoing: http.ClientRequest;
    try {
      outgoing = (secure ? https : http).request(url, options, (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
          response.destroy();
          reject(
            new OutboundError(
              "response",
              `${hostPort(url)} answered with more than ${MAX_BODY_BYTES} bytes; is this the right server?`,
              response.statusCode,
            ),
          );
        });
        response.on("error", (error: NodeJS.ErrnoException) => reject(describeFailure(error.code ?? "", error.message, url, timeoutMs)));
        response.on("end", () => {
          let json: unknown;
          try {
            json = JSON.parse(Buffer.concat(chunks).toString("utf8"));
          } catch {
            json = undefined;
          }
          resolve({ status: response.statusCode ?? 0, json, latencyMs: Math.round(performance.now() - started) });
        });
      });
    } catch (error) {
      // Node refuses header values it cannot send (a line break, non-Latin-1 text) before any I/O.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ERR_INVALID_CHAR" && code !== "ERR_INVALID_HTTP_TOKEN") throw error;
      reject(
        new OutboundError(
          "authentication",
          "The stored credentials contain characters that cannot be sent in an HTTP header (a line break or non-ASCII text): set them again.",
        ),
      );
      return;
    }
    outgoing.on("error", (error: NodeJS.ErrnoException) => {
      const timedOut = error.name === "AbortError" || error.name === "TimeoutError";
      reject(describeFailure(timedOut ? "ETIMEDOUT" : (error.code ?? ""), error.message, url, timeoutMs));
    });
    outgoing.end(body);
  });
}
