// The mutation rules of the three endpoint kinds (issue 2, "Rules"): names, the domain-or-IP rule,
// domains, ports, references, NetBox tokens, patch semantics, defaults and derived fields, the
// generated FastAPI token, write-only secrets, "a failing mutation writes nothing and reports every
// problem", and deletes. Rules the kinds share run once per kind.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/gql.js";
import type {
  CreateFastApiEndpointInput,
  CreateNetBoxEndpointInput,
  CreateProxmoxEndpointInput,
  RulesEndpointFieldsFragment,
  RulesFastApiFieldsFragment,
  RulesNetBoxFieldsFragment,
  RulesProxmoxFieldsFragment,
  UpdateFastApiEndpointInput,
  UpdateNetBoxEndpointInput,
  UpdateProxmoxEndpointInput,
} from "./generated/graphql.js";
import { fastapiToken } from "../src/kinds/fastapi/connection.js";
import { netboxAuthorization } from "../src/kinds/netbox/connection.js";
import { proxmoxCredentials } from "../src/kinds/proxmox/connection.js";
import { encodeGlobalId } from "../src/domain/global-id.js";
import { inMemoryUpstreams } from "./support/in-memory-upstreams.js";
import { authorization, startService, type TestService } from "./support/service.js";
import { withProxmoxCredentials } from "./support/proxmox-credentials.js";

// ---------------------------------------------------------------- documents

graphql(`
  fragment RulesUserErrorFields on UserError {
    field
    code
    message
  }
`);

graphql(`
  fragment RulesEndpointFields on EndpointBase {
    __typename
    id
    databaseId
    name
    domain
    port
    verifySsl
    display
    url
    connectionUrl
    customFields
    ipAddress {
      id
      address
    }
    tags {
      id
      name
    }
  }
`);

graphql(`
  fragment RulesProxmoxFields on ProxmoxEndpoint {
    ...RulesEndpointFields
    mode
    modeLabel
    version
    repoid
    username
    tokenName
    hasPassword
    hasTokenValue
    allowWrites
  }
`);

graphql(`
  fragment RulesNetBoxFields on NetBoxEndpoint {
    ...RulesEndpointFields
    tokenVersion
    tokenVersionLabel
    tokenKey
    hasTokenSecret
    linkedToken: token {
      id
      version
    }
  }
`);

graphql(`
  fragment RulesFastApiFields on FastAPIEndpoint {
    ...RulesEndpointFields
    token
    useHttps
    useWebsocket
    websocketDomain
    websocketPort
    websocketUrl
    serverSideWebsocket
  }
`);

const CreateProxmox = graphql(`
  mutation RulesCreateProxmox($input: CreateProxmoxEndpointInput!) {
    createProxmoxEndpoint(input: $input) {
      proxmoxEndpoint {
        ...RulesProxmoxFields
      }
      userErrors {
        ...RulesUserErrorFields
      }
    }
  }
`);

const UpdateProxmox = graphql(`
  mutation RulesUpdateProxmox($input: UpdateProxmoxEndpointInput!) {
    updateProxmoxEndpoint(input: $input) {
      proxmoxEndpoint {
        ...RulesProxmoxFields
      }
      userErrors {
        ...RulesUserErrorFields
      }
    }
  }
`);

const DeleteProxmox = graphql(`
  mutation RulesDeleteProxmox($input: IdInput!) {
    deleteProxmoxEndpoint(input: $input) {
      deletedId
      userErrors {
        ...RulesUserErrorFields
      }
    }
  }
`);

const GetProxmox = graphql(`
  query RulesGetProxmox($id: ID!) {
    proxmoxEndpoint(id: $id) {
      ...RulesProxmoxFields
    }
  }
`);

const CreateNetBox = graphql(`
  mutation RulesCreateNetBox($input: CreateNetBoxEndpointInput!) {
    createNetBoxEndpoint(input: $input) {
      netBoxEndpoint {
        ...RulesNetBoxFields
      }
      userErrors {
        ...RulesUserErrorFields
      }
    }
  }
`);

const UpdateNetBox = graphql(`
  mutation RulesUpdateNetBox($input: UpdateNetBoxEndpointInput!) {
    updateNetBoxEndpoint(input: $input) {
      netBoxEndpoint {
        ...RulesNetBoxFields
      }
      userErrors {
        ...RulesUserErrorFields
      }
    }
  }
`);

const DeleteNetBox = graphql(`
  mutation RulesDeleteNetBox($input: IdInput!) {
    deleteNetBoxEndpoint(input: $input) {
      deletedId
      userErrors {
        ...RulesUserErrorFields
      }
    }
  }
`);

const GetNetBox = graphql(`
  query RulesGetNetBox($id: ID!) {
    netBoxEndpoint(id: $id) {
      ...RulesNetBoxFields
    }
  }
`);

const CreateFastApi = graphql(`
  mutation RulesCreateFastApi($input: CreateFastAPIEndpointInput!) {
    createFastApiEndpoint(input: $input) {
      fastApiEndpoint {
        ...RulesFastApiFields
      }
      userErrors {
        ...RulesUserErrorFields
      }
    }
  }
`);

const UpdateFastApi = graphql(`
  mutation RulesUpdateFastApi($input: UpdateFastAPIEndpointInput!) {
    updateFastApiEndpoint(input: $input) {
      fastApiEndpoint {
        ...RulesFastApiFields
      }
      userErrors {
        ...RulesUserErrorFields
      }
    }
  }
`);

const DeleteFastApi = graphql(`
  mutation RulesDeleteFastApi($input: IdInput!) {
    deleteFastApiEndpoint(input: $input) {
      deletedId
      userErrors {
        ...RulesUserErrorFields
      }
    }
  }
`);

const GetFastApi = graphql(`
  query RulesGetFastApi($id: ID!) {
    fastApiEndpoint(id: $id) {
      ...RulesFastApiFields
    }
  }
`);

const CreateIp = graphql(`
  mutation RulesCreateIp($input: CreateIPAddressInput!) {
    createIpAddress(input: $input) {
      ipAddress {
        id
        address
      }
      userErrors {
        ...RulesUserErrorFields
      }
    }
  }
`);

const CreateTag = graphql(`
  mutation RulesCreateTag($input: CreateTagInput!) {
    createTag(input: $input) {
      tag {
        id
        name
      }
      userErrors {
        ...RulesUserErrorFields
      }
    }
  }
`);

const CreateToken = graphql(`
  mutation RulesCreateToken($input: CreateTokenInput!) {
    createToken(input: $input) {
      token {
        id
        version
      }
      plaintext
      userErrors {
        ...RulesUserErrorFields
      }
    }
  }
`);

const ListEndpoints = graphql(`
  query RulesListEndpoints($q: String) {
    endpoints(q: $q, first: 50) {
      nodes {
        ...RulesProxmoxFields
        ...RulesNetBoxFields
        ...RulesFastApiFields
      }
    }
  }
`);

const SchemaTypes = graphql(`
  query RulesSchemaTypes {
    __schema {
      types {
        name
        kind
        fields {
          name
          args {
            name
            type {
              kind
            }
          }
          type {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                }
              }
            }
          }
        }
        inputFields {
          name
        }
      }
    }
  }
`);

// ---------------------------------------------------------------- the service and helpers

let service: TestService;
// The rules' side effects go to an in-memory fake: nothing waits on a socket here (the HTTP clients
// are tested in outbound.test.ts).
const upstreams = inMemoryUpstreams();
beforeAll(async () => {
  service = await startService({ upstreams });
});
afterAll(async () => {
  await service?.close();
});

interface UserErrorShape {
  field?: string[] | null;
  code: string;
  message: string;
}

type CommonEndpoint = RulesEndpointFieldsFragment;
type Input = Record<string, unknown>;

interface MutationResult<E> {
  endpoint: E | null;
  userErrors: UserErrorShape[];
  /** The whole response, serialized: to search for secrets. */
  body: string;
}

interface DeleteResult {
  deletedId: string | null;
  userErrors: UserErrorShape[];
  body: string;
}

type KindName = "PROXMOX" | "NETBOX" | "FASTAPI";

interface KindApi<E extends CommonEndpoint> {
  kind: KindName;
  typename: "ProxmoxEndpoint" | "NetBoxEndpoint" | "FastAPIEndpoint";
  segment: "proxmox" | "netbox" | "fastapi";
  defaultPort: number;
  /** "https" for Proxmox and NetBox; FastAPI defaults to http (useHttps false). */
  defaultScheme: "https" | "http";
  /** Fields of this kind that always have a value: null on update is refused. */
  nonNullable: Record<string, unknown>;
  /** A valid input that sets every field of the kind's own (not the shared ones). */
  fullDetail: Input;
  /** An update of an endpoint created with fullDetail that breaks one of the kind's own rules only. */
  detailProblem: { input: Input; error: { field: string[]; code: string } };
  create(input: Input): Promise<MutationResult<E>>;
  update(input: Input): Promise<MutationResult<E>>;
  remove(id: string): Promise<DeleteResult>;
  get(id: string): Promise<E | null>;
  /** The secrets stored for an endpoint, read back as the service reads them. */
  storedSecrets(databaseId: number): Promise<Record<string, string | null>>;
}

async function send<Data, Variables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<{ data: Data; body: string }> {
  const result = await service.gql(document, variables);
  const body = JSON.stringify(result);
  if (result.errors?.length || !result.data) throw new Error(`GraphQL failed (HTTP ${result.status}): ${body}`);
  return { data: result.data, body };
}

/** The Proxmox endpoints created with the test password by default, by global ID. */
const withTestPassword = new Set<string>();

const proxmox: KindApi<RulesProxmoxFieldsFragment> = {
  kind: "PROXMOX",
  typename: "ProxmoxEndpoint",
  segment: "proxmox",
  defaultPort: 8006,
  defaultScheme: "https",
  nonNullable: { mode: "CLUSTER", username: "api@pve", allowWrites: true },
  fullDetail: {
    mode: "CLUSTER",
    version: "8.2.4",
    repoid: "abc123",
    username: "sync@pve",
    password: "full-detail-password",
    tokenName: "sync",
    tokenValue: "full-detail-token-value",
    allowWrites: true,
  },
  detailProblem: { input: { version: "1".repeat(21) }, error: { field: ["version"], code: "TOO_LONG" } },
  // An input that names no credential gets the test password (the kind requires one); an endpoint
  // made so gets it again on each update, as a client re-enters it when the endpoint moves.
  async create(input) {
    const given = withProxmoxCredentials(input);
    const { data, body } = await send(CreateProxmox, { input: given as CreateProxmoxEndpointInput });
    const endpoint = data.createProxmoxEndpoint.proxmoxEndpoint ?? null;
    if (endpoint && given !== input) withTestPassword.add(endpoint.id);
    return { endpoint, userErrors: data.createProxmoxEndpoint.userErrors, body };
  },
  async update(input) {
    const given = withTestPassword.has(String(input.id)) ? withProxmoxCredentials(input) : input;
    const { data, body } = await send(UpdateProxmox, { input: given as UpdateProxmoxEndpointInput });
    return { endpoint: data.updateProxmoxEndpoint.proxmoxEndpoint ?? null, userErrors: data.updateProxmoxEndpoint.userErrors, body };
  },
  async remove(id) {
    const { data, body } = await send(DeleteProxmox, { input: { id } });
    return { ...data.deleteProxmoxEndpoint, deletedId: data.deleteProxmoxEndpoint.deletedId ?? null, body };
  },
  async get(id) {
    return (await send(GetProxmox, { id })).data.proxmoxEndpoint ?? null;
  },
  async storedSecrets(databaseId) {
    const { password, tokenValue } = await proxmoxCredentials(service.db, databaseId);
    return { password, tokenValue };
  },
};

const netbox: KindApi<RulesNetBoxFieldsFragment> = {
  kind: "NETBOX",
  typename: "NetBoxEndpoint",
  segment: "netbox",
  defaultPort: 443,
  defaultScheme: "https",
  nonNullable: { tokenVersion: "V1" },
  fullDetail: { tokenVersion: "V2", tokenKey: "fullkey0001", tokenSecret: "full-detail-token-secret" },
  detailProblem: { input: { tokenKey: "" }, error: { field: ["tokenKey"], code: "REQUIRED" } },
  async create(input) {
    const { data, body } = await send(CreateNetBox, { input: input as CreateNetBoxEndpointInput });
    return { endpoint: data.createNetBoxEndpoint.netBoxEndpoint ?? null, userErrors: data.createNetBoxEndpoint.userErrors, body };
  },
  async update(input) {
    const { data, body } = await send(UpdateNetBox, { input: input as UpdateNetBoxEndpointInput });
    return { endpoint: data.updateNetBoxEndpoint.netBoxEndpoint ?? null, userErrors: data.updateNetBoxEndpoint.userErrors, body };
  },
  async remove(id) {
    const { data, body } = await send(DeleteNetBox, { input: { id } });
    return { ...data.deleteNetBoxEndpoint, deletedId: data.deleteNetBoxEndpoint.deletedId ?? null, body };
  },
  async get(id) {
    return (await send(GetNetBox, { id })).data.netBoxEndpoint ?? null;
  },
  async storedSecrets(databaseId) {
    return { tokenSecret: await storedTokenSecret(databaseId) };
  },
};

const fastapi: KindApi<RulesFastApiFieldsFragment> = {
  kind: "FASTAPI",
  typename: "FastAPIEndpoint",
  segment: "fastapi",
  defaultPort: 8800,
  defaultScheme: "http",
  nonNullable: { useHttps: true, useWebsocket: true, websocketPort: 9000, serverSideWebsocket: true },
  fullDetail: { useHttps: true, useWebsocket: true, websocketDomain: "ws.example.com", websocketPort: 9443, serverSideWebsocket: true },
  detailProblem: { input: { websocketPort: 0 }, error: { field: ["websocketPort"], code: "OUT_OF_RANGE" } },
  async create(input) {
    const { data, body } = await send(CreateFastApi, { input: input as CreateFastApiEndpointInput });
    return { endpoint: data.createFastApiEndpoint.fastApiEndpoint ?? null, userErrors: data.createFastApiEndpoint.userErrors, body };
  },
  async update(input) {
    const { data, body } = await send(UpdateFastApi, { input: input as UpdateFastApiEndpointInput });
    return { endpoint: data.updateFastApiEndpoint.fastApiEndpoint ?? null, userErrors: data.updateFastApiEndpoint.userErrors, body };
  },
  async remove(id) {
    const { data, body } = await send(DeleteFastApi, { input: { id } });
    return { ...data.deleteFastApiEndpoint, deletedId: data.deleteFastApiEndpoint.deletedId ?? null, body };
  },
  async get(id) {
    return (await send(GetFastApi, { id })).data.fastApiEndpoint ?? null;
  },
  async storedSecrets(databaseId) {
    return { token: await fastapiToken(service.db, databaseId) };
  },
};

const KINDS = [proxmox, netbox, fastapi] as unknown as KindApi<CommonEndpoint>[];

let counter = 0;
/** A name no other test uses. */
function uniqueName(label: string): string {
  counter += 1;
  return `rules-${label}-${counter}`;
}

/** Creates an endpoint that must be valid; returns it. */
async function created<E extends CommonEndpoint>(api: KindApi<E>, input: Input = {}): Promise<E> {
  const result = await api.create({ name: uniqueName(api.segment), domain: "pve.example.com", ...input });
  expect(result.userErrors).toEqual([]);
  expect(result.endpoint).not.toBeNull();
  return result.endpoint!;
}

/** Updates an endpoint with an input that must be valid; returns it. */
async function updated<E extends CommonEndpoint>(api: KindApi<E>, input: Input): Promise<E> {
  const result = await api.update(input);
  expect(result.userErrors).toEqual([]);
  expect(result.endpoint).not.toBeNull();
  return result.endpoint!;
}

let nextIpHost = 100;

/** An IP address to link: a fresh one, or the one stored for `address` (an address is stored once). */
async function newIp(address?: string): Promise<{ id: string; address: string }> {
  const data = await service.ok(CreateIp, { input: { address: address ?? `192.0.2.${nextIpHost++}/24` } });
  const stored = address && (await service.db.prisma.ipAddress.findUnique({ where: { address }, select: { id: true, address: true } }));
  if (stored && data.createIpAddress.userErrors[0]?.code === "TAKEN")
    return { id: encodeGlobalId("IPAddress", stored.id), address: stored.address };
  expect(data.createIpAddress.userErrors).toEqual([]);
  return data.createIpAddress.ipAddress!;
}

async function newTag(): Promise<{ id: string; name: string }> {
  const data = await service.ok(CreateTag, { input: { name: uniqueName("tag") } });
  expect(data.createTag.userErrors).toEqual([]);
  return data.createTag.tag!;
}

/** V1: a NetBox credential token (the only kind a NetBox endpoint may link); V2: an API token. */
async function newToken(version: "V1" | "V2"): Promise<{ id: string; plaintext: string }> {
  const purpose = version === "V1" ? "NETBOX_CREDENTIAL" : "API";
  const data = await service.ok(CreateToken, { input: { version, purpose, description: "endpoint-rules" } });
  expect(data.createToken.userErrors).toEqual([]);
  return { id: data.createToken.token!.id, plaintext: data.createToken.plaintext! };
}

function globalId(typename: string, id: number | string): string {
  return Buffer.from(`${typename}:${id}`, "utf8").toString("base64");
}

/** IDs that name nothing. */
const MISSING = {
  ip: globalId("IPAddress", 2_000_000_001),
  tag: globalId("Tag", 2_000_000_002),
  token: globalId("Token", 2_000_000_003),
  endpoint: (typename: string) => globalId(typename, 2_000_000_004),
};

/** Asserts exactly these userErrors, in any order; message is checked where given. */
function expectUserErrors(actual: readonly UserErrorShape[], expected: { field: string[]; code?: string; message?: string }[]): void {
  const shape = (error: { field?: string[] | null; code?: string; message?: string }) =>
    `${(error.field ?? []).join(".")}|${error.code ?? "*"}`;
  expect(actual, JSON.stringify(actual)).toHaveLength(expected.length);
  for (const want of expected) {
    const match = actual.find(
      (error) =>
        JSON.stringify(error.field ?? []) === JSON.stringify(want.field) &&
        (want.code === undefined || error.code === want.code) &&
        (want.message === undefined || error.message === want.message),
    );
    expect(match, `expected ${shape(want)}${want.message ? ` "${want.message}"` : ""} among ${JSON.stringify(actual)}`).toBeDefined();
  }
}

const REQUIRED_HOST = "Provide either a domain or an IP address.";
const HOST_REQUIRED_ERRORS = [
  { field: ["domain"], code: "REQUIRED", message: REQUIRED_HOST },
  { field: ["ipAddressId"], code: "REQUIRED", message: REQUIRED_HOST },
];

/** Every row the endpoint mutations can write, every column included (secrets too). */
async function snapshot() {
  const prisma = service.db.prisma;
  const rows = (sql: string) => service.db.driver.query(sql);
  return {
    counts: {
      endpoints: await prisma.endpoint.count(),
      proxmox: await prisma.proxmoxEndpoint.count(),
      netbox: await prisma.netboxEndpoint.count(),
      fastapi: await prisma.fastapiEndpoint.count(),
      tagLinks: Number((await rows(`SELECT count(*)::int AS n FROM "_EndpointTags"`))[0]!.n),
      ipAddresses: await prisma.ipAddress.count(),
      tags: await prisma.tag.count(),
      tokens: await prisma.token.count(),
    },
    endpoint: await rows(`SELECT * FROM "endpoint" ORDER BY "id"`),
    proxmox: await rows(`SELECT * FROM "proxmox_endpoint" ORDER BY "endpoint_id"`),
    netbox: await rows(`SELECT * FROM "netbox_endpoint" ORDER BY "endpoint_id"`),
    fastapi: await rows(`SELECT * FROM "fastapi_endpoint" ORDER BY "endpoint_id"`),
    tagLinks: await rows(`SELECT * FROM "_EndpointTags" ORDER BY "A", "B"`),
  };
}

/** Runs a mutation that must fail: it returns userErrors, no object, and writes nothing at all. */
async function rejected<E>(mutation: () => Promise<MutationResult<E>>): Promise<MutationResult<E>> {
  const before = await snapshot();
  const result = await mutation();
  expect(result.endpoint).toBeNull();
  expect(result.userErrors.length).toBeGreaterThan(0);
  expect(await snapshot()).toEqual(before);
  return result;
}

async function detailRow(table: "proxmox_endpoint" | "netbox_endpoint" | "fastapi_endpoint", databaseId: number) {
  const [row] = await service.db.driver.query(`SELECT * FROM "${table}" WHERE "endpoint_id" = $1`, [databaseId]);
  return row!;
}

// Stored secrets are read back the way the service itself reads them (they may be sealed at rest).

/** A Proxmox password or token value as stored; null when none is. */
async function storedProxmoxSecret(databaseId: number, field: "password" | "tokenValue"): Promise<string | null> {
  return (await proxmoxCredentials(service.db, databaseId))[field];
}

/** A NetBox token secret (v2 secret or v1 token) as stored; null when none is. */
async function storedTokenSecret(databaseId: number): Promise<string | null> {
  const row = await detailRow("netbox_endpoint", databaseId);
  if (row.token_secret === null) return null;
  const header = await netboxAuthorization(service.db, databaseId);
  const prefix = row.token_version === "V1" ? "Token " : `Bearer nbt_${String(row.token_key)}.`;
  expect(header?.startsWith(prefix), `a stored secret of a ${String(row.token_version)} endpoint is used as ${prefix}<secret>`).toBe(true);
  return header!.slice(prefix.length);
}

/** A raw request, for documents that codegen must not check (invalid inputs, generated queries). */
async function rawRequest(query: string, variables: Record<string, unknown> = {}) {
  const response = await service.yoga.fetch("http://service.test/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json",
      authorization: authorization(service.writeToken),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    json: JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: { message: string }[] },
  };
}

const DOMAIN_253 = `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(61)}`;
const DOMAIN_254 = `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(62)}`;
const VALID_DOMAINS = ["localhost", "pve", "proxmox.example.com", "my-host.local", "PVE.Example.COM", "192.168.1.10"];
const INVALID_DOMAINS = ["10.0.0.1", "pve_1", "pve.", "a.b", "-pve", "pve-", "2001:db8::1"];

// ---------------------------------------------------------------- rules every kind shares

describe.each(KINDS.map((api) => [api.typename, api] as const))("%s: shared rules", (_typename, api) => {
  describe("name", () => {
    it("is required: an empty name is BLANK, and so is whitespace only, on create", async () => {
      for (const name of ["", "   "]) {
        const result = await rejected(() => api.create({ name, domain: "pve.example.com" }));
        expectUserErrors(result.userErrors, [{ field: ["name"], code: "BLANK" }]);
      }
    });

    it("is required on update too: blank or null is refused and the name stays", async () => {
      const endpoint = await created(api);
      for (const name of ["", "   "]) {
        const result = await rejected(() => api.update({ id: endpoint.id, name }));
        expectUserErrors(result.userErrors, [{ field: ["name"], code: "BLANK" }]);
      }
      const result = await rejected(() => api.update({ id: endpoint.id, name: null }));
      expectUserErrors(result.userErrors, [{ field: ["name"] }]);
      expect((await api.get(endpoint.id))!.name).toBe(endpoint.name);
    });

    it("is trimmed before it is stored, on create and on update", async () => {
      const name = uniqueName("trim");
      const endpoint = await created(api, { name: `  ${name}\t ` });
      expect(endpoint.name).toBe(name);
      expect((await service.db.prisma.endpoint.findUnique({ where: { id: endpoint.databaseId } }))!.name).toBe(name);

      const renamed = uniqueName("trim");
      const after = await updated(api, { id: endpoint.id, name: ` ${renamed} ` });
      expect(after.name).toBe(renamed);
      expect((await service.db.prisma.endpoint.findUnique({ where: { id: endpoint.databaseId } }))!.name).toBe(renamed);
    });

    it("accepts 255 characters and reports TOO_LONG above, after trimming", async () => {
      const name255 = uniqueName("long").padEnd(255, "x");
      const endpoint = await created(api, { name: `  ${name255}  ` });
      expect(endpoint.name).toBe(name255);

      const result = await rejected(() => api.create({ name: uniqueName("long").padEnd(256, "x"), domain: "pve.example.com" }));
      expectUserErrors(result.userErrors, [{ field: ["name"], code: "TOO_LONG" }]);

      const onUpdate = await rejected(() => api.update({ id: endpoint.id, name: uniqueName("long").padEnd(256, "y") }));
      expectUserErrors(onUpdate.userErrors, [{ field: ["name"], code: "TOO_LONG" }]);
    });

    it("is unique within the kind: TAKEN on create, also when it differs only by surrounding spaces", async () => {
      const first = await created(api);
      for (const name of [first.name, `  ${first.name} `]) {
        const result = await rejected(() => api.create({ name, domain: "other.example.com" }));
        expectUserErrors(result.userErrors, [{ field: ["name"], code: "TAKEN" }]);
      }
    });

    it("is unique within the kind: TAKEN on a rename through update, while keeping one's own name is fine", async () => {
      const first = await created(api);
      const second = await created(api);
      const result = await rejected(() => api.update({ id: second.id, name: first.name }));
      expectUserErrors(result.userErrors, [{ field: ["name"], code: "TAKEN" }]);
      expect((await api.get(second.id))!.name).toBe(second.name);

      const same = await updated(api, { id: second.id, name: second.name, port: 1234 });
      expect(same.name).toBe(second.name);
      expect(same.port).toBe(1234);
    });

    it("may be used by an endpoint of another kind", async () => {
      const name = uniqueName("shared");
      for (const other of KINDS) {
        const endpoint = await created(other, { name });
        expect(endpoint.name).toBe(name);
      }
      // And renaming into a name another kind holds is fine too.
      const mine = await created(api);
      const others = KINDS.filter((other) => other !== api);
      const otherName = uniqueName("other-kind");
      await created(others[0]!, { name: otherName });
      expect((await updated(api, { id: mine.id, name: otherName })).name).toBe(otherName);
    });
  });

  describe("a domain or an IP address", () => {
    it("is required on create: neither, null, empty or blank domain without an IP is REQUIRED on both fields", async () => {
      const inputs: Input[] = [{}, { domain: null }, { domain: "" }, { domain: "   " }, { domain: null, ipAddressId: null }];
      for (const extra of inputs) {
        const result = await rejected(() => api.create({ name: uniqueName("nohost"), ...extra }));
        expectUserErrors(result.userErrors, HOST_REQUIRED_ERRORS);
      }
    });

    it("is satisfied by an IP address alone; a blank domain next to it is stored as no domain", async () => {
      const ip = await newIp();
      for (const domain of [undefined, null, "", "   "]) {
        const endpoint = await created(api, { domain, ipAddressId: ip.id });
        expect(endpoint.domain).toBeNull();
        expect(endpoint.ipAddress?.id).toBe(ip.id);
        expect((await service.db.prisma.endpoint.findUnique({ where: { id: endpoint.databaseId } }))!.domain).toBeNull();
      }
    });

    it("is judged after the change on update: clearing the domain of an endpoint without IP fails", async () => {
      const endpoint = await created(api, { domain: "pve.example.com" });
      for (const domain of [null, "", "  "]) {
        const result = await rejected(() => api.update({ id: endpoint.id, domain }));
        expectUserErrors(result.userErrors, HOST_REQUIRED_ERRORS);
      }
      expect((await api.get(endpoint.id))!.domain).toBe("pve.example.com");
    });

    it("is judged after the change on update: clearing the domain while setting an IP succeeds", async () => {
      const ip = await newIp("198.51.100.7/24");
      const endpoint = await created(api, { domain: "pve.example.com" });
      const after = await updated(api, { id: endpoint.id, domain: null, ipAddressId: ip.id });
      expect(after.domain).toBeNull();
      expect(after.ipAddress?.id).toBe(ip.id);
      expect(after.display).toBe(`${endpoint.name} (198.51.100.7)`);
    });

    it("is judged after the change on update: clearing the domain succeeds when a stored IP remains", async () => {
      const ip = await newIp();
      const endpoint = await created(api, { domain: "pve.example.com", ipAddressId: ip.id });
      const after = await updated(api, { id: endpoint.id, domain: "" });
      expect(after.domain).toBeNull();
      expect(after.ipAddress?.id).toBe(ip.id);
    });

    it("is judged after the change on update: removing the IP of an endpoint without domain fails", async () => {
      const ip = await newIp();
      const endpoint = await created(api, { domain: null, ipAddressId: ip.id });
      const result = await rejected(() => api.update({ id: endpoint.id, ipAddressId: null }));
      expectUserErrors(result.userErrors, HOST_REQUIRED_ERRORS);
      // Setting a domain in the same update makes it valid.
      const after = await updated(api, { id: endpoint.id, ipAddressId: null, domain: "pve.example.com" });
      expect(after.ipAddress).toBeNull();
      expect(after.domain).toBe("pve.example.com");
    });
  });

  describe("domain", () => {
    it.each(VALID_DOMAINS)("accepts %s", async (domain) => {
      const endpoint = await created(api, { domain });
      expect(endpoint.domain).toBe(domain);
    });

    it.each(INVALID_DOMAINS)("rejects %s as INVALID with the exact message, on create and on update", async (domain) => {
      const ip = await newIp();
      const result = await rejected(() => api.create({ name: uniqueName("baddomain"), domain, ipAddressId: ip.id }));
      expectUserErrors(result.userErrors, [
        { field: ["domain"], code: "INVALID", message: "Enter a domain name such as server.example.com in the domain field." },
      ]);

      const endpoint = await created(api, { domain: "pve.example.com" });
      const onUpdate = await rejected(() => api.update({ id: endpoint.id, domain }));
      expectUserErrors(onUpdate.userErrors, [
        { field: ["domain"], code: "INVALID", message: "Enter a domain name such as server.example.com in the domain field." },
      ]);
    });

    it("accepts 253 characters and reports TOO_LONG at 254", async () => {
      expect(DOMAIN_253).toHaveLength(253);
      expect(DOMAIN_254).toHaveLength(254);
      const endpoint = await created(api, { domain: DOMAIN_253 });
      expect(endpoint.domain).toBe(DOMAIN_253);

      const ip = await newIp();
      const result = await rejected(() => api.create({ name: uniqueName("longdomain"), domain: DOMAIN_254, ipAddressId: ip.id }));
      expectUserErrors(result.userErrors, [{ field: ["domain"], code: "TOO_LONG" }]);

      const onUpdate = await rejected(() => api.update({ id: endpoint.id, domain: DOMAIN_254 }));
      expectUserErrors(onUpdate.userErrors, [{ field: ["domain"], code: "TOO_LONG" }]);
    });
  });

  describe("port", () => {
    it.each([0, -1, 65536])("rejects %i as OUT_OF_RANGE on create and on update", async (port) => {
      const result = await rejected(() => api.create({ name: uniqueName("port"), domain: "pve.example.com", port }));
      expectUserErrors(result.userErrors, [{ field: ["port"], code: "OUT_OF_RANGE" }]);

      const endpoint = await created(api);
      const onUpdate = await rejected(() => api.update({ id: endpoint.id, port }));
      expectUserErrors(onUpdate.userErrors, [{ field: ["port"], code: "OUT_OF_RANGE" }]);
    });

    it.each([1, 65535])("accepts %i on create and on update", async (port) => {
      const endpoint = await created(api, { port });
      expect(endpoint.port).toBe(port);
      const other = await created(api, { port: 4242 });
      expect((await updated(api, { id: other.id, port })).port).toBe(port);
    });
  });

  describe("references", () => {
    it("reports an unknown ipAddressId as NOT_FOUND on that field, also for an ID of another type", async () => {
      const tag = await newTag();
      for (const ipAddressId of [MISSING.ip, tag.id, "999999999"]) {
        const result = await rejected(() => api.create({ name: uniqueName("noip"), domain: "pve.example.com", ipAddressId }));
        expectUserErrors(result.userErrors, [{ field: ["ipAddressId"], code: "NOT_FOUND" }]);
      }
      const endpoint = await created(api);
      const onUpdate = await rejected(() => api.update({ id: endpoint.id, ipAddressId: MISSING.ip }));
      expectUserErrors(onUpdate.userErrors, [{ field: ["ipAddressId"], code: "NOT_FOUND" }]);
    });

    it("reports unknown tagIds as NOT_FOUND on tagIds, linking none of the others", async () => {
      const tag = await newTag();
      const ip = await newIp();
      for (const tagIds of [[MISSING.tag], [tag.id, MISSING.tag], [tag.id, ip.id]]) {
        const result = await rejected(() => api.create({ name: uniqueName("notag"), domain: "pve.example.com", tagIds }));
        expectUserErrors(result.userErrors, [{ field: ["tagIds"], code: "NOT_FOUND" }]);
      }
      const endpoint = await created(api, { tagIds: [tag.id] });
      const onUpdate = await rejected(() => api.update({ id: endpoint.id, tagIds: [MISSING.tag] }));
      expectUserErrors(onUpdate.userErrors, [{ field: ["tagIds"], code: "NOT_FOUND" }]);
      expect((await api.get(endpoint.id))!.tags.map((t) => t.id)).toEqual([tag.id]);
    });

    it("answers an update of an unknown id with NOT_FOUND on id", async () => {
      const result = await rejected(() => api.update({ id: MISSING.endpoint(api.typename), name: uniqueName("ghost") }));
      expectUserErrors(result.userErrors, [{ field: ["id"], code: "NOT_FOUND" }]);
    });

    it("answers an update through the id of another kind with NOT_FOUND on id, changing nothing", async () => {
      for (const other of KINDS.filter((candidate) => candidate !== api)) {
        const foreign = await created(other);
        for (const id of [foreign.id, String(foreign.databaseId)]) {
          const result = await rejected(() => api.update({ id, name: uniqueName("hijack"), port: 1111 }));
          expectUserErrors(result.userErrors, [{ field: ["id"], code: "NOT_FOUND" }]);
        }
        const after = await other.get(foreign.id);
        expect(after!.name).toBe(foreign.name);
        expect(after!.port).toBe(foreign.port);
      }
    });
  });

  describe("a failing mutation", () => {
    it("returns every problem at once: blank name, bad domain and bad port give three userErrors", async () => {
      const result = await rejected(() => api.create({ name: "  ", domain: "pve_1", port: 0 }));
      expectUserErrors(result.userErrors, [
        { field: ["name"], code: "BLANK" },
        { field: ["domain"], code: "INVALID", message: "Enter a domain name such as server.example.com in the domain field." },
        { field: ["port"], code: "OUT_OF_RANGE" },
      ]);

      const endpoint = await created(api);
      const onUpdate = await rejected(() => api.update({ id: endpoint.id, name: "", domain: "pve_1", port: 65536 }));
      expectUserErrors(onUpdate.userErrors, [
        { field: ["name"], code: "BLANK" },
        { field: ["domain"], code: "INVALID" },
        { field: ["port"], code: "OUT_OF_RANGE" },
      ]);
    });

    it("returns every problem at once: a taken name, unknown references and a bad port together", async () => {
      const existing = await created(api);
      const result = await rejected(() =>
        api.create({ name: existing.name, domain: "pve.example.com", ipAddressId: MISSING.ip, tagIds: [MISSING.tag], port: 70000 }),
      );
      expectUserErrors(result.userErrors, [
        { field: ["name"], code: "TAKEN" },
        { field: ["ipAddressId"], code: "NOT_FOUND" },
        { field: ["tagIds"], code: "NOT_FOUND" },
        { field: ["port"], code: "OUT_OF_RANGE" },
      ]);
    });

    it("writes nothing: an update with one bad field leaves every other given field, tag link and secret as it was", async () => {
      const [tagA, tagB] = [await newTag(), await newTag()];
      const ip = await newIp();
      const endpoint = await created(api, { tagIds: [tagA.id], customFields: { keep: 1 }, ...api.fullDetail });
      const before = await snapshot();
      const result = await api.update({
        id: endpoint.id,
        name: uniqueName("changed"),
        domain: "changed.example.com",
        ipAddressId: ip.id,
        verifySsl: !endpoint.verifySsl,
        tagIds: [tagB.id],
        customFields: { changed: true },
        // The stored secrets, given again as a move to another domain asks.
        ...api.fullDetail,
        port: 0,
      });
      expect(result.endpoint).toBeNull();
      expectUserErrors(result.userErrors, [{ field: ["port"], code: "OUT_OF_RANGE" }]);
      expect(await snapshot()).toEqual(before);
    });

    it("writes nothing: valid changes to the shared fields are not stored when a rule of the kind fails", async () => {
      const [tagA, tagB] = [await newTag(), await newTag()];
      const ip = await newIp();
      const endpoint = await created(api, { tagIds: [tagA.id], customFields: { keep: 1 }, ...api.fullDetail });
      const before = await snapshot();
      const result = await api.update({
        id: endpoint.id,
        name: uniqueName("changed"),
        domain: "changed.example.com",
        ipAddressId: ip.id,
        port: 1212,
        verifySsl: !endpoint.verifySsl,
        tagIds: [tagB.id],
        customFields: { changed: true },
        ...api.fullDetail,
        ...api.detailProblem.input,
      });
      expect(result.endpoint).toBeNull();
      expectUserErrors(result.userErrors, [api.detailProblem.error]);
      expect(await snapshot()).toEqual(before);

      const onCreate = await rejected(() =>
        api.create({
          name: uniqueName("detail"),
          domain: "pve.example.com",
          tagIds: [tagA.id],
          ...api.fullDetail,
          ...api.detailProblem.input,
        }),
      );
      expectUserErrors(onCreate.userErrors, [api.detailProblem.error]);
    });
  });

  describe("patch semantics on update", () => {
    it("leaves absent fields unchanged", async () => {
      const tag = await newTag();
      const ip = await newIp();
      const endpoint = await created(api, {
        domain: "keep.example.com",
        ipAddressId: ip.id,
        port: 2345,
        verifySsl: true,
        tagIds: [tag.id],
        customFields: { site: "a", n: 1 },
        ...api.fullDetail,
      });
      const secretsBefore = await api.storedSecrets(endpoint.databaseId);
      expect(Object.values(secretsBefore).every((value) => typeof value === "string" && value.length > 0)).toBe(true);
      const rowsBefore = await snapshot();
      const after = await updated(api, { id: endpoint.id });
      expect(after).toEqual(endpoint);
      const rowsAfter = await snapshot();
      // Nothing but the change time may differ; secrets are compared by value (a sealed secret
      // may be sealed again without changing).
      const SECRET_COLUMNS = ["password", "token_value", "token_secret", "token"];
      const strip = (rows: Record<string, unknown>[], columns: string[]) =>
        rows.map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !columns.includes(column))));
      const comparable = (rows: typeof rowsBefore) => ({
        ...rows,
        endpoint: strip(rows.endpoint, ["last_updated"]),
        proxmox: strip(rows.proxmox, SECRET_COLUMNS),
        netbox: strip(rows.netbox, SECRET_COLUMNS),
        fastapi: strip(rows.fastapi, SECRET_COLUMNS),
      });
      expect(comparable(rowsAfter)).toEqual(comparable(rowsBefore));
      expect(await api.storedSecrets(endpoint.databaseId)).toEqual(secretsBefore);

      // A change to one field touches that field only. (A port change would ask for the stored
      // secrets again: test/security/secret-redirect.test.ts.)
      const changed = await updated(api, { id: endpoint.id, customFields: { site: "b" } });
      expect(changed).toEqual({ ...endpoint, customFields: { site: "b" } });
    });

    it("clears nullable fields given null: domain (when an IP remains), ipAddressId (when a domain remains), tagIds, customFields", async () => {
      const tag = await newTag();
      const ip = await newIp("203.0.113.5/24");
      const endpoint = await created(api, { domain: "clear.example.com", ipAddressId: ip.id, tagIds: [tag.id], customFields: { a: 1 } });
      expect(endpoint.tags).toHaveLength(1);
      expect(endpoint.customFields).toEqual({ a: 1 });

      const noTags = await updated(api, { id: endpoint.id, tagIds: null, customFields: null });
      expect(noTags.tags).toEqual([]);
      expect(noTags.customFields).toEqual({});
      expect(noTags.domain).toBe("clear.example.com");
      expect(noTags.ipAddress?.id).toBe(ip.id);
      expect(await service.db.driver.query(`SELECT * FROM "_EndpointTags" WHERE "A" = $1`, [endpoint.databaseId])).toEqual([]);

      const noDomain = await updated(api, { id: endpoint.id, domain: null });
      expect(noDomain.domain).toBeNull();
      expect(noDomain.ipAddress?.id).toBe(ip.id);

      const withDomain = await updated(api, { id: endpoint.id, domain: "back.example.com" });
      expect(withDomain.domain).toBe("back.example.com");
      const noIp = await updated(api, { id: endpoint.id, ipAddressId: null });
      expect(noIp.ipAddress).toBeNull();
      expect(noIp.domain).toBe("back.example.com");
      expect((await service.db.prisma.endpoint.findUnique({ where: { id: endpoint.databaseId } }))!.ipAddressId).toBeNull();
    });

    it("replaces tags and custom fields with what is given", async () => {
      const [tagA, tagB, tagC] = [await newTag(), await newTag(), await newTag()];
      const endpoint = await created(api, { tagIds: [tagA.id, tagB.id], customFields: { a: 1, nested: { x: [1, 2] } } });
      expect(endpoint.tags.map((t) => t.id).sort()).toEqual([tagA.id, tagB.id].sort());
      expect(endpoint.customFields).toEqual({ a: 1, nested: { x: [1, 2] } });
      const after = await updated(api, { id: endpoint.id, tagIds: [tagC.id], customFields: { b: 2 } });
      expect(after.tags.map((t) => t.id)).toEqual([tagC.id]);
      expect(after.customFields).toEqual({ b: 2 });
      const empty = await updated(api, { id: endpoint.id, tagIds: [] });
      expect(empty.tags).toEqual([]);
    });

    const nonNullable = (): [string, unknown][] => [["name", "x"], ["port", 1], ["verifySsl", true], ...Object.entries(api.nonNullable)];
    it.each(nonNullable().map(([field]) => field))(
      "refuses null for the non-nullable field %s, naming it, and changes nothing",
      async (field) => {
        const endpoint = await created(api, { ...api.fullDetail });
        const result = await rejected(() => api.update({ id: endpoint.id, [field]: null }));
        expectUserErrors(result.userErrors, [{ field: [field] }]);
        expect(await api.get(endpoint.id)).toEqual(endpoint);
      },
    );
  });

  describe("defaults and derived fields", () => {
    it("url names the kind and the database id; display is name (domain)", async () => {
      const endpoint = await created(api, { domain: "derived.example.com" });
      expect(endpoint.url).toBe(`/api/plugins/proxbox/endpoints/${api.segment}/${endpoint.databaseId}/`);
      expect(endpoint.display).toBe(`${endpoint.name} (derived.example.com)`);
      expect(endpoint.connectionUrl).toBe(`${api.defaultScheme}://derived.example.com:${api.defaultPort}`);
      expect(endpoint.__typename).toBe(api.typename);
      expect(Buffer.from(endpoint.id, "base64").toString("utf8")).toBe(`${api.typename}:${endpoint.databaseId}`);
    });

    it("display prefers the domain over the IP, and shows the IP without prefix length when there is no domain", async () => {
      const ip = await newIp("192.0.2.44/24");
      const both = await created(api, { domain: "both.example.com", ipAddressId: ip.id, port: 1234 });
      expect(both.display).toBe(`${both.name} (both.example.com)`);
      expect(both.connectionUrl).toBe(`${api.defaultScheme}://both.example.com:1234`);

      const ipOnly = await created(api, { domain: null, ipAddressId: ip.id, port: 1234 });
      expect(ipOnly.display).toBe(`${ipOnly.name} (192.0.2.44)`);
      expect(ipOnly.connectionUrl).toBe(`${api.defaultScheme}://192.0.2.44:1234`);
    });

    it("connectionUrl puts an IPv6 address in brackets", async () => {
      const ip = await newIp("2001:db8::10/64");
      const endpoint = await created(api, { domain: null, ipAddressId: ip.id });
      expect(endpoint.display).toBe(`${endpoint.name} (2001:db8::10)`);
      expect(endpoint.connectionUrl).toBe(`${api.defaultScheme}://[2001:db8::10]:${api.defaultPort}`);
    });

    it("an endpoint without optional inputs has no IP, no tags and empty custom fields", async () => {
      const endpoint = await created(api);
      expect(endpoint.port).toBe(api.defaultPort);
      expect(endpoint.ipAddress).toBeNull();
      expect(endpoint.tags).toEqual([]);
      expect(endpoint.customFields).toEqual({});
    });
  });

  describe("delete", () => {
    it("returns the global ID of the deleted endpoint, and the rows are gone", async () => {
      const tag = await newTag();
      const endpoint = await created(api, { tagIds: [tag.id] });
      const before = await snapshot();
      const result = await api.remove(endpoint.id);
      expect(result.userErrors).toEqual([]);
      expect(result.deletedId).toBe(endpoint.id);
      expect(Buffer.from(result.deletedId!, "base64").toString("utf8")).toBe(`${api.typename}:${endpoint.databaseId}`);
      expect(await api.get(endpoint.id)).toBeNull();
      expect(await service.db.prisma.endpoint.findUnique({ where: { id: endpoint.databaseId } })).toBeNull();
      const after = await snapshot();
      expect(after.counts.endpoints).toBe(before.counts.endpoints - 1);
      expect(after.counts[api.segment]).toBe(before.counts[api.segment] - 1);
      expect(after.counts.tagLinks).toBe(before.counts.tagLinks - 1);
      expect(after.counts.tags).toBe(before.counts.tags);

      // A second delete finds nothing.
      const again = await api.remove(endpoint.id);
      expect(again.deletedId).toBeNull();
      expectUserErrors(again.userErrors, [{ field: ["id"], code: "NOT_FOUND" }]);
    });

    it("answers an unknown id with NOT_FOUND, deleting nothing", async () => {
      await created(api);
      const before = await snapshot();
      for (const id of [MISSING.endpoint(api.typename), "2000000005"]) {
        const result = await api.remove(id);
        expect(result.deletedId).toBeNull();
        expectUserErrors(result.userErrors, [{ field: ["id"], code: "NOT_FOUND" }]);
      }
      expect(await snapshot()).toEqual(before);
    });

    it("answers NOT_FOUND to an endpoint of another kind, which stays", async () => {
      for (const other of KINDS.filter((candidate) => candidate !== api)) {
        const foreign = await created(other);
        const before = await snapshot();
        for (const id of [foreign.id, String(foreign.databaseId)]) {
          const result = await api.remove(id);
          expect(result.deletedId).toBeNull();
          expectUserErrors(result.userErrors, [{ field: ["id"], code: "NOT_FOUND" }]);
        }
        expect(await snapshot()).toEqual(before);
        expect(await other.get(foreign.id)).not.toBeNull();
      }
    });
  });
});

// ---------------------------------------------------------------- Proxmox

describe("ProxmoxEndpoint", () => {
  it("takes the defaults of the issue", async () => {
    const endpoint = await created(proxmox, { domain: "pve.example.com" });
    expect(endpoint).toMatchObject({
      port: 8006,
      mode: "UNDEFINED",
      modeLabel: "Undefined",
      username: "root@pam",
      verifySsl: false,
      allowWrites: false,
      tokenName: "",
      version: "",
      repoid: "",
      // A credential is required; the test's default is a password.
      hasPassword: true,
      hasTokenValue: false,
      connectionUrl: "https://pve.example.com:8006",
    });
  });

  it("labels each mode", async () => {
    const labels = { UNDEFINED: "Undefined", STANDALONE: "Standalone", CLUSTER: "Cluster" } as const;
    for (const [mode, label] of Object.entries(labels)) {
      const endpoint = await created(proxmox, { mode });
      expect(endpoint.mode).toBe(mode);
      expect(endpoint.modeLabel).toBe(label);
    }
    const endpoint = await created(proxmox, { mode: "STANDALONE" });
    const after = await updated(proxmox, { id: endpoint.id, mode: "CLUSTER" });
    expect(after.modeLabel).toBe("Cluster");
  });

  it("connectionUrl is https even without TLS verification", async () => {
    const endpoint = await created(proxmox, { domain: "pve", port: 443, verifySsl: false });
    expect(endpoint.connectionUrl).toBe("https://pve:443");
  });

  const secrets = [
    { field: "password", flag: "hasPassword", column: "password" },
    { field: "tokenValue", flag: "hasTokenValue", column: "token_value" },
  ] as const;

  describe.each(secrets)("the write-only $field", ({ field, flag, column }) => {
    // A token value goes with its name (proxbox-api refuses half a pair), and leaves with it.
    const pairedWith = field === "tokenValue" ? { tokenName: "sync" } : {};
    const clearedWith = field === "tokenValue" ? { tokenName: "" } : {};
    // The other credential, so that clearing this one leaves the endpoint one (proxbox-api requires it).
    const otherCredential =
      field === "tokenValue" ? { password: "other-credential" } : { tokenName: "other", tokenValue: "other-credential" };
    it("is stored on create and reported only through its flag", async () => {
      const secret = `${field}-${uniqueName("secret")}-Zq9`;
      const result = await proxmox.create({ name: uniqueName("secret"), domain: "pve.example.com", [field]: secret, ...pairedWith });
      expect(result.userErrors).toEqual([]);
      expect(result.endpoint![flag]).toBe(true);
      expect(result.body).not.toContain(secret);
      expect(await storedProxmoxSecret(result.endpoint!.databaseId, field)).toBe(secret);
    });

    it('is kept when absent, replaced when given, and cleared by null or ""', async () => {
      for (const clear of [null, ""]) {
        const secret = `${field}-${uniqueName("keep")}-Xy7`;
        const endpoint = await created(proxmox, { [field]: secret, ...pairedWith, ...otherCredential });
        expect(endpoint[flag]).toBe(true);

        const kept = await updated(proxmox, { id: endpoint.id, allowWrites: true });
        expect(kept[flag]).toBe(true);
        expect(await storedProxmoxSecret(endpoint.databaseId, field)).toBe(secret);

        const replacement = `${secret}-new`;
        const replaced = await proxmox.update({ id: endpoint.id, [field]: replacement });
        expect(replaced.userErrors).toEqual([]);
        expect(replaced.endpoint![flag]).toBe(true);
        expect(replaced.body).not.toContain(replacement);
        expect(await storedProxmoxSecret(endpoint.databaseId, field)).toBe(replacement);

        const cleared = await updated(proxmox, { id: endpoint.id, [field]: clear, ...clearedWith });
        expect(cleared[flag]).toBe(false);
        expect(await storedProxmoxSecret(endpoint.databaseId, field)).toBeNull();
        expect((await detailRow("proxmox_endpoint", endpoint.databaseId))[column]).toBeNull();
      }
    });

    it("is not written when the mutation fails", async () => {
      const endpoint = await created(proxmox, { [field]: "original-secret-value", ...pairedWith });
      const result = await rejected(() => proxmox.update({ id: endpoint.id, [field]: "should-not-be-stored", port: 0 }));
      expect(result.body).not.toContain("should-not-be-stored");
      expect(await storedProxmoxSecret(endpoint.databaseId, field)).toBe("original-secret-value");
    });
  });

  describe("an API token is a name and a value together, as proxbox-api requires", () => {
    const HALF_PAIR = "token_name and token_value must be provided together";

    it("refuses a token name without a value, on tokenValue, and a value without a name, on tokenName, on create", async () => {
      const nameOnly = await rejected(() => proxmox.create({ name: uniqueName("half"), domain: "pve.example.com", tokenName: "sync" }));
      expect(nameOnly.userErrors).toEqual([{ field: ["tokenValue"], code: "REQUIRED", message: HALF_PAIR }]);
      const valueOnly = await rejected(() =>
        proxmox.create({ name: uniqueName("half"), domain: "pve.example.com", password: "p-w-half", tokenValue: "t-v-half" }),
      );
      expect(valueOnly.userErrors).toEqual([{ field: ["tokenName"], code: "REQUIRED", message: HALF_PAIR }]);
      expect(valueOnly.body).not.toContain("t-v-half");
    });

    it("judges the pair after the change on update: clearing one half is refused, clearing both is fine", async () => {
      const endpoint = await created(proxmox, { tokenName: "sync", tokenValue: "t-v-pair", password: "p-w-pair" });
      const valueCleared = await rejected(() => proxmox.update({ id: endpoint.id, tokenValue: null }));
      expect(valueCleared.userErrors).toEqual([{ field: ["tokenValue"], code: "REQUIRED", message: HALF_PAIR }]);
      const nameCleared = await rejected(() => proxmox.update({ id: endpoint.id, tokenName: "" }));
      expect(nameCleared.userErrors).toEqual([{ field: ["tokenName"], code: "REQUIRED", message: HALF_PAIR }]);
      const renamed = await updated(proxmox, { id: endpoint.id, tokenName: "other" });
      expect(renamed).toMatchObject({ tokenName: "other", hasTokenValue: true });
      const both = await updated(proxmox, { id: endpoint.id, tokenName: "", tokenValue: "" });
      expect(both).toMatchObject({ tokenName: "", hasTokenValue: false });
      const valueGiven = await rejected(() => proxmox.update({ id: endpoint.id, tokenValue: "t-v-alone" }));
      expect(valueGiven.userErrors).toEqual([{ field: ["tokenName"], code: "REQUIRED", message: HALF_PAIR }]);
    });

    it("is reported with every other problem at once", async () => {
      const result = await rejected(() => proxmox.create({ name: "", domain: "pve.example.com", port: 0, tokenName: "sync" }));
      expectUserErrors(result.userErrors, [
        { field: ["name"], code: "BLANK" },
        { field: ["port"], code: "OUT_OF_RANGE" },
        { field: ["tokenValue"], code: "REQUIRED", message: HALF_PAIR },
      ]);
    });
  });

  describe("an endpoint carries a password or a whole API token, as proxbox-api requires", () => {
    const NO_CREDENTIALS = "Provide password or both token_name/token_value";
    const NONE = { field: ["password"], code: "REQUIRED", message: NO_CREDENTIALS };
    /** A create sent as given: the kind's create adds a password to an input that names no credential. */
    async function createAsGiven(input: CreateProxmoxEndpointInput): Promise<MutationResult<RulesProxmoxFieldsFragment>> {
      const { data, body } = await send(CreateProxmox, { input });
      return { endpoint: data.createProxmoxEndpoint.proxmoxEndpoint ?? null, userErrors: data.createProxmoxEndpoint.userErrors, body };
    }

    it("refuses a create with neither, on password, and writes nothing", async () => {
      const none = await rejected(() => createAsGiven({ name: uniqueName("bare"), domain: "pve.example.com" }));
      expect(none.userErrors).toEqual([NONE]);
      const empty = await rejected(() =>
        createAsGiven({ name: uniqueName("bare"), domain: "pve.example.com", password: "", tokenName: "", tokenValue: null }),
      );
      expect(empty.userErrors).toEqual([NONE]);
    });

    it("accepts a create with a password alone or a token pair alone", async () => {
      expect(await created(proxmox, { password: "p-w-only" })).toMatchObject({ hasPassword: true, hasTokenValue: false });
      expect(await created(proxmox, { tokenName: "sync", tokenValue: "t-v-only" })).toMatchObject({
        hasPassword: false,
        hasTokenValue: true,
      });
    });

    it("is reported with every other problem at once", async () => {
      const result = await rejected(() => createAsGiven({ name: "", domain: "pve.example.com", port: 0 }));
      expectUserErrors(result.userErrors, [{ field: ["name"], code: "BLANK" }, { field: ["port"], code: "OUT_OF_RANGE" }, NONE]);
    });

    it("on update, refuses a credential change that leaves neither, judged after the change", async () => {
      const withPassword = await created(proxmox, { password: "p-w-update" });
      const cleared = await rejected(() => proxmox.update({ id: withPassword.id, password: null }));
      expect(cleared.userErrors).toEqual([NONE]);
      // Swapping the password for a token in one update is fine.
      const swapped = await updated(proxmox, { id: withPassword.id, password: "", tokenName: "sync", tokenValue: "t-v-swap" });
      expect(swapped).toMatchObject({ hasPassword: false, hasTokenValue: true });
      const tokenCleared = await rejected(() => proxmox.update({ id: withPassword.id, tokenName: "", tokenValue: "" }));
      expect(tokenCleared.userErrors).toEqual([NONE]);
      const withBoth = await created(proxmox, { password: "p-w-both", tokenName: "sync", tokenValue: "t-v-both" });
      expect(await updated(proxmox, { id: withBoth.id, password: null })).toMatchObject({ hasPassword: false, hasTokenValue: true });
    });

    it("leaves an update that touches no credential alone, so an older endpoint stored without any still works", async () => {
      const name = uniqueName("legacy");
      const row = await service.db.prisma.endpoint.create({
        data: { kind: "PROXMOX", name, domain: "legacy.example.com", port: 8006, verifySsl: true, proxmox: { create: {} } },
        select: { id: true },
      });
      const id = encodeGlobalId("ProxmoxEndpoint", row.id);
      const renamed = await updated(proxmox, { id, name: `${name}-renamed`, domain: "renamed.example.com", port: 8007 });
      expect(renamed).toMatchObject({
        name: `${name}-renamed`,
        domain: "renamed.example.com",
        port: 8007,
        hasPassword: false,
        hasTokenValue: false,
      });
      const touched = await rejected(() => proxmox.update({ id, password: "" }));
      expect(touched.userErrors).toEqual([NONE]);
      expect(await updated(proxmox, { id, password: "p-w-legacy" })).toMatchObject({ hasPassword: true });
    });
  });

  it("returns every problem at once, the shared ones and unknown references together", async () => {
    const result = await rejected(() =>
      proxmox.create({ name: "", domain: "-pve", port: 0, ipAddressId: MISSING.ip, tagIds: [MISSING.tag], password: "p-w-secret" }),
    );
    expectUserErrors(result.userErrors, [
      { field: ["name"], code: "BLANK" },
      { field: ["domain"], code: "INVALID", message: "Enter a domain name such as server.example.com in the domain field." },
      { field: ["port"], code: "OUT_OF_RANGE" },
      { field: ["ipAddressId"], code: "NOT_FOUND" },
      { field: ["tagIds"], code: "NOT_FOUND" },
    ]);
    expect(result.body).not.toContain("p-w-secret");
  });
});

// ---------------------------------------------------------------- NetBox

const V2_TOKEN_MESSAGE =
  "Only a token made as a NetBox credential (createToken with purpose NETBOX_CREDENTIAL) can be linked; an API token of this service is never sent to another system. Or give the remote NetBox's token in tokenSecret.";
const KEY_REQUIRED = { field: ["tokenKey"], code: "REQUIRED", message: "Enter the key of the v2 token in the tokenKey field." };
const SECRET_REQUIRED = { field: ["tokenSecret"], code: "REQUIRED", message: "Enter the secret of the v2 token in the tokenSecret field." };

describe("NetBoxEndpoint", () => {
  it("takes the defaults of the issue", async () => {
    const endpoint = await created(netbox, { domain: "netbox.example.com" });
    expect(endpoint).toMatchObject({
      port: 443,
      tokenVersion: "V1",
      tokenVersionLabel: "v1 Token",
      verifySsl: true,
      tokenKey: "",
      hasTokenSecret: false,
      linkedToken: null,
      connectionUrl: "https://netbox.example.com:443",
    });
  });

  it("rejects a tokenId that names an API token (here a v2 one) on tokenId, before any other token rule", async () => {
    const v2 = await newToken("V2");
    for (const extra of [
      {},
      { tokenVersion: "V2" },
      { tokenVersion: "V2", tokenKey: "k", tokenSecret: "s-secret-1" },
      { tokenVersion: "V1" },
    ]) {
      const result = await rejected(() =>
        netbox.create({ name: uniqueName("v2token"), domain: "netbox.example.com", tokenId: v2.id, ...extra }),
      );
      expectUserErrors(result.userErrors, [{ field: ["tokenId"], message: V2_TOKEN_MESSAGE }]);
    }
    const endpoint = await created(netbox);
    const onUpdate = await rejected(() => netbox.update({ id: endpoint.id, tokenId: v2.id }));
    expectUserErrors(onUpdate.userErrors, [{ field: ["tokenId"], message: V2_TOKEN_MESSAGE }]);
    expect((await netbox.get(endpoint.id))!.linkedToken).toBeNull();
  });

  it("reports an unknown tokenId as NOT_FOUND on tokenId", async () => {
    const ip = await newIp();
    for (const tokenId of [MISSING.token, ip.id]) {
      const result = await rejected(() => netbox.create({ name: uniqueName("notoken"), domain: "netbox.example.com", tokenId }));
      expectUserErrors(result.userErrors, [{ field: ["tokenId"], code: "NOT_FOUND" }]);
    }
    const endpoint = await created(netbox);
    const onUpdate = await rejected(() => netbox.update({ id: endpoint.id, tokenId: MISSING.token }));
    expectUserErrors(onUpdate.userErrors, [{ field: ["tokenId"], code: "NOT_FOUND" }]);
  });

  it("lets a v1 tokenId force tokenVersion V1 and clear tokenKey and tokenSecret, even when V2, a key and a secret were sent", async () => {
    const v1 = await newToken("V1");
    const secret = `nb-secret-${uniqueName("forced")}`;
    const result = await netbox.create({
      name: uniqueName("v1token"),
      domain: "netbox.example.com",
      tokenId: v1.id,
      tokenVersion: "V2",
      tokenKey: "sent-key",
      tokenSecret: secret,
    });
    expect(result.userErrors).toEqual([]);
    const endpoint = result.endpoint!;
    expect(endpoint).toMatchObject({ tokenVersion: "V1", tokenVersionLabel: "v1 Token", tokenKey: "", hasTokenSecret: false });
    expect(endpoint.linkedToken).toEqual({ id: v1.id, version: "V1" });
    expect(result.body).not.toContain(secret);
    // The linked token's plaintext is a secret of its own.
    expect(result.body).not.toContain(v1.plaintext);
    const row = await detailRow("netbox_endpoint", endpoint.databaseId);
    expect(row).toMatchObject({ token_version: "V1", token_key: "", token_secret: null, has_token_secret: false });
  });

  it("with a stored v1 token, an update to V2 with key and secret but without tokenId stays V1 without key or secret", async () => {
    const v1 = await newToken("V1");
    const endpoint = await created(netbox, { tokenId: v1.id });
    const after = await updated(netbox, { id: endpoint.id, tokenVersion: "V2", tokenKey: "key-x", tokenSecret: "secret-x-123" });
    expect(after).toMatchObject({ tokenVersion: "V1", tokenKey: "", hasTokenSecret: false });
    expect(after.linkedToken?.id).toBe(v1.id);
    expect(await storedTokenSecret(endpoint.databaseId)).toBeNull();
  });

  it("switches a token-linked endpoint to V2 when tokenId is cleared and a key and secret are given", async () => {
    const v1 = await newToken("V1");
    const endpoint = await created(netbox, { tokenId: v1.id });
    const incomplete = await rejected(() => netbox.update({ id: endpoint.id, tokenId: null, tokenVersion: "V2" }));
    expectUserErrors(incomplete.userErrors, [KEY_REQUIRED, SECRET_REQUIRED]);

    const after = await updated(netbox, {
      id: endpoint.id,
      tokenId: null,
      tokenVersion: "V2",
      tokenKey: "key-y",
      tokenSecret: "secret-y-123",
    });
    expect(after).toMatchObject({
      tokenVersion: "V2",
      tokenVersionLabel: "v2 Token",
      tokenKey: "key-y",
      hasTokenSecret: true,
      linkedToken: null,
    });
    expect(await storedTokenSecret(endpoint.databaseId)).toBe("secret-y-123");
  });

  it("clearing tokenId alone leaves a V1 endpoint without token", async () => {
    const v1 = await newToken("V1");
    const endpoint = await created(netbox, { tokenId: v1.id });
    const after = await updated(netbox, { id: endpoint.id, tokenId: null });
    expect(after).toMatchObject({ tokenVersion: "V1", tokenKey: "", hasTokenSecret: false, linkedToken: null });
  });

  it("without tokenId, V2 requires tokenKey and tokenSecret, reporting both when both are missing", async () => {
    const cases: [Input, (typeof KEY_REQUIRED)[]][] = [
      [{}, [KEY_REQUIRED, SECRET_REQUIRED]],
      [{ tokenKey: "", tokenSecret: "" }, [KEY_REQUIRED, SECRET_REQUIRED]],
      [{ tokenKey: "   ", tokenSecret: null }, [KEY_REQUIRED, SECRET_REQUIRED]],
      [{ tokenKey: "key-only" }, [SECRET_REQUIRED]],
      [{ tokenSecret: "secret-only-123" }, [KEY_REQUIRED]],
      [{ tokenId: null, tokenKey: "key-only" }, [SECRET_REQUIRED]],
    ];
    for (const [extra, errors] of cases) {
      const result = await rejected(() =>
        netbox.create({ name: uniqueName("v2"), domain: "netbox.example.com", tokenVersion: "V2", ...extra }),
      );
      expectUserErrors(result.userErrors, errors);
      expect(result.body).not.toContain("secret-only-123");
    }
  });

  it("stores a V2 key and secret, and reports the secret only through hasTokenSecret", async () => {
    const secret = `nb-v2-secret-${uniqueName("v2ok")}`;
    const result = await netbox.create({
      name: uniqueName("v2ok"),
      domain: "netbox.example.com",
      tokenVersion: "V2",
      tokenKey: "abcdef123456",
      tokenSecret: secret,
    });
    expect(result.userErrors).toEqual([]);
    expect(result.endpoint).toMatchObject({
      tokenVersion: "V2",
      tokenVersionLabel: "v2 Token",
      tokenKey: "abcdef123456",
      hasTokenSecret: true,
      linkedToken: null,
    });
    expect(result.body).not.toContain(secret);
    expect(await storedTokenSecret(result.endpoint!.databaseId)).toBe(secret);
  });

  it("V1 without a token clears a key that was sent and keeps the secret as the remote NetBox's v1 token", async () => {
    for (const tokenVersion of ["V1", undefined]) {
      const result = await netbox.create({
        name: uniqueName("v1clear"),
        domain: "netbox.example.com",
        tokenVersion,
        tokenKey: "ignored-key",
        tokenSecret: "ignored-secret-1",
      });
      expect(result.userErrors).toEqual([]);
      expect(result.endpoint).toMatchObject({ tokenVersion: "V1", tokenKey: "", hasTokenSecret: true, linkedToken: null });
      expect(result.body).not.toContain("ignored-secret-1");
      expect(await detailRow("netbox_endpoint", result.endpoint!.databaseId)).toMatchObject({ token_key: "", has_token_secret: true });
      expect(await storedTokenSecret(result.endpoint!.databaseId)).toBe("ignored-secret-1");
    }
  });

  describe("updates of a V2 endpoint", () => {
    async function v2Endpoint() {
      const secret = `nb-stored-${uniqueName("stored")}`;
      const endpoint = await created(netbox, { tokenVersion: "V2", tokenKey: "stored-key", tokenSecret: secret });
      expect(endpoint.hasTokenSecret).toBe(true);
      return { endpoint, secret };
    }

    it("switching to V1 clears the key and the secret", async () => {
      const { endpoint } = await v2Endpoint();
      const after = await updated(netbox, { id: endpoint.id, tokenVersion: "V1" });
      expect(after).toMatchObject({
        tokenVersion: "V1",
        tokenVersionLabel: "v1 Token",
        tokenKey: "",
        hasTokenSecret: false,
        linkedToken: null,
      });
      expect(await detailRow("netbox_endpoint", endpoint.databaseId)).toMatchObject({
        token_key: "",
        token_secret: null,
        has_token_secret: false,
      });
    });

    it("linking a v1 token clears the key and the secret", async () => {
      const { endpoint } = await v2Endpoint();
      const v1 = await newToken("V1");
      const after = await updated(netbox, { id: endpoint.id, tokenId: v1.id });
      expect(after).toMatchObject({ tokenVersion: "V1", tokenKey: "", hasTokenSecret: false });
      expect(after.linkedToken?.id).toBe(v1.id);
      expect(await storedTokenSecret(endpoint.databaseId)).toBeNull();
    });

    it("keeps the secret when it is absent", async () => {
      const { endpoint, secret } = await v2Endpoint();
      const after = await updated(netbox, { id: endpoint.id, name: uniqueName("kept"), tokenKey: "new-key" });
      expect(after).toMatchObject({ tokenVersion: "V2", tokenKey: "new-key", hasTokenSecret: true });
      expect(await storedTokenSecret(endpoint.databaseId)).toBe(secret);
    });

    it("replaces the secret when one is given", async () => {
      const { endpoint } = await v2Endpoint();
      const result = await netbox.update({ id: endpoint.id, tokenSecret: "brand-new-secret-42" });
      expect(result.userErrors).toEqual([]);
      expect(result.endpoint!.hasTokenSecret).toBe(true);
      expect(result.body).not.toContain("brand-new-secret-42");
      expect(await storedTokenSecret(endpoint.databaseId)).toBe("brand-new-secret-42");
    });

    it('refuses to clear the secret (null or "") while it stays V2', async () => {
      const { endpoint, secret } = await v2Endpoint();
      for (const tokenSecret of [null, ""]) {
        const result = await rejected(() => netbox.update({ id: endpoint.id, tokenSecret }));
        expectUserErrors(result.userErrors, [SECRET_REQUIRED]);
      }
      expect(await storedTokenSecret(endpoint.databaseId)).toBe(secret);
    });

    it("refuses to clear the key while it stays V2", async () => {
      const { endpoint } = await v2Endpoint();
      for (const tokenKey of [null, "", "  "]) {
        const result = await rejected(() => netbox.update({ id: endpoint.id, tokenKey }));
        expectUserErrors(result.userErrors, [KEY_REQUIRED]);
      }
    });

    it("clearing the secret together with a switch to V1 works", async () => {
      const { endpoint } = await v2Endpoint();
      const after = await updated(netbox, { id: endpoint.id, tokenVersion: "V1", tokenSecret: null });
      expect(after).toMatchObject({ tokenVersion: "V1", hasTokenSecret: false });
    });
  });

  it("a V1 endpoint switched to V2 needs a key and a secret in the same update", async () => {
    const endpoint = await created(netbox);
    const result = await rejected(() => netbox.update({ id: endpoint.id, tokenVersion: "V2" }));
    expectUserErrors(result.userErrors, [KEY_REQUIRED, SECRET_REQUIRED]);
    const after = await updated(netbox, { id: endpoint.id, tokenVersion: "V2", tokenKey: "k2", tokenSecret: "switch-secret-9" });
    expect(after).toMatchObject({ tokenVersion: "V2", tokenKey: "k2", hasTokenSecret: true });
  });

  it("returns every problem at once, the token rules included", async () => {
    const result = await rejected(() =>
      netbox.create({ name: "", domain: "a.b", port: -1, tagIds: [MISSING.tag], tokenVersion: "V2", tokenSecret: "" }),
    );
    expectUserErrors(result.userErrors, [
      { field: ["name"], code: "BLANK" },
      { field: ["domain"], code: "INVALID", message: "Enter a domain name such as server.example.com in the domain field." },
      { field: ["port"], code: "OUT_OF_RANGE" },
      { field: ["tagIds"], code: "NOT_FOUND" },
      KEY_REQUIRED,
      SECRET_REQUIRED,
    ]);
  });
});

// ---------------------------------------------------------------- FastAPI

describe("FastAPIEndpoint", () => {
  const TOKEN = /^[A-Za-z0-9_-]{64}$/;

  it("registers its token with the backend on create, not on an update that stays, and a fresh one on a move", async () => {
    upstreams.clear();
    const endpoint = await created(fastapi, { domain: "backend-a.example.com" });
    const registered = upstreams.calls.filter((call) => call.call === "fastapi.registerToken");
    expect(registered).toHaveLength(1);
    expect(registered[0]).toMatchObject({ token: endpoint.token, target: { id: endpoint.databaseId } });
    expect(String((registered[0] as { target: { baseUrl: URL } }).target.baseUrl)).toBe("http://backend-a.example.com:8800/");

    upstreams.clear();
    const renamed = await updated(fastapi, { id: endpoint.id, name: `${endpoint.name}-renamed`, useWebsocket: true });
    expect(renamed.token).toBe(endpoint.token);
    expect(upstreams.calls).toEqual([]);

    const moved = await updated(fastapi, { id: endpoint.id, domain: "backend-b.example.com" });
    expect(moved.token).toMatch(TOKEN);
    expect(moved.token).not.toBe(endpoint.token);
    expect(upstreams.calls).toEqual([
      expect.objectContaining({
        call: "fastapi.registerToken",
        token: moved.token,
        target: expect.objectContaining({ id: endpoint.databaseId }),
      }),
    ]);
  });

  it("records what the backend answered to the registration, and a refused write registers nothing", async () => {
    upstreams.answers.registration = { status: "ALREADY_CONFIGURED", message: "The backend already has an API key (HTTP 409)." };
    try {
      const endpoint = await created(fastapi, { domain: "configured.example.com" });
      const stored = await service.db.prisma.fastapiEndpoint.findUniqueOrThrow({
        where: { endpointId: endpoint.databaseId },
        select: { registrationStatus: true, registrationMessage: true },
      });
      expect(stored).toEqual({
        registrationStatus: "ALREADY_CONFIGURED",
        registrationMessage: "The backend already has an API key (HTTP 409).",
      });
      upstreams.clear();
      const refused = await fastapi.create({ name: endpoint.name, domain: "configured.example.com" });
      expect(refused.userErrors).toEqual([expect.objectContaining({ field: ["name"], code: "TAKEN" })]);
      expect(upstreams.calls).toEqual([]);
    } finally {
      upstreams.answers.registration = { status: "REGISTERED", message: "The backend registered the token." };
    }
  });

  it("takes the defaults of the issue", async () => {
    const endpoint = await created(fastapi, { domain: "proxbox.example.com" });
    expect(endpoint).toMatchObject({
      port: 8800,
      useHttps: false,
      verifySsl: true,
      useWebsocket: false,
      websocketDomain: "",
      websocketPort: 8800,
      serverSideWebsocket: false,
      connectionUrl: "http://proxbox.example.com:8800",
      websocketUrl: "ws://proxbox.example.com:8800",
    });
  });

  it("derives connectionUrl and websocketUrl from useHttps, websocketDomain, domain or IP, and websocketPort", async () => {
    const secure = await created(fastapi, { domain: "proxbox.example.com", port: 8443, useHttps: true, websocketPort: 9443 });
    expect(secure.connectionUrl).toBe("https://proxbox.example.com:8443");
    expect(secure.websocketUrl).toBe("wss://proxbox.example.com:9443");

    const wsDomain = await created(fastapi, { domain: "proxbox.example.com", websocketDomain: "ws.example.com" });
    expect(wsDomain.websocketUrl).toBe("ws://ws.example.com:8800");
    expect(wsDomain.connectionUrl).toBe("http://proxbox.example.com:8800");

    const ipv4 = await newIp("192.0.2.80/24");
    const ipOnly = await created(fastapi, { domain: null, ipAddressId: ipv4.id });
    expect(ipOnly.connectionUrl).toBe("http://192.0.2.80:8800");
    expect(ipOnly.websocketUrl).toBe("ws://192.0.2.80:8800");

    const ipv6 = await newIp("2001:db8::80/64");
    const v6 = await created(fastapi, { domain: null, ipAddressId: ipv6.id, useHttps: true, websocketPort: 7000 });
    expect(v6.display).toBe(`${v6.name} (2001:db8::80)`);
    expect(v6.connectionUrl).toBe("https://[2001:db8::80]:8800");
    expect(v6.websocketUrl).toBe("wss://[2001:db8::80]:7000");

    // An update that turns https on changes both schemes.
    const toggled = await updated(fastapi, { id: ipOnly.id, useHttps: true });
    expect(toggled.connectionUrl).toBe("https://192.0.2.80:8800");
    expect(toggled.websocketUrl).toBe("wss://192.0.2.80:8800");
    // Clearing websocketDomain falls back to the domain.
    const fallback = await updated(fastapi, { id: wsDomain.id, websocketDomain: "" });
    expect(fallback.websocketUrl).toBe("ws://proxbox.example.com:8800");
  });

  it.each([0, -1, 65536])("rejects websocketPort %i as OUT_OF_RANGE on create and on update", async (websocketPort) => {
    const result = await rejected(() => fastapi.create({ name: uniqueName("wsport"), domain: "proxbox.example.com", websocketPort }));
    expectUserErrors(result.userErrors, [{ field: ["websocketPort"], code: "OUT_OF_RANGE" }]);
    const endpoint = await created(fastapi);
    const onUpdate = await rejected(() => fastapi.update({ id: endpoint.id, websocketPort }));
    expectUserErrors(onUpdate.userErrors, [{ field: ["websocketPort"], code: "OUT_OF_RANGE" }]);
  });

  it.each([1, 65535])("accepts websocketPort %i", async (websocketPort) => {
    const endpoint = await created(fastapi, { websocketPort });
    expect(endpoint.websocketPort).toBe(websocketPort);
    const other = await created(fastapi);
    expect((await updated(fastapi, { id: other.id, websocketPort })).websocketPort).toBe(websocketPort);
  });

  it("generates a 64-character base64url token of 48 random bytes on create, different per endpoint, kept by updates", async () => {
    const first = await created(fastapi);
    const second = await created(fastapi);
    for (const endpoint of [first, second]) {
      expect(endpoint.token).toMatch(TOKEN);
      expect(Buffer.from(endpoint.token!, "base64url")).toHaveLength(48);
      expect(await fastapiToken(service.db, endpoint.databaseId)).toBe(endpoint.token);
    }
    expect(first.token).not.toBe(second.token);
    // base64url of random bytes, not 64 hex digits (which would also be 64 base64url characters):
    // 128 random base64url characters all falling in [0-9a-f] has a chance of 4^-128.
    expect(`${first.token}${second.token}`).toMatch(/[^0-9a-f]/);
    const after = await updated(fastapi, { id: first.id, name: uniqueName("renamed"), useHttps: true, websocketPort: 9001 });
    expect(after.token).toBe(first.token);
  });

  it("has no input that can set the token", async () => {
    const schema = await service.ok(SchemaTypes);
    for (const name of ["CreateFastAPIEndpointInput", "UpdateFastAPIEndpointInput"]) {
      const type = schema.__schema.types.find((candidate) => candidate.name === name);
      expect(type, name).toBeDefined();
      expect(type!.inputFields!.map((field) => field.name)).not.toContain("token");
    }
    const before = await snapshot();
    const attempt = await rawRequest(
      `mutation RulesSetFastApiToken { createFastApiEndpoint(input: { name: "${uniqueName("settoken")}", domain: "proxbox.example.com", token: "${"A".repeat(64)}" }) { fastApiEndpoint { token } } }`,
    );
    expect(attempt.json.errors?.length).toBeGreaterThan(0);
    expect(attempt.json.data ?? null).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it("returns every problem at once, websocketPort included", async () => {
    const result = await rejected(() =>
      fastapi.create({ name: "", domain: "pve-", port: 65536, websocketPort: 0, ipAddressId: MISSING.ip }),
    );
    expectUserErrors(result.userErrors, [
      { field: ["name"], code: "BLANK" },
      { field: ["domain"], code: "INVALID", message: "Enter a domain name such as server.example.com in the domain field." },
      { field: ["port"], code: "OUT_OF_RANGE" },
      { field: ["websocketPort"], code: "OUT_OF_RANGE" },
      { field: ["ipAddressId"], code: "NOT_FOUND" },
    ]);
  });
});

// ---------------------------------------------------------------- write-only secrets

describe("write-only secrets", () => {
  const SECRET_FIELD = /password|secret|tokenvalue|plaintext/i;

  it("no output type has a field that could return password, tokenValue or tokenSecret", async () => {
    const schema = await service.ok(SchemaTypes);
    const leaks: string[] = [];
    for (const type of schema.__schema.types) {
      if (type.kind !== "OBJECT" && type.kind !== "INTERFACE") continue;
      const name = type.name ?? "";
      if (name.startsWith("__") || name === "CreateTokenPayload") continue; // a token's own plaintext, shown once
      for (const field of type.fields ?? []) {
        if (SECRET_FIELD.test(field.name) && !/^has[A-Z]/.test(field.name)) leaks.push(`${name}.${field.name}`);
      }
    }
    expect(leaks).toEqual([]);
    const fieldsOf = (name: string) => schema.__schema.types.find((type) => type.name === name)!.fields!.map((field) => field.name);
    expect(fieldsOf("ProxmoxEndpoint")).toEqual(expect.arrayContaining(["hasPassword", "hasTokenValue"]));
    expect(fieldsOf("NetBoxEndpoint")).toContain("hasTokenSecret");
    // The inputs do take them.
    const inputsOf = (name: string) => schema.__schema.types.find((type) => type.name === name)!.inputFields!.map((field) => field.name);
    for (const name of ["CreateProxmoxEndpointInput", "UpdateProxmoxEndpointInput"]) {
      expect(inputsOf(name)).toEqual(expect.arrayContaining(["password", "tokenValue"]));
    }
    for (const name of ["CreateNetBoxEndpointInput", "UpdateNetBoxEndpointInput"]) expect(inputsOf(name)).toContain("tokenSecret");
  });

  it("never appear in any response, whatever is selected", async () => {
    const password = "pw-NEVER-SHOWN-7c1e";
    const tokenValue = "tv-NEVER-SHOWN-93ab";
    const tokenSecret = "ts-NEVER-SHOWN-5d20";
    const bodies: string[] = [];

    const pve = await proxmox.create({ name: uniqueName("leak"), domain: "pve.example.com", password, tokenName: "leak", tokenValue });
    expect(pve.userErrors).toEqual([]);
    bodies.push(pve.body);
    const pveUpdate = await proxmox.update({ id: pve.endpoint!.id, password, tokenValue, port: 8010 });
    expect(pveUpdate.userErrors).toEqual([]);
    bodies.push(pveUpdate.body);
    const pveFailed = await proxmox.update({ id: pve.endpoint!.id, password, tokenValue, name: "" });
    expect(pveFailed.userErrors.length).toBeGreaterThan(0);
    bodies.push(pveFailed.body);

    const nb = await netbox.create({
      name: uniqueName("leak"),
      domain: "netbox.example.com",
      tokenVersion: "V2",
      tokenKey: "leakkey",
      tokenSecret,
    });
    expect(nb.userErrors).toEqual([]);
    bodies.push(nb.body);
    const nbUpdate = await netbox.update({ id: nb.endpoint!.id, tokenSecret });
    expect(nbUpdate.userErrors).toEqual([]);
    bodies.push(nbUpdate.body);
    const nbFailed = await netbox.update({ id: nb.endpoint!.id, tokenSecret, tokenKey: "" });
    expect(nbFailed.userErrors.length).toBeGreaterThan(0);
    bodies.push(nbFailed.body);

    // Everything the schema lets a client select on each endpoint, two levels deep.
    const schema = await service.ok(SchemaTypes);
    const types = new Map(schema.__schema.types.map((type) => [type.name, type]));
    type Field = NonNullable<(typeof schema.__schema.types)[number]["fields"]>[number];
    const namedType = (field: Field) => {
      let type: { name?: string | null; ofType?: unknown } | null | undefined = field.type;
      while (type && !type.name) type = type.ofType as typeof type;
      return type?.name ?? "";
    };
    const selectAll = (typeName: string, depth: number): string => {
      const fields = (types.get(typeName)?.fields ?? []).filter((field) => field.args.every((arg) => arg.type.kind !== "NON_NULL"));
      const parts: string[] = ["__typename"];
      for (const field of fields) {
        const target = types.get(namedType(field));
        if (target?.kind === "OBJECT" || target?.kind === "INTERFACE") {
          if (depth > 0) parts.push(`${field.name} { ${selectAll(target.name ?? "", depth - 1)} }`);
        } else {
          parts.push(field.name);
        }
      }
      return parts.join(" ");
    };
    for (const [api, id] of [
      [proxmox, pve.endpoint!.id],
      [netbox, nb.endpoint!.id],
    ] as const) {
      const query = `query RulesDumpEndpoint($id: ID!) {
        node(id: $id) { ... on ${api.typename} { ${selectAll(api.typename, 2)} } }
        endpoints(filter: { id: { exact: $id } }, first: 1) { nodes { ... on ${api.typename} { ${selectAll(api.typename, 2)} } } }
      }`;
      parse(query); // a valid document
      const response = await rawRequest(query, { id });
      expect(response.json.errors).toBeUndefined();
      expect(response.text).toContain(id);
      bodies.push(response.text);
    }
    for (const endpoint of [pve.endpoint!, nb.endpoint!]) {
      const listed = await service.gql(ListEndpoints, { q: endpoint.name });
      expect(listed.errors).toBeUndefined();
      expect(listed.data?.endpoints.nodes.map((node) => node.id)).toContain(endpoint.id);
      bodies.push(JSON.stringify(listed));
    }

    for (const body of bodies) {
      for (const secret of [password, tokenValue, tokenSecret]) expect(body).not.toContain(secret);
    }
    // They were stored, so their absence from the responses is not an accident.
    expect(await proxmoxCredentials(service.db, pve.endpoint!.databaseId)).toMatchObject({ password, tokenValue });
    expect(await storedTokenSecret(nb.endpoint!.databaseId)).toBe(tokenSecret);
  });
});
