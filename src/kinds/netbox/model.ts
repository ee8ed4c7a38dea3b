// A remote NetBox instance that Proxbox synchronizes into: the facts of the kind.
import type { KindModel } from "../model.js";

export const netboxModel = {
  kind: "NETBOX",
  typename: "NetBoxEndpoint",
  summary: "A remote NetBox instance",
  label: "NetBox endpoint",
  plural: "NetBox endpoints",
  fieldName: "netBoxEndpoint",
  mutationSuffix: "NetBoxEndpoint",
  relation: "netbox",
  prismaModel: "netboxEndpoint",
  table: "netbox_endpoint",
  restSegment: "netbox",
  defaults: { port: 443, verifySsl: true },
  columns: { tokenVersion: true, tokenId: true, tokenKey: true, hasTokenSecret: true },
  // A linked credential token's plaintext is a secret too; it is sealed in the token table.
  secrets: [{ field: "tokenSecret", column: "token_secret", flag: "hasTokenSecret" }],
} as const satisfies KindModel<"NETBOX", "netbox">;
