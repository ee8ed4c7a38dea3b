// A small typed client of the Proxbox endpoint service: lists, creates and updates endpoints through
// the documents of operations.ts, with nothing but fetch. Every result and variable type comes from
// the schema (`npm run codegen` writes examples/generated/).
//
//   const client = createClient({ url: "http://127.0.0.1:4000/graphql", token: "nbt_…" });
//   const page = await listEndpoints(client, { q: "prod" });
//   const { endpoint, userErrors } = await createEndpoint(client, "PROXMOX", { name: "pve1", domain: "pve1.example.com", password: "…" });
//
// With `persisted: true` the client sends each document's hash instead of its text, for a server
// with PROXBOX_PERSISTED_OPERATIONS=accept or only.
import type {
  CreateFastApiEndpointInput,
  CreateNetBoxEndpointInput,
  CreateProxmoxEndpointInput,
  EndpointKind,
  EndpointSummaryFragment,
  ListEndpointsQuery,
  ListEndpointsQueryVariables,
  TypedDocumentString,
  UpdateFastApiEndpointInput,
  UpdateNetBoxEndpointInput,
  UpdateProxmoxEndpointInput,
  UserErrorDetailsFragment,
} from "./generated/graphql.js";
import {
  CreateFastApiEndpoint,
  CreateNetBoxEndpoint,
  CreateProxmoxEndpoint,
  ListEndpoints,
  UpdateFastApiEndpoint,
  UpdateNetBoxEndpoint,
  UpdateProxmoxEndpoint,
} from "./operations.js";

export type { EndpointKind, EndpointSummaryFragment as Endpoint, UserErrorDetailsFragment as UserError };

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** A token of the service: its plaintext ("nbt_…" for v2, 40 hex for v1), or a whole "Bearer …"/"Token …" value. */
  token: string;
  /** Send documents' hashes instead of their text (persisted operations). */
  persisted?: boolean;
  fetch?: typeof fetch;
}

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** The service answered with errors (or not with GraphQL at all). */
export class GraphQLRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: GraphQLErrorEntry[],
  ) {
    super(
      `HTTP ${status}: ${errors.map((error) => `${error.message}${error.extensions?.code ? ` (${error.extensions.code})` : ""}`).join("; ")}`,
    );
    this.name = "GraphQLRequestError";
  }

  /** The code of the first error, e.g. UNAUTHENTICATED or PERSISTED_QUERY_ONLY. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

export interface Client {
  request<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables?: Variables): Promise<Result>;
}

/** The Authorization header value for a token: v2 tokens are Bearer, v1 tokens Token. */
export function authorizationFor(token: string): string {
  const value = token.trim();
  if (/^(bearer|token)\s/i.test(value)) return value;
  return value.startsWith("nbt_") ? `Bearer ${value}` : `Token ${value}`;
}

export function createClient(options: ClientOptions): Client {
  const send = options.fetch ?? fetch;
  const authorization = authorizationFor(options.token);
  return {
    async request<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables?: Variables): Promise<Result> {
      const hash = (document.__meta__ as { hash?: string } | undefined)?.hash;
      if (options.persisted && !hash) throw new Error("This document has no hash: run `npm run codegen` (persistedDocuments) again.");
      // The GraphQL-over-HTTP way to name a persisted document: "documentId": "sha256:<hex>".
      const body = options.persisted ? { documentId: hash, variables } : { query: document.toString(), variables };
      const response = await send(options.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json, application/json",
          authorization,
        },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      let payload: { data?: Result | null; errors?: GraphQLErrorEntry[] };
      try {
        payload = JSON.parse(text) as typeof payload;
      } catch {
        throw new GraphQLRequestError(response.status, [{ message: `Not a GraphQL response: ${text.slice(0, 200)}` }]);
      }
      if (payload.errors?.length || payload.data == null) {
        throw new GraphQLRequestError(response.status, payload.errors ?? [{ message: "No data in the response." }]);
      }
      return payload.data;
    },
  };
}

export type EndpointPage = ListEndpointsQuery["endpoints"];

/** One page of endpoints of every kind (or of the kinds given), by name. */
export async function listEndpoints(client: Client, variables: ListEndpointsQueryVariables = {}): Promise<EndpointPage> {
  return (await client.request(ListEndpoints, variables)).endpoints;
}

/** Every endpoint, page after page. */
export async function* allEndpoints(
  client: Client,
  variables: Omit<ListEndpointsQueryVariables, "after"> = {},
): AsyncGenerator<EndpointSummaryFragment> {
  let after: string | null | undefined;
  do {
    const page = await listEndpoints(client, { ...variables, after });
    yield* page.nodes;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
}

/** What a create or update gives: the endpoint as stored, or the problems (and nothing written). */
export interface WriteResult {
  endpoint: EndpointSummaryFragment | null;
  userErrors: UserErrorDetailsFragment[];
}

export interface CreateInputs {
  PROXMOX: CreateProxmoxEndpointInput;
  NETBOX: CreateNetBoxEndpointInput;
  FASTAPI: CreateFastApiEndpointInput;
}

export interface UpdateInputs {
  PROXMOX: UpdateProxmoxEndpointInput;
  NETBOX: UpdateNetBoxEndpointInput;
  FASTAPI: UpdateFastApiEndpointInput;
}

export async function createEndpoint<Kind extends EndpointKind>(
  client: Client,
  kind: Kind,
  input: CreateInputs[Kind],
): Promise<WriteResult> {
  switch (kind) {
    case "PROXMOX": {
      const { createProxmoxEndpoint: payload } = await client.request(CreateProxmoxEndpoint, { input });
      return { endpoint: payload.proxmoxEndpoint ?? null, userErrors: payload.userErrors };
    }
    case "NETBOX": {
      const { createNetBoxEndpoint: payload } = await client.request(CreateNetBoxEndpoint, { input });
      return { endpoint: payload.netBoxEndpoint ?? null, userErrors: payload.userErrors };
    }
    default: {
      const { createFastApiEndpoint: payload } = await client.request(CreateFastApiEndpoint, { input });
      return { endpoint: payload.fastApiEndpoint ?? null, userErrors: payload.userErrors };
    }
  }
}

/** Changes the fields given (input.id names the endpoint); absent fields stay as they are. */
export async function updateEndpoint<Kind extends EndpointKind>(
  client: Client,
  kind: Kind,
  input: UpdateInputs[Kind],
): Promise<WriteResult> {
  switch (kind) {
    case "PROXMOX": {
      const { updateProxmoxEndpoint: payload } = await client.request(UpdateProxmoxEndpoint, { input });
      return { endpoint: payload.proxmoxEndpoint ?? null, userErrors: payload.userErrors };
    }
    case "NETBOX": {
      const { updateNetBoxEndpoint: payload } = await client.request(UpdateNetBoxEndpoint, { input });
      return { endpoint: payload.netBoxEndpoint ?? null, userErrors: payload.userErrors };
    }
    default: {
      const { updateFastApiEndpoint: payload } = await client.request(UpdateFastApiEndpoint, { input });
      return { endpoint: payload.fastApiEndpoint ?? null, userErrors: payload.userErrors };
    }
  }
}

const TYPENAME_OF_KIND = {
  PROXMOX: "ProxmoxEndpoint",
  NETBOX: "NetBoxEndpoint",
  FASTAPI: "FastAPIEndpoint",
} as const satisfies Record<EndpointKind, string>;
const KIND_OF_TYPENAME: Record<string, EndpointKind> = Object.fromEntries(
  Object.entries(TYPENAME_OF_KIND).map(([kind, typename]) => [typename, kind as EndpointKind]),
);

/** The kind a global ID names (they are base64 of "<Type>:<id>"); null for anything else. */
export function kindOfGlobalId(id: string): EndpointKind | null {
  try {
    return KIND_OF_TYPENAME[atob(id).split(":")[0] ?? ""] ?? null;
  } catch {
    return null;
  }
}
