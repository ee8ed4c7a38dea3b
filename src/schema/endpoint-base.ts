// EndpointBase: the fields every connection target shares. All three endpoint types are variants
// of the one `Endpoint` model (a base row plus a detail row per kind), so the interface, the
// cross-kind `endpoints` list and `node(id:)` are all planned into single SQL queries.
import { builder } from "../builder.js";
import { connectionUrlOf, displayOf, restUrlOf } from "../domain/endpoint-presentation.js";
import type { EndpointKind } from "../generated/prisma/enums.js";
import { KIND_LIST, KIND_TYPENAME } from "../kinds/models.js";
import { IPAddress } from "./ip-address.js";
import { Tag } from "./tag.js";

export const EndpointKindEnum = builder.enumType("EndpointKind", {
  description: "The three kinds of connection target.",
  values: Object.fromEntries(
    KIND_LIST.map((model) => [model.kind, { value: model.kind, description: `${model.summary} (${model.typename}).` }]),
  ) as { [Kind in EndpointKind]: { value: Kind; description: string } },
});

/**
 * The endpoint's own small columns, read by every query of an endpoint whatever it selects. In
 * select mode a field that declares its columns is looked up in the query plan once per row it
 * resolves, which for a page of plain columns costs more than reading them all; so these fields
 * resolve straight from the row, and only the larger or joined data is selected per field.
 */
export const ENDPOINT_COLUMNS = {
  id: true,
  kind: true,
  name: true,
  domain: true,
  port: true,
  verifySsl: true,
  enabled: true,
  created: true,
  lastUpdated: true,
} as const;

export const EndpointBase = builder.prismaInterface("Endpoint", {
  variant: "EndpointBase",
  description: "The fields shared by every connection target that Proxbox integrates.",
  interfaces: [builder.nodeInterfaceRef()],
  // Select mode: the columns above, and what each selected field declares (kind tells the type).
  select: ENDPOINT_COLUMNS,
  resolveType: (endpoint) => KIND_TYPENAME[endpoint.kind],
  fields: (t) => ({
    databaseId: t.int({ description: "The id of this object in the database and in the REST API.", resolve: (endpoint) => endpoint.id }),
    // From the row every endpoint query reads (ENDPOINT_COLUMNS), as resolveType does: no query of its own.
    kind: t.field({
      type: EndpointKindEnum,
      description: "The kind of connection target, one per object type: what the kind filter of endpoints selects by.",
      resolve: (endpoint) => endpoint.kind,
    }),
    name: t.string({ description: "Display name, unique among endpoints of its kind.", resolve: (endpoint) => endpoint.name }),
    display: t.string({
      description: 'The name and host, as "name (host)": the host is the domain, or else the IP address without its prefix length.',
      select: { ipAddress: { select: { address: true } } },
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
    domain: t.string({ nullable: true, description: "FQDN, host name or localhost.", resolve: (endpoint) => endpoint.domain }),
    port: t.int({ description: "TCP port of the API.", resolve: (endpoint) => endpoint.port }),
    verifySsl: t.boolean({ description: "Whether the server's TLS certificate is verified.", resolve: (endpoint) => endpoint.verifySsl }),
    enabled: t.boolean({
      description: "Whether the endpoint is in use. A disabled one is kept but not checked, synced or registered with a backend.",
      resolve: (endpoint) => endpoint.enabled,
    }),
    connectionUrl: t.string({
      description: "The URL clients connect to, as scheme://host:port.",
      // FastAPI's scheme lives in its detail row; NetBox's follows its port and verifySsl (usesHttps).
      select: { ipAddress: { select: { address: true } }, fastapi: { select: { useHttps: true } } },
      resolve: (endpoint) => connectionUrlOf(endpoint),
    }),
    tags: t.relation("tags", {
      type: Tag,
      description: "Tags on this endpoint, by name (in the order of the tags list).",
      query: { orderBy: [{ nameSort: "asc" }, { id: "asc" }] },
    }),
    customFields: t.field({
      type: "JSONObject",
      description: "Free-form data, as NetBox custom fields.",
      select: { customFields: true },
      resolve: (endpoint) => (endpoint.customFields ?? {}) as Record<string, unknown>,
    }),
    created: t.field({ type: "DateTime", description: "When the endpoint was created.", resolve: (endpoint) => endpoint.created }),
    lastUpdated: t.field({
      type: "DateTime",
      description: "When the endpoint was last changed.",
      resolve: (endpoint) => endpoint.lastUpdated,
    }),
  }),
});
