// The input fields every endpoint has, and their decoding at the schema edge: global IDs become
// database ids here, so that the data layer sees only those.
import type { InputFieldBuilder } from "@pothos/core";
import type { BuilderTypes } from "../builder.js";
import type { EndpointInput } from "../data/endpoint-writes.js";
import { optionalReference, referenceOf } from "../domain/global-id.js";

/**
 * How an input field is described: what it is, then what only a create says (its default) or only
 * an update says (what null or "" does to the stored value). The create and update inputs share
 * one wording and differ only there.
 */
export interface InputWording {
  what: string;
  create?: string;
  update?: string;
}

/** The description of a field in the create (`create`) or the update input. */
export function inputDescription(create: boolean, wording: InputWording): string {
  return [wording.what, create ? wording.create : wording.update].filter(Boolean).join(" ");
}

/** Input fields every endpoint has. On create, `name` is required and absent fields take defaults. */
export function commonInputFields(
  t: InputFieldBuilder<BuilderTypes, "InputObject">,
  defaults: { port: number; verifySsl: boolean } | null,
) {
  const create = defaults !== null;
  const described = (wording: InputWording) => ({ description: inputDescription(create, wording) });
  const name = described({ what: "Display name, unique among endpoints of its kind; at most 255 characters." });
  return {
    name: create ? t.string({ required: true, ...name }) : t.string(name),
    ipAddressId: t.id(
      described({
        what: "Global ID of the IPAddress to connect to. A domain or an IP address is required.",
        update: "Null removes the link.",
      }),
    ),
    domain: t.string(described({ what: "FQDN, host name or localhost; at most 253 characters.", update: "Null or blank removes it." })),
    port: t.int(described({ what: "TCP port, 1 to 65535.", create: `Default ${defaults?.port}.` })),
    verifySsl: t.boolean(described({ what: "Whether to verify the TLS certificate.", create: `Default ${defaults?.verifySsl}.` })),
    enabled: t.boolean(
      described({ what: "Whether the endpoint is in use; a disabled one is not checked, synced or registered.", create: "Default true." }),
    ),
    tagIds: t.idList(
      described({
        what: "Global IDs of the tags to carry, at most 100.",
        update: "They replace the current tags; null removes all.",
      }),
    ),
    customFields: t.field({
      type: "JSONObject",
      ...described({
        what: "Custom field values by name (NetBox's names: letters, digits, single underscores, at most 50); at most 50 fields, values nested at most 4 deep, 16 KiB as JSON.",
        update: "The object replaces the current one; null empties it.",
      }),
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
  enabled?: boolean | null;
  tagIds?: readonly string[] | null;
  customFields?: Record<string, unknown> | null;
}

/** The common fields for the data layer, with their references decoded (NO_ID where one names nothing). */
export function decodeEndpointInput(input: EndpointGraphQLInput): EndpointInput {
  const { name, ipAddressId, domain, port, verifySsl, enabled, tagIds, customFields } = input;
  const decoded: EndpointInput = { name, domain, port, verifySsl, enabled, customFields };
  if (ipAddressId !== undefined) decoded.ipAddressId = optionalReference(ipAddressId, "IPAddress");
  if (tagIds !== undefined) decoded.tagIds = tagIds && tagIds.map((id) => referenceOf(id, "Tag"));
  // Absent stays absent: on update it means "leave as it is".
  for (const key of Object.keys(decoded) as (keyof EndpointInput)[]) if (decoded[key] === undefined) delete decoded[key];
  return decoded;
}
