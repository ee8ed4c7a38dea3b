// Real HTTP and HTTPS servers on loopback that answer like the systems behind endpoints — Proxmox
// VE, NetBox and the Proxbox FastAPI backend — and record every request they receive, so that tests
// can assert what the service sent (method, path, headers, body) as well as what it stored.
// Also: a server that accepts connections and never answers (timeouts), a plain recorder (to prove
// nothing reached it) and a closed port (unreachable).
import { randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";
import net, { type AddressInfo } from "node:net";
import type { ServerIdentity } from "./tls.js";

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  path: string;
  /** Header names in lower case, as node:http gives them. */
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status: number;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

/** "hang": accept the request and never answer it. */
export type Handler = (request: RecordedRequest) => Reply | "hang";

export interface FakeServer {
  /** http(s)://127.0.0.1:<port> */
  readonly origin: string;
  readonly port: number;
  readonly secure: boolean;
  /** Every request received since the last reset, in order. */
  readonly requests: RecordedRequest[];
  /** Requests to one path (query ignored). */
  requestsTo(path: string, method?: string): RecordedRequest[];
  /** Answers are delayed by this many milliseconds (0: none). */
  delayMs: number;
  /** When set, every request is answered 302 with this Location, and nothing else happens. */
  redirectTo: string | null;
  clearRequests(): void;
  close(): Promise<void>;
}

function listenOnLoopback(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
}

export interface RecordingServerOptions {
  /**
   * Refuse a request body sent with a Transfer-Encoding, as Proxmox's pve-http-server does
   * (PVE::APIServer::AnyEvent): before reading the body it answers 501 with the reason as the
   * status text, no body and no Content-Length, and closes the connection.
   */
  refuseTransferEncoding?: boolean;
}

/** pve-http-server's error response: status line, its headers (HTTP::Headers order), no body. */
function pveErrorResponse(status: number, reason: string): string {
  const date = new Date().toUTCString();
  const headers = ["Cache-Control: max-age=0", "Connection: close", `Date: ${date}`, "Pragma: no-cache", "Server: pve-api-daemon/3.0"];
  return [`HTTP/1.1 ${status} ${reason}`, ...headers, `Expires: ${date}`, "", ""].join("\r\n");
}

/** A server that records every request and answers with `handler`; HTTPS when `tls` is given. */
export async function startRecordingServer(
  tls: ServerIdentity | null,
  handler: Handler,
  options: RecordingServerOptions = {},
): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const listener: http.RequestListener = (req, res) => {
    const transferEncoding = req.headers["transfer-encoding"];
    if (options.refuseTransferEncoding && transferEncoding !== undefined) {
      requests.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: "" });
      const reason =
        transferEncoding.toLowerCase() === "chunked"
          ? "chunked transfer encoding not supported"
          : `Unknown transfer encoding '${transferEncoding}'`;
      req.resume();
      req.socket.end(pveErrorResponse(501, reason));
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      let reply: Reply | "hang";
      if (fake.redirectTo) {
        reply = { status: 302, headers: { location: `${fake.redirectTo}${recorded.path}` }, text: "" };
      } else {
        try {
          reply = handler(recorded);
        } catch (error) {
          reply = { status: 500, text: `fake server failed: ${String(error)}` };
        }
      }
      if (reply === "hang") return;
      const { status, json, text, headers } = reply;
      const body = json !== undefined ? JSON.stringify(json) : (text ?? "");
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(status, {
          "content-type": json !== undefined ? "application/json" : "text/plain; charset=utf-8",
          "content-length": String(Buffer.byteLength(body)),
          ...headers,
        });
        res.end(body);
      };
      if (fake.delayMs > 0) setTimeout(send, fake.delayMs);
      else send();
    });
  };
  const server = tls ? https.createServer({ key: tls.key, cert: tls.cert }, listener) : http.createServer(listener);
  // A client that refuses the certificate aborts the handshake; that is expected here.
  server.on("tlsClientError", () => {});
  const port = await listenOnLoopback(server);
  const fake: FakeServer = {
    origin: `${tls ? "https" : "http"}://127.0.0.1:${port}`,
    port,
    secure: tls !== null,
    requests,
    requestsTo: (path, method) => requests.filter((r) => r.path.split("?")[0] === path && (method === undefined || r.method === method)),
    delayMs: 0,
    redirectTo: null,
    clearRequests: () => void (requests.length = 0),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return fake;
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) {
      try {
        // pveproxy URI-unescapes the cookie value.
        return decodeURIComponent(rest.join("="));
      } catch {
        return rest.join("=");
      }
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Proxmox VE

export type ClusterShape = "cluster" | "standalone" | "none" | unknown[];

export interface FakeProxmoxSettings {
  /** The user that may log in with a password (POST /api2/json/access/ticket). */
  username: string;
  password: string;
  /** The API token that is accepted: PVEAPIToken=<tokenUser>!<tokenName>=<tokenValue>. */
  tokenUser: string;
  tokenName: string;
  tokenValue: string;
  /** What GET /api2/json/version answers in "data". */
  version: Record<string, unknown>;
  /** What GET /api2/json/cluster/status answers in "data". */
  cluster: ClusterShape;
}

export interface FakeProxmox extends FakeServer {
  settings: FakeProxmoxSettings;
  /** Tickets handed out by POST /api2/json/access/ticket since the last reset. */
  readonly tickets: string[];
  reset(): void;
}

export const PROXMOX_VERSION = { version: "8.1.4", release: "8.1", repoid: "ec5affc9e41f1d79" };

function defaultProxmoxSettings(): FakeProxmoxSettings {
  return {
    username: "root@pam",
    password: "",
    tokenUser: "root@pam",
    tokenName: "",
    tokenValue: "",
    version: { ...PROXMOX_VERSION },
    cluster: "cluster",
  };
}

function node(index: number, local: boolean) {
  return {
    type: "node",
    id: `node/pve${index}`,
    name: `pve${index}`,
    nodeid: index,
    ip: `10.0.0.${index}`,
    local: local ? 1 : 0,
    online: 1,
    level: "",
  };
}

export function clusterStatusData(shape: ClusterShape): unknown[] {
  if (Array.isArray(shape)) return shape;
  if (shape === "cluster") {
    return [
      { type: "cluster", id: "cluster", name: "lab", nodes: 3, quorate: 1, version: 3 },
      node(1, true),
      node(2, false),
      node(3, false),
    ];
  }
  if (shape === "standalone") return [node(1, true)];
  return [];
}

const PROXMOX_UNAUTHORIZED: Reply = { status: 401, json: { data: null } };

export async function startFakeProxmox(tls: ServerIdentity): Promise<FakeProxmox> {
  let settings = defaultProxmoxSettings();
  const tickets: string[] = [];
  const authenticated = (request: RecordedRequest) => {
    const { tokenUser, tokenName, tokenValue } = settings;
    if (tokenName && tokenValue && request.headers.authorization === `PVEAPIToken=${tokenUser}!${tokenName}=${tokenValue}`) return true;
    const ticket = cookieValue(request.headers.cookie, "PVEAuthCookie");
    return ticket !== null && tickets.includes(ticket);
  };
  const answer: Handler = (request) => {
    const path = request.path.split("?")[0];
    if (request.method === "POST" && path === "/api2/json/access/ticket") {
      const form = new URLSearchParams(request.body);
      if (!settings.password || form.get("username") !== settings.username || form.get("password") !== settings.password) {
        return PROXMOX_UNAUTHORIZED;
      }
      const stamp = Math.floor(Date.now() / 1000)
        .toString(16)
        .toUpperCase();
      const ticket = `PVE:${settings.username}:${stamp}::${randomBytes(24).toString("base64")}`;
      tickets.push(ticket);
      return {
        status: 200,
        json: {
          data: { ticket, CSRFPreventionToken: `${stamp}:${randomBytes(16).toString("base64")}`, username: settings.username, cap: {} },
        },
      };
    }
    if (request.method === "GET" && path === "/api2/json/version") {
      return authenticated(request) ? { status: 200, json: { data: settings.version } } : PROXMOX_UNAUTHORIZED;
    }
    if (request.method === "GET" && path === "/api2/json/cluster/status") {
      return authenticated(request) ? { status: 200, json: { data: clusterStatusData(settings.cluster) } } : PROXMOX_UNAUTHORIZED;
    }
    return { status: 501, json: { data: null } };
  };
  const server = await startRecordingServer(tls, answer, { refuseTransferEncoding: true });
  const fake = server as FakeProxmox;
  Object.defineProperty(fake, "settings", {
    get: () => settings,
    set: (value: FakeProxmoxSettings) => (settings = value),
    enumerable: true,
  });
  Object.defineProperty(fake, "tickets", { get: () => tickets, enumerable: true });
  fake.reset = () => {
    settings = defaultProxmoxSettings();
    tickets.length = 0;
    fake.clearRequests();
    fake.delayMs = 0;
    fake.redirectTo = null;
  };
  return fake;
}

// ---------------------------------------------------------------------------------------------
// NetBox

export interface FakeNetboxSettings {
  /** The v1 token accepted as "Token <plaintext>". */
  v1Token: string | null;
  /** The v2 token accepted as "Bearer nbt_<key>.<secret>". */
  v2: { key: string; secret: string } | null;
}

export interface FakeNetbox extends FakeServer {
  settings: FakeNetboxSettings;
  reset(): void;
}

export const NETBOX_STATUS = {
  "django-version": "5.2.7",
  "installed-apps": { django_filters: "25.1", rest_framework: "3.16.1" },
  "netbox-version": "4.5.8",
  "netbox-full-version": "4.5.8",
  plugins: {},
  "python-version": "3.12.3",
  "rq-workers-running": 1,
};

/** A NetBox over HTTPS, or over plain HTTP when `tls` is null (NetBox on :8080 without TLS). */
export async function startFakeNetbox(tls: ServerIdentity | null): Promise<FakeNetbox> {
  let settings: FakeNetboxSettings = { v1Token: null, v2: null };
  const server = await startRecordingServer(tls, (request) => {
    if (request.method !== "GET" || request.path.split("?")[0] !== "/api/status/") return { status: 404, json: { detail: "Not found." } };
    const authorization = request.headers.authorization;
    if (!authorization) return { status: 403, json: { detail: "Authentication credentials were not provided." } };
    const accepted =
      (settings.v1Token !== null && authorization === `Token ${settings.v1Token}`) ||
      (settings.v2 !== null && authorization === `Bearer nbt_${settings.v2.key}.${settings.v2.secret}`);
    return accepted ? { status: 200, json: NETBOX_STATUS } : { status: 403, json: { detail: "Invalid v1 token" } };
  });
  const fake = server as FakeNetbox;
  Object.defineProperty(fake, "settings", {
    get: () => settings,
    set: (value: FakeNetboxSettings) => (settings = value),
    enumerable: true,
  });
  fake.reset = () => {
    settings = { v1Token: null, v2: null };
    fake.clearRequests();
    fake.delayMs = 0;
    fake.redirectTo = null;
  };
  return fake;
}

// ---------------------------------------------------------------------------------------------
// The Proxbox FastAPI backend

export interface FakeBackendSettings {
  /** What GET /auth/bootstrap-status says (the state changes when a key is registered). */
  needsBootstrap: boolean;
  hasDbKeys: boolean;
  /** "normal": as above; a number: that status with a JSON error; "hang": never answer; "html": 200 with a page. */
  bootstrapStatus: "normal" | number | "hang" | "html";
  /** "normal": 201, or 409 when a key exists, or 400 for a short key; a number: that status; "hang": never answer. */
  registerKey: "normal" | number | "hang";
  /** Keys shorter than this are refused with 400. */
  minKeyLength: number;
  /** "normal": GET /auth/keys as proxbox-api answers it; a number: that status with a JSON error. */
  listKeys: "normal" | number;
  /** Endpoint routes answer 503, as a backend that is down behind a proxy (the auth routes still answer). */
  endpointsDown: boolean;
}

export interface FakeBackend extends FakeServer {
  settings: FakeBackendSettings;
  /** The bodies of POST /auth/register-key that were accepted (201). */
  readonly registered: { api_key: string; label: string }[];
  /** The keys the backend accepts in X-Proxbox-API-Key: registered ones, and those POST /auth/keys issued. */
  readonly keys: BackendKey[];
  /**
   * The check of X-Proxbox-API-Key that proxbox-api's middleware makes on every route but the
   * bootstrap ones: null when the request may go on, else its 401 or 429 answer. Failed attempts
   * count as there (five, then 429 until a reset).
   */
  authenticate(request: RecordedRequest): Reply | null;
  /** Its copy of the endpoints (/proxmox/endpoints, /netbox/endpoint), as it stores them. */
  readonly endpointStore: BackendEndpointStore;
  reset(): void;
}

export interface BackendKey {
  id: number;
  label: string;
  key: string;
  isActive: boolean;
  createdAt: number;
}

const MAX_FAILED_ATTEMPTS = 5;

function defaultBackendSettings(): FakeBackendSettings {
  return {
    needsBootstrap: true,
    hasDbKeys: false,
    bootstrapStatus: "normal",
    registerKey: "normal",
    minKeyLength: 32,
    listKeys: "normal",
    endpointsDown: false,
  };
}

export async function startFakeBackend(tls: ServerIdentity | null): Promise<FakeBackend> {
  let settings = defaultBackendSettings();
  const registered: { api_key: string; label: string }[] = [];
  const keys: BackendKey[] = [];
  let failedAttempts = 0;
  const storeKey = (key: string, label: string) => {
    const stored = { id: keys.length + 1, label, key, isActive: true, createdAt: Date.now() / 1000 };
    keys.push(stored);
    return stored;
  };
  // proxbox_api/auth.py check_auth_header_with_session and the middleware's status codes.
  const authenticate = (request: RecordedRequest): Reply | null => {
    const refuse = (detail: string): Reply => ({ status: 401, json: { detail } });
    if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
      return {
        status: 429,
        json: { detail: "Too many failed authentication attempts. Please try again later." },
        headers: { "retry-after": "300" },
      };
    }
    if (keys.length === 0 && !settings.hasDbKeys)
      return refuse("No API key configured. Register a key via POST /auth/register-key or use an existing key.");
    const given = request.headers["x-proxbox-api-key"];
    const failed = (what: string) => {
      failedAttempts += 1;
      const remaining = MAX_FAILED_ATTEMPTS - failedAttempts;
      return refuse(remaining > 0 ? `${what}. ${remaining} attempts remaining.` : `${what}.`);
    };
    if (typeof given !== "string" || given === "") return failed("API key required");
    if (!keys.some((stored) => stored.isActive && stored.key === given)) return failed("Invalid API key");
    failedAttempts = 0;
    return null;
  };
  const endpointStore = newBackendEndpointStore();
  const server = await startRecordingServer(tls, (request) => {
    const path = request.path.split("?")[0];
    const endpoints = backendEndpointRoutes(endpointStore, request, {
      down: settings.endpointsDown,
      keys: keys.filter((stored) => stored.isActive).map((stored) => stored.key),
    });
    if (endpoints) return endpoints;
    if (path === "/auth/keys" && (request.method === "GET" || request.method === "POST")) {
      const refused = authenticate(request);
      if (refused) return refused;
      const view = ({ id, label, isActive, createdAt }: BackendKey) => ({ id, label, is_active: isActive, created_at: createdAt });
      if (request.method === "GET") {
        const behaviour = settings.listKeys;
        if (typeof behaviour === "number") return { status: behaviour, json: { detail: "Internal Server Error" } };
        return { status: 200, json: { keys: [...keys].reverse().map(view) } };
      }
      const issued = storeKey(randomBytes(48).toString("base64url"), "");
      return { status: 201, json: { ...view(issued), raw_key: issued.key } };
    }
    if (request.method === "GET" && path === "/auth/bootstrap-status") {
      const behaviour = settings.bootstrapStatus;
      if (behaviour === "hang") return "hang";
      if (behaviour === "html")
        return { status: 200, text: "<html><body>It works</body></html>", headers: { "content-type": "text/html" } };
      if (typeof behaviour === "number") return { status: behaviour, json: { detail: "Internal Server Error" } };
      return { status: 200, json: { needs_bootstrap: settings.needsBootstrap, has_db_keys: settings.hasDbKeys } };
    }
    if (request.method === "POST" && path === "/auth/register-key") {
      const behaviour = settings.registerKey;
      if (behaviour === "hang") return "hang";
      if (typeof behaviour === "number")
        return { status: behaviour, json: { detail: behaviour === 409 ? "An API key is already configured." : "Internal Server Error" } };
      let body: unknown;
      try {
        body = JSON.parse(request.body);
      } catch {
        return { status: 422, json: { detail: [{ type: "json_invalid", loc: ["body"], msg: "JSON decode error" }] } };
      }
      const { api_key: apiKey, label } = (body ?? {}) as { api_key?: unknown; label?: unknown };
      if (typeof apiKey !== "string")
        return { status: 422, json: { detail: [{ type: "missing", loc: ["body", "api_key"], msg: "Field required" }] } };
      if (settings.hasDbKeys) return { status: 409, json: { detail: "An API key is already configured." } };
      if (apiKey.length < settings.minKeyLength)
        return { status: 400, json: { detail: `API key must be at least ${settings.minKeyLength} characters.` } };
      registered.push({ api_key: apiKey, label: typeof label === "string" ? label : "" });
      storeKey(apiKey, typeof label === "string" ? label : "");
      settings.needsBootstrap = false;
      settings.hasDbKeys = true;
      return { status: 201, json: { detail: "API key registered." } };
    }
    return { status: 404, json: { detail: "Not Found" } };
  });
  const fake = server as FakeBackend;
  Object.defineProperty(fake, "settings", {
    get: () => settings,
    set: (value: FakeBackendSettings) => (settings = value),
    enumerable: true,
  });
  Object.defineProperty(fake, "registered", { get: () => registered, enumerable: true });
  Object.defineProperty(fake, "keys", { get: () => keys, enumerable: true });
  Object.defineProperty(fake, "endpointStore", { get: () => endpointStore, enumerable: true });
  fake.authenticate = authenticate;
  fake.reset = () => {
    settings = defaultBackendSettings();
    registered.length = 0;
    keys.length = 0;
    failedAttempts = 0;
    endpointStore.clear();
    fake.clearRequests();
    fake.delayMs = 0;
    fake.redirectTo = null;
  };
  return fake;
}

// ---------------------------------------------------------------------------------------------
// proxbox-api's copy of the endpoints: /proxmox/endpoints and /netbox/endpoint, with its key check,
// its 400 messages and its one-NetBox-endpoint rule.

export interface BackendEndpointRow {
  id: number;
  /** The body it was last given (POST or PUT), secrets included: what the backend would use. */
  body: Record<string, unknown>;
}

export interface BackendEndpointStore {
  proxmox: BackendEndpointRow[];
  netbox: BackendEndpointRow[];
  /** Every accepted write, in order: "POST proxmox <name>", "PUT netbox <name>", "DELETE proxmox <name>". */
  log: string[];
  clear(): void;
}

function newBackendEndpointStore(): BackendEndpointStore {
  let nextId = 1;
  const store: BackendEndpointStore & { nextId(): number } = {
    proxmox: [],
    netbox: [],
    log: [],
    clear() {
      store.proxmox.length = 0;
      store.netbox.length = 0;
      store.log.length = 0;
    },
    nextId: () => nextId++,
  };
  return store;
}

/** What the backend lists: no secrets, as proxbox-api's public schemas. */
function publicRow(row: BackendEndpointRow): Record<string, unknown> {
  const { password: _password, token_value: _tokenValue, token: _token, ...rest } = row.body;
  return { id: row.id, ...rest };
}

function proxmoxBodyProblem(body: Record<string, unknown>): string | null {
  const hasName = typeof body.token_name === "string" && body.token_name !== "";
  const hasValue = typeof body.token_value === "string" && body.token_value !== "";
  if (hasName !== hasValue) return "token_name and token_value must be provided together";
  if (!(typeof body.password === "string" && body.password !== "") && !hasName) return "Provide password or both token_name/token_value";
  return null;
}

/** The endpoint routes, or null for any other path. */
function backendEndpointRoutes(
  store: BackendEndpointStore,
  request: RecordedRequest,
  options: { down: boolean; keys: string[] },
): Reply | null {
  const path = request.path.split("?")[0]!;
  const match = /^\/(proxmox\/endpoints|netbox\/endpoint)(?:\/(\d+))?$/.exec(path);
  if (!match) return null;
  if (options.down) return { status: 503, json: { detail: "Service Unavailable" } };
  const key = request.headers["x-proxbox-api-key"];
  if (typeof key !== "string" || key === "") return { status: 401, json: { detail: "Missing X-Proxbox-API-Key header" } };
  if (!options.keys.includes(key)) return { status: 403, json: { detail: "Invalid API key" } };
  const kind = match[1] === "proxmox/endpoints" ? "proxmox" : "netbox";
  const rows = store[kind];
  const id = match[2] === undefined ? null : Number(match[2]);
  const row = id === null ? undefined : rows.find((candidate) => candidate.id === id);
  const parse = (): Record<string, unknown> | Reply => {
    try {
      const body = JSON.parse(request.body) as unknown;
      if (body && typeof body === "object" && !Array.isArray(body)) return body as Record<string, unknown>;
    } catch {
      // as below
    }
    return { status: 422, json: { detail: [{ type: "json_invalid", loc: ["body"], msg: "JSON decode error" }] } };
  };
  const notFound: Reply = { status: 404, json: { detail: `${kind === "proxmox" ? "Proxmox" : "NetBox"} endpoint not found` } };
  if (id === null && request.method === "GET") return { status: 200, json: rows.map(publicRow) };
  if (id === null && request.method === "POST") {
    const body = parse();
    if ("status" in body && typeof body.status === "number") return body as Reply;
    const parsed = body as Record<string, unknown>;
    if (kind === "netbox" && rows.length > 0) return { status: 400, json: { detail: "Only one NetBox endpoint is allowed" } };
    const problem = kind === "proxmox" ? proxmoxBodyProblem(parsed) : null;
    if (problem) return { status: 400, json: { detail: problem } };
    if (rows.some((candidate) => candidate.body.name === parsed.name))
      return { status: 400, json: { detail: "An endpoint with this name already exists" } };
    const created = { id: (store as BackendEndpointStore & { nextId(): number }).nextId(), body: parsed };
    rows.push(created);
    store.log.push(`POST ${kind} ${String(parsed.name)}`);
    return { status: 201, json: publicRow(created) };
  }
  if (id !== null && request.method === "GET") return row ? { status: 200, json: publicRow(row) } : notFound;
  if (id !== null && request.method === "PUT") {
    if (!row) return notFound;
    const body = parse();
    if ("status" in body && typeof body.status === "number") return body as Reply;
    const parsed = body as Record<string, unknown>;
    const problem = kind === "proxmox" ? proxmoxBodyProblem(parsed) : null;
    if (problem) return { status: 400, json: { detail: problem } };
    row.body = parsed;
    store.log.push(`PUT ${kind} ${String(parsed.name)}`);
    return { status: 200, json: publicRow(row) };
  }
  if (id !== null && request.method === "DELETE") {
    if (!row) return notFound;
    rows.splice(rows.indexOf(row), 1);
    store.log.push(`DELETE ${kind} ${String(row.body.name)}`);
    return { status: 200, json: { message: "Endpoint deleted." } };
  }
  return { status: 405, json: { detail: "Method Not Allowed" } };
}

// ---------------------------------------------------------------------------------------------
// Servers that do not help

export interface SilentServer {
  readonly port: number;
  /** How many TCP connections were accepted since the last reset. */
  readonly connections: number;
  /** Bytes received since the last reset (a TLS ClientHello, an HTTP request…). */
  readonly bytesReceived: number;
  reset(): void;
  close(): Promise<void>;
}

/** Accepts TCP connections and never answers: neither a TLS handshake nor an HTTP response. */
export async function startSilentServer(): Promise<SilentServer> {
  const sockets = new Set<net.Socket>();
  let connections = 0;
  let bytesReceived = 0;
  const server = net.createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on("data", (chunk) => (bytesReceived += chunk.length));
    socket.on("error", () => {});
    socket.on("close", () => sockets.delete(socket));
  });
  const port = await listenOnLoopback(server);
  return {
    port,
    get connections() {
      return connections;
    },
    get bytesReceived() {
      return bytesReceived;
    },
    reset() {
      connections = 0;
      bytesReceived = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listenOnLoopback(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
