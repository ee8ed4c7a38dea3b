// EndpointBase: the fields every connection target shares. All three endpoint types are variants
// of the one `Endpoint` model (a base row plus a detail row per kind), so the interface, the
// cross-kind `endpoints` list and `node(id:)` are all planned into single SQL queries.
import { builder } from "../builder.js";
import { connectionUrlOf, displayOf, restUrlOf } from "../domain/endpoint-presentation.js";
import { EndpointKind } from "../generated/prisma/enums.js";
import { IPAddress } from "./ip-address.js";
import { Tag } from "./tag.js";

/** GraphQL type and detail relation of each kind. */
export const KIND_TYPE = {
  PROXMOX: "ProxmoxEndpoint",
  NETBOX: "NetBoxEndpoint",
  FASTAPI: "FastAPIEndpoint",
} as const satisfies Record<EndpointKind, string>;

export const ENDPOINT_TYPENAMES = Object.values(KIND_TYPE);

// Detail columns every output may read. Secrets are not among them: outputs only ever see whether
// one is stored.
export const PROXMOX_COLUMNS = {
  mode: true,
  version: true,
  repoid: true,
  username: true,
  tokenName: true,
  hasPassword: true,
  hasTokenValue: true,
  allowWrites: true,
} as const;
export const NETBOX_COLUMNS = { tokenVersion: true, tokenId: true, tokenKey: true, hasTokenSecret: true } as const;
export const FASTAPI_COLUMNS = {
  useHttps: true,
  useWebsocket: true,
  websocketDomain: true,
  websocketPort: true,
  serverSideWebsocket: true,
} as const;

export const EndpointKindEnum = builder.enumType("EndpointKind", {
  description: "The three kinds of connection target.",
  values: {
    PROXMOX: { value: EndpointKind.PROXMOX, description: "A Proxmox VE API server (ProxmoxEndpoint)." },
    NETBOX: { value: EndpointKind.NETBOX, description: "A remote NetBox instance (NetBoxEndpoint)." },
    FASTAPI: { value: EndpointKind.FASTAPI, description: "The Proxbox FastAPI backend (FastAPIEndpoint)." },
  } as const,
});

export const EndpointBase = builder.prismaInterface("Endpoint", {
  variant: "EndpointBase",
  description: "The fields shared by every connection target that Proxbox integrates.",
  interfaces: [builder.nodeInterfaceRef()],
  // Select mode: a query reads only the columns its selected fields declare (kind tells the type).
  select: { id: true, kind: true },
  resolveType: (endpoint) => KIND_TYPE[endpoint.kind],
  fields: (t) => ({
    databaseId: t.exposeInt("id", { description: "The id of this object in the database and in the REST API." }),
    name: t.exposeString("name", { description: "Display name, unique among endpoints of its kind." }),
    display: t.string({
      description: '"name (host)": the domain, or else the IP address without its prefix length.',
      select: { name: true, domain: true, ipAddress: { select: { address: true } } },
      resolve: (endpoint) => displayOf(endpoint),
    }),
    url: t.string({
      description: "Path of this object in the REST API, for example /api/plugins/proxbox/endpoints/proxmox/1/.",
      resolve: (endpoint) => restUrlOf(endpoint),
    }),
    ipAddress: t.relation("ipAddress", {
      type: IPAddress,
      nullable: true,
      description: "The IP address of the server, when it is reached by address.",
    }),
    domain: t.exposeString("domain", { nullable: true, description: "FQDN, host name or localhost." }),
    port: t.exposeInt("port", { description: "TCP port of the API." }),
    verifySsl: t.exposeBoolean("verifySsl", { description: "Whether the server's TLS certificate is verified." }),
    connectionUrl: t.string({
      description: "scheme://host:port that clients connect to.",
      // FastAPI's scheme lives in its detail row; the other kinds always use https.
      select: { domain: true, port: true, ipAddress: { select: { address: true } }, fastapi: { select: { useHttps: true } } },
      resolve: (endpoint) => connectionUrlOf(endpoint),
    }),
    tags: t.relation("tags", {
      type: Tag,
      description: "Tags on this endpoint, by name.",
      query: { orderBy: [{ name: "asc" }, { id: "asc" }] },
    }),
    customFields: t.field({
      type: "JSONObject",
      description: "Free-form data, as NetBox custom fields.",
      select: { customFields: true },
      resolve: (endpoint) => (endpoint.customFields ?? {}) as Record<string, unknown>,
    }),
    created: t.expose("created", { type: "DateTime", description: "When the endpoint was created." }),
    lastUpdated: t.expose("lastUpdated", { type: "DateTime", description: "When the endpoint was last changed." }),
  }),
});
