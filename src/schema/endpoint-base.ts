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

export const EndpointBase = builder.prismaInterface("Endpoint", {
  variant: "EndpointBase",
  description: "The fields shared by every connection target that Proxbox integrates.",
  interfaces: [builder.nodeInterfaceRef()],
  // Select mode: a query reads only the columns its selected fields declare (kind tells the type).
  select: { id: true, kind: true },
  resolveType: (endpoint) => KIND_TYPENAME[endpoint.kind],
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
