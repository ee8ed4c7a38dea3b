// The input fields every endpoint has, and their decoding at the schema edge: global IDs become
// database ids here, so that the data layer sees only those.
import type { InputFieldBuilder } from "@pothos/core";
import type { BuilderTypes } from "../builder.js";
import type { EndpointInput } from "../data/endpoint-writes.js";
import { optionalReference, referenceOf } from "../domain/global-id.js";

/** Input fields every endpoint has. On create, `name` is required and absent fields take defaults. */
export function commonInputFields(
  t: InputFieldBuilder<BuilderTypes, "InputObject">,
  defaults: { port: number; verifySsl: boolean } | null,
) {
  const create = defaults !== null;
  return {
    name: create
      ? t.string({ required: true, description: "Display name, unique among endpoints of its kind; at most 255 characters." })
      : t.string({ description: "Display name, unique among endpoints of its kind; at most 255 characters." }),
    ipAddressId: t.id({ description: "Global ID of an IPAddress. Null removes the link. A domain or an IP address is required." }),
    domain: t.string({ description: "FQDN, host name or localhost; at most 253 characters. Null or blank removes it." }),
    port: t.int({ description: create ? `TCP port, 1 to 65535. Default ${defaults.port}.` : "TCP port, 1 to 65535." }),
    verifySsl: t.boolean({
      description: create
        ? `Whether to verify the TLS certificate. Default ${defaults.verifySsl}.`
        : "Whether to verify the TLS certificate.",
    }),
    tagIds: t.idList({ description: "Global IDs of the tags to carry (at most 100), replacing the current ones. Null removes all." }),
    customFields: t.field({
      type: "JSONObject",
      description:
        "Custom field values by name (NetBox's names: letters, digits, single underscores, at most 50), replacing the current object; at most 50 fields, values nested at most 4 deep, 16 KiB as JSON. Null empties it.",
    }),
  };
}

/** The common fields as GraphQL gives them (create or update). */
export interface EndpointGraphQLInput {
  name?: string | null;
  ipAddressId?: string | null;
  domain?: string | null;
  port?: number | null;
  verifySsl?: boolean | null;
  tagIds?: readonly string[] | null;
  customFields?: Record<string, unknown> | null;
}

/** The common fields for the data layer, with their references decoded (NO_ID where one names nothing). */
export function decodeEndpointInput(input: EndpointGraphQLInput): EndpointInput {
  const { name, ipAddressId, domain, port, verifySsl, tagIds, customFields } = input;
  const decoded: EndpointInput = { name, domain, port, verifySsl, customFields };
  if (ipAddressId !== undefined) decoded.ipAddressId = optionalReference(ipAddressId, "IPAddress");
  if (tagIds !== undefined) decoded.tagIds = tagIds && tagIds.map((id) => referenceOf(id, "Tag"));
  // Absent stays absent: on update it means "leave as it is".
  for (const key of Object.keys(decoded) as (keyof EndpointInput)[]) if (decoded[key] === undefined) delete decoded[key];
  return decoded;
}
