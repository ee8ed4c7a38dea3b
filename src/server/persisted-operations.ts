// Persisted operations: clients send the hash of a document the server knows instead of the
// document. The known documents are a manifest (hash → document) that `npm run codegen` writes from
// the documents in examples/ (client preset, `persistedDocuments`), read once at start-up.
//
//   PROXBOX_PERSISTED_OPERATIONS=off     documents only; nothing is read (the default)
//                                accept  the manifest's hashes run, and so do documents
//                                only    the manifest's hashes alone: an allow-list. A document
//                                        sent as text, an unknown hash or a request with neither
//                                        is refused with HTTP 400; GraphiQL is not served (it
//                                        sends documents).
//
// A hash is sent the GraphQL-over-HTTP way, `"documentId": "sha256:<hex>"` (POST), or Apollo's,
// `"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "<hex>"}}` (POST or GET).
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import { GraphQLError, getOperationAST, parse, type GraphQLSchema, validate } from "graphql";
import type { GraphQLParams, Plugin } from "graphql-yoga";
import { ConfigError, type PersistedOperationsConfig, type PersistedOperationsMode } from "../config.js";
import { requestErrorHttp } from "./error-status.js";

export interface PersistedDocuments {
  mode: Exclude<PersistedOperationsMode, "off">;
  /** The manifest, absolute. */
  file: string;
  /** Document text by sha256 (hex, without the "sha256:" prefix). */
  byHash: Map<string, string>;
}

const FILE_VARIABLE = "PROXBOX_PERSISTED_OPERATIONS_FILE";
const SHA256 = /^(?:sha256:)?([0-9a-f]{64})$/i;

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Reads and checks the manifest: every key must be the sha256 of its document, and every document
 * must be valid against the schema (a manifest older than the schema stops the start, rather than
 * failing its clients one request at a time). Null when the mode is off.
 */
export async function loadPersistedDocuments(config: PersistedOperationsConfig, schema: GraphQLSchema): Promise<PersistedDocuments | null> {
  if (config.mode === "off") return null;
  const file = resolve(config.file);
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
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
    const hash = SHA256.exec(key)?.[1]?.toLowerCase();
    if (typeof document !== "string" || !hash) {
      throw new ConfigError(FILE_VARIABLE, `${file}: "${key.slice(0, 80)}" is not a sha256 hash of a document.`);
    }
    if (sha256(document) !== hash) {
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
  return { mode: config.mode, file, byHash };
}

/** The hash a request names, if any (see the top of this file). */
export function persistedDocumentIdOf(params: GraphQLParams): string | null {
  const documentId = (params as { documentId?: unknown }).documentId;
  if (typeof documentId === "string") return documentId;
  const persisted = (params.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return persisted?.version === 1 && typeof persisted.sha256Hash === "string" ? persisted.sha256Hash : null;
}

function refusal(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: requestErrorHttp() } });
}

const HOW = 'send a persisted document\'s hash as "documentId": "sha256:<hex>" or as extensions.persistedQuery.sha256Hash';

/** The plugins of a mode: none when off. */
export function persistedOperationPlugins(documents: PersistedDocuments | null | undefined): Plugin[] {
  if (!documents) return [];
  const only = documents.mode === "only";
  const plugins: Plugin[] = [
    usePersistedOperations({
      allowArbitraryOperations: !only,
      extractPersistedOperationId: (params) => persistedDocumentIdOf(params),
      getPersistedOperation: (id) => {
        const hash = SHA256.exec(id)?.[1]?.toLowerCase();
        return (hash && documents.byHash.get(hash)) || null;
      },
      customErrors: {
        persistedQueryOnly: () =>
          refusal(
            "PERSISTED_QUERY_ONLY",
            `This server runs only the documents it knows (PROXBOX_PERSISTED_OPERATIONS=only): ${HOW}, instead of the document's text.`,
          ),
        notFound: ({ params }) =>
          refusal(
            "PERSISTED_QUERY_NOT_FOUND",
            `No persisted document has the hash ${String(persistedDocumentIdOf(params)).slice(0, 80)}: this server knows the ${documents.byHash.size} documents of its manifest.`,
          ),
        keyNotFound: () =>
          refusal("PERSISTED_QUERY_ID_REQUIRED", `The request has no document: ${HOW}${only ? "" : ", or send the document as query"}.`),
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
