// GraphiQL, served from the installed package (no CDN: it works on a machine without internet),
// opening on the API document's examples as named operations. The page is a few kilobytes; GraphiQL's
// script, style sheet, editor workers and icon are files of their own under GRAPHIQL_ASSETS_PATH,
// named by a hash of their content, so that a browser keeps them until an upgrade renames them
// (src/server/plugins/graphiql-assets.ts serves them). The page's own script (graphiql-page.js) keeps
// the token a person pastes in this browser and fetches the schema again when it changes.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { GraphiQLOptions } from "graphql-yoga";
import { compress, COMPRESSION_THRESHOLD_BYTES, type ContentCoding } from "./content-coding.js";

/** Under the GraphQL endpoint (GRAPHQL_PATH), so that a proxy that forwards /graphql forwards these too. */
export const GRAPHIQL_ASSETS_PATH = "/graphql/assets/";

/** What the Headers tab shows until a token is kept; graphiql-page.js never sends it. */
export const AUTHORIZATION_PLACEHOLDER = "Bearer nbt_<key>.<secret> or Token <v1 token>";

export const GRAPHIQL_EXAMPLES = `# Proxbox endpoint service
#
# 1. Open "Headers" below and put in your token, once:
#      {"Authorization": "Bearer nbt_<key>.<secret>"}   (v2)  or  {"Authorization": "Token <v1 token>"}
#    (a first token is printed by the service on its first start; more with createToken or
#    \`npm run token -- create\`). This browser keeps it, for every tab, until "Forget token" above.
# 2. Pick an operation with the run button. They are the examples of the Proxbox API document.

query ListProxmoxEndpoints {
  proxmoxEndpoints {
    totalCount
    nodes { id databaseId url display name domain port mode modeLabel version username tokenName hasTokenValue verifySsl tags { name } }
  }
}

mutation CreateProxmoxEndpointWithToken {
  createProxmoxEndpoint(input: {
    name: "prod-proxmox", domain: "proxmox.example.com", port: 8006, username: "root@pam",
    tokenName: "proxbox", tokenValue: "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", verifySsl: false
  }) {
    proxmoxEndpoint { id display connectionUrl hasTokenValue }
    userErrors { field message code }
  }
}

query ProxmoxEndpointsInClusterMode {
  proxmoxEndpoints(filter: { mode: { exact: CLUSTER } }) { nodes { id name mode modeLabel } }
}

mutation CreateNetBoxEndpointWithV2Token {
  createNetBoxEndpoint(input: {
    name: "remote-netbox", domain: "netbox.example.com", port: 443, verifySsl: true,
    tokenVersion: V2, tokenKey: "my-key-id", tokenSecret: "my-secret-value"
  }) {
    netBoxEndpoint { id display tokenVersionLabel tokenKey hasTokenSecret }
    userErrors { field message code }
  }
}

query NetBoxEndpointByName {
  netBoxEndpoints(filter: { name: { exact: "remote-netbox" } }) { nodes { id name domain port tokenVersion } }
}

mutation CreateFastApiEndpoint {
  createFastApiEndpoint(input: {
    name: "proxbox-backend", domain: "proxbox-api.example.com", port: 8800,
    useHttps: true, verifySsl: false, useWebsocket: true, websocketPort: 8800
  }) {
    fastApiEndpoint { id display connectionUrl websocketUrl registration { status message } }
    userErrors { field message code }
  }
}

query ListFastApiEndpoints {
  fastApiEndpoints { nodes { id name domain port useHttps verifySsl useWebsocket websocketDomain websocketPort serverSideWebsocket websocketUrl } }
}

query EveryEndpoint {
  endpoints(first: 20, orderBy: [{ field: NAME, direction: ASC }]) {
    totalCount
    nodes { __typename id display connectionUrl }
    pageInfo { hasNextPage endCursor }
  }
}
`;

export const graphiqlOptions: GraphiQLOptions = {
  title: "Proxbox endpoints",
  defaultQuery: GRAPHIQL_EXAMPLES,
  headers: JSON.stringify({ Authorization: AUTHORIZATION_PLACEHOLDER }, null, 2),
  shouldPersistHeaders: true,
  isHeadersEditorEnabled: true,
};

export interface GraphiQLAsset {
  /** GRAPHIQL_ASSETS_PATH, the name and a hash of the content: /graphql/assets/graphiql.<hash>.js */
  path: string;
  contentType: string;
  body: Buffer<ArrayBuffer>;
  /** Weak: the same for the body in every coding. */
  etag: string;
  /** The body in a coding, compressed at the first request for it; null when that saves little. */
  encoded(coding: ContentCoding): Promise<Buffer<ArrayBuffer> | null>;
}

export interface GraphiQLAssets {
  byPath: ReadonlyMap<string, GraphiQLAsset>;
  script: GraphiQLAsset;
  styles: GraphiQLAsset;
  pageScript: GraphiQLAsset;
  icon: GraphiQLAsset;
  /** Monaco's workers by the label it asks for them with. */
  workers: { editorWorkerService: GraphiQLAsset; json: GraphiQLAsset; graphql: GraphiQLAsset };
}

const JAVASCRIPT = "text/javascript; charset=utf-8";

function asset(name: string, extension: string, contentType: string, content: string | Buffer<ArrayBuffer>): GraphiQLAsset {
  const body = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
  const encodings = new Map<ContentCoding, Promise<Buffer<ArrayBuffer> | null>>();
  return {
    path: `${GRAPHIQL_ASSETS_PATH}${name}.${hash}.${extension}`,
    contentType,
    body,
    etag: `W/"${hash}"`,
    encoded(coding) {
      let encoding = encodings.get(coding);
      if (!encoding) {
        encoding =
          body.byteLength < COMPRESSION_THRESHOLD_BYTES
            ? Promise.resolve(null)
            : compress(body, coding, "once").then((compressed) => (compressed.byteLength < body.byteLength * 0.9 ? compressed : null));
        // A failure is not kept: the next request tries again.
        encoding.catch(() => encodings.delete(coding));
        encodings.set(coding, encoding);
      }
      return encoding;
    },
  };
}

/** A data: URL's bytes and type (the package has its icon only as one). */
function fromDataUrl(url: string): { type: string; body: Buffer<ArrayBuffer> } {
  const match = /^data:([^;,]+);base64,(.*)$/s.exec(url);
  if (!match) throw new Error("GraphiQL's icon is not a base64 data: URL");
  return { type: match[1]!, body: Buffer.from(match[2]!, "base64") };
}

async function loadAssets(): Promise<GraphiQLAssets> {
  // Some 9 MB of JavaScript: imported at the first request for GraphiQL, not at start-up.
  const bundle = await import("@graphql-yoga/render-graphiql/graphiql");
  const icon = fromDataUrl(bundle.favicon);
  const assets = {
    script: asset("graphiql", "js", JAVASCRIPT, bundle.js),
    styles: asset("graphiql", "css", "text/css; charset=utf-8", bundle.css),
    pageScript: asset("page", "js", JAVASCRIPT, await readFile(new URL("./graphiql-page.js", import.meta.url))),
    icon: asset("icon", icon.type === "image/x-icon" ? "ico" : "img", icon.type, icon.body),
    workers: {
      editorWorkerService: asset("editor.worker", "js", JAVASCRIPT, bundle.editorWorkerService),
      json: asset("json.worker", "js", JAVASCRIPT, bundle.jsonWorker),
      graphql: asset("graphql.worker", "js", JAVASCRIPT, bundle.graphqlWorker),
    },
  };
  const all = [assets.script, assets.styles, assets.pageScript, assets.icon, ...Object.values(assets.workers)];
  return { ...assets, byPath: new Map(all.map((item) => [item.path, item])) };
}

let loading: Promise<GraphiQLAssets> | undefined;

/** GraphiQL's files, loaded once (again after a failure). */
export function graphiqlAssets(): Promise<GraphiQLAssets> {
  if (!loading) {
    loading = loadAssets();
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** JSON that a <script> element holds as data: nothing in it can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

function page(options: GraphiQLOptions, assets: GraphiQLAssets): string {
  const title = escapeHtml(options.title ?? "GraphiQL");
  const settings = {
    graphiql: options,
    authorizationPlaceholder: AUTHORIZATION_PLACEHOLDER,
    workers: Object.fromEntries(Object.entries(assets.workers).map(([label, worker]) => [label, worker.path])),
  };
  // The bar above GraphiQL says how to get a token before any script has run; graphiql-page.js then
  // says whether this browser keeps one. The style sheet is linked after it, so that the bar paints
  // while GraphiQL's files load.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="${assets.icon.path}">
<link rel="preload" href="${assets.styles.path}" as="style">
<link rel="preload" href="${assets.script.path}" as="script">
<style>
html, body { height: 100%; margin: 0; overflow: hidden; }
body { display: flex; flex-direction: column; font: 14px/1.4 system-ui, sans-serif; }
#proxbox-token { flex: none; padding: 6px 12px; border-bottom: 1px solid #d0d4dc; background: #f4f6fa; color: #1f2430; }
#proxbox-token p { margin: 0; }
#proxbox-token code { font: 13px ui-monospace, monospace; }
#proxbox-token button { margin-left: 8px; font: inherit; }
body > #root { flex: 1; min-height: 0; }
/* GraphiQL fills the window; here it fills what the bar leaves. */
#root .graphiql-container { height: 100%; width: 100%; }
</style>
</head>
<body>
<div id="proxbox-token" role="note">
<p id="proxbox-token-none">No token yet. Put yours in <b>Headers</b> below, as <code>{"Authorization": "Bearer nbt_&lt;key&gt;.&lt;secret&gt;"}</code>
or <code>{"Authorization": "Token &lt;v1 token&gt;"}</code>; this browser keeps it. To get one: the service prints a first token at its
first start, and <code>npm run token -- create</code> or the <code>createToken</code> mutation make more.</p>
<p id="proxbox-token-kept" hidden><span id="proxbox-token-where">A token is kept in this browser (localStorage)</span> and sent by every
tab whose Headers hold none; paste another to replace it. <button type="button" id="proxbox-token-forget">Forget token</button></p>
</div>
<link rel="stylesheet" href="${assets.styles.path}">
<div id="root"><p>Loading GraphiQL…</p></div>
<noscript>GraphiQL needs JavaScript.</noscript>
<script id="graphiql-settings" type="application/json">${scriptJson(settings)}</script>
<script src="${assets.pageScript.path}" defer></script>
<script src="${assets.script.path}" defer></script>
</body>
</html>
`;
}

let rendered: { key: string; html: string } | undefined;

/** The page; Yoga calls this for every GET of /graphql that asks for HTML. */
export async function renderGraphiQL(options: GraphiQLOptions): Promise<string> {
  const assets = await graphiqlAssets();
  const key = JSON.stringify(options);
  if (rendered?.key !== key) rendered = { key, html: page(options, assets) };
  return rendered.html;
}
