// Persisted operations: clients send the hash of a document the server knows instead of the
// document. The server knows the documents of a manifest (hash → document) that `npm run codegen`
// writes from the documents in examples/ (client preset, `persistedDocuments`), read once at
// start-up, and, in accept mode, the documents clients register themselves by Apollo's automatic
// persisted queries (src/server/plugins/persisted-query-registration.ts).
//
//   PROXBOX_PERSISTED_OPERATIONS=off     documents only; nothing is read, and a hash alone is answered
//                                        PERSISTED_QUERY_NOT_SUPPORTED (the default)
//                                accept  the manifest's hashes run, so do registered documents'
//                                        hashes, and so do documents. A hash neither knows is
//                                        PERSISTED_QUERY_NOT_FOUND; the client then sends the
//                                        document with the hash, and it is kept (memory or Redis)
//                                only    the manifest's hashes alone: an allow-list. A document
//                                        sent as text, an unknown hash or a request with neither
//                                        is refused; nothing is registered; GraphiQL is not
//                                        served (it sends documents).
//
// How a hash is sent: src/server/persisted-query-protocol.ts.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import { type GraphQLError, getOperationAST, parse, type GraphQLSchema, validate } from "graphql";
import type { Plugin } from "graphql-yoga";
import { ConfigError, DEFAULTS, type PersistedOperationsConfig, type PersistedOperationsMode } from "../config.js";
import { persistedDocumentIdOf, persistedQueryError, persistedQueryNotFound, sha256Of } from "./persisted-query-protocol.js";
import { memoryPersistedQueryStore, type PersistedQueryStore, sha256Hex } from "./persisted-query-store.js";
import { useNoPersistedQueries } from "./plugins/no-persisted-queries.js";
import { usePersistedQueryRegistration } from "./plugins/persisted-query-registration.js";

export interface PersistedDocuments {
  mode: Exclude<PersistedOperationsMode, "off">;
  /** The manifest, absolute. */
  file: string;
  /** Document text by sha256 (hex, without the "sha256:" prefix). */
  byHash: Map<string, string>;
  /** The default manifest was not there (accept mode on a fresh clone): no documents from it. */
  missing: boolean;
}

const FILE_VARIABLE = "PROXBOX_PERSISTED_OPERATIONS_FILE";

/**
 * Reads and checks the manifest: every key must be the sha256 of its document, and every document
 * must be valid against the schema (a manifest older than the schema stops the start, rather than
 * failing its clients one request at a time). Null when the mode is off. In accept mode the default
 * manifest may be missing, as it is on a fresh clone until `npm run codegen` writes it: clients
 * then register their documents; a manifest that was named must be there.
 */
export async function loadPersistedDocuments(
  config: Pick<PersistedOperationsConfig, "mode" | "file"> & { fileRequired?: boolean },
  schema: GraphQLSchema,
): Promise<PersistedDocuments | null> {
  if (config.mode === "off") return null;
  const file = resolve(config.file);
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    const absent = (error as NodeJS.ErrnoException).code === "ENOENT";
    if (absent && config.mode === "accept" && config.fileRequired === false)
      return { mode: config.mode, file, byHash: new Map(), missing: true };
    const reason = absent ? "no such file" : (error as Error).message;
    throw new ConfigError(
      FILE_VARIABLE,
      `PROXBOX_PERSISTED_OPERATIONS is ${config.mode}, but the manifest ${file} cannot be read (${reason}). ` +
        "`npm run codegen` writes it from the documents in examples/; or point this variable at one.",
    );
  }
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) {
    throw new ConfigError(FILE_VARIABLE, `${file} is not a manifest: expected a JSON object of "sha256:<hex>": "<document>".`);
  }
  const byHash = new Map<string, string>();
  for (const [key, document] of Object.entries(manifest)) {
    const hash = sha256Of(key);
    if (typeof document !== "string" || !hash) {
      throw new ConfigError(FILE_VARIABLE, `${file}: "${key.slice(0, 80)}" is not a sha256 hash of a document.`);
    }
    if (sha256Hex(document) !== hash) {
      throw new ConfigError(FILE_VARIABLE, `${file}: ${key} is not the sha256 of its document (made with another hash algorithm?).`);
    }
    let problems: readonly GraphQLError[];
    let name = key;
    try {
      const parsed = parse(document);
      name = getOperationAST(parsed)?.name?.value ?? key;
      problems = validate(schema, parsed);
    } catch (error) {
      problems = [error as GraphQLError];
    }
    if (problems.length) {
      throw new ConfigError(
        FILE_VARIABLE,
        `${file}: the operation ${name} does not fit the schema (${problems[0]!.message}); run \`npm run codegen\` to write the manifest again.`,
      );
    }
    byHash.set(hash, document);
  }
  return { mode: config.mode, file, byHash, missing: false };
}

const HOW = 'send a persisted document\'s hash as "documentId": "sha256:<hex>" or as extensions.persistedQuery.sha256Hash';

/**
 * The plugins of a mode. Off: hashes are answered "not supported". Accept: registration goes ahead
 * of the lookup, which then finds a document that came with its hash and leaves it be; registered
 * documents go to `store`, by default this process's memory with the default bounds.
 */
export function persistedOperationPlugins(documents: PersistedDocuments | null | undefined, store?: PersistedQueryStore): Plugin[] {
  if (!documents) return [useNoPersistedQueries()];
  const only = documents.mode === "only";
  const registered = only
    ? null
    : (store ?? memoryPersistedQueryStore({ maxBytes: DEFAULTS.PROXBOX_APQ_CACHE_BYTES, ttlSeconds: DEFAULTS.PROXBOX_APQ_TTL_SECONDS }));
  const plugins: Plugin[] = [
    ...(registered ? [usePersistedQueryRegistration(registered, (hash) => documents.byHash.has(hash))] : []),
    usePersistedOperations({
      allowArbitraryOperations: !only,
      extractPersistedOperationId: (params) => persistedDocumentIdOf(params),
      getPersistedOperation: (id) => {
        const hash = sha256Of(id);
        if (!hash) return null;
        return documents.byHash.get(hash) ?? registered?.get(hash) ?? null;
      },
      customErrors: {
        persistedQueryOnly: () =>
          persistedQueryError(
            "PERSISTED_QUERY_ONLY",
            `This server runs only the documents it knows (PROXBOX_PERSISTED_OPERATIONS=only): ${HOW}, instead of the document's text.`,
          ),
        notFound: () => persistedQueryNotFound(),
        keyNotFound: () =>
          persistedQueryError(
            "PERSISTED_QUERY_ID_REQUIRED",
            `The request has no document: ${HOW}${only ? "" : ", or send the document as query"}.`,
          ),
      },
    }),
  ];
  if (only) plugins.push(useNoGraphiQL());
  return plugins;
}

const GRAPHIQL_OFF_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>GraphiQL is off</title></head>
<body><h1>GraphiQL is off on this server</h1>
<p>It runs only persisted operations (<code>PROXBOX_PERSISTED_OPERATIONS=only</code>): clients send the hash of a document
it knows, and documents typed in GraphiQL would all be refused. Start the service with <code>PROXBOX_PERSISTED_OPERATIONS=accept</code>
(or <code>off</code>) to use GraphiQL.</p></body></html>
`;

/**
 * Yoga renders GraphiQL before any plugin of ours sees the request, so the page is replaced on its
 * way out: a GET that asked for HTML and got it is answered 404 with why.
 */
function useNoGraphiQL(): Plugin {
  return {
    onResponse({ request, response, setResponse, fetchAPI }) {
      if (request.method !== "GET" || !response.headers.get("content-type")?.startsWith("text/html")) return;
      const headers = new fetchAPI.Headers(response.headers);
      headers.set("content-type", "text/html; charset=utf-8");
      headers.delete("content-length");
      setResponse(new fetchAPI.Response(GRAPHIQL_OFF_PAGE, { status: 404, headers }));
    },
  };
}
