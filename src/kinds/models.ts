// The endpoint kinds, and what every layer derives from their models. A kind missing here is a
// compile error wherever a registry is typed by EndpointKind.
import type { EndpointKind } from "../generated/prisma/enums.js";
import { fastapiModel } from "./fastapi/model.js";
import type { KindModelOf } from "./model.js";
import { netboxModel } from "./netbox/model.js";
import { proxmoxModel } from "./proxmox/model.js";

export const KIND_MODELS = {
  PROXMOX: proxmoxModel,
  NETBOX: netboxModel,
  FASTAPI: fastapiModel,
} as const satisfies { [Kind in EndpointKind]: KindModelOf<Kind> };

type Models = typeof KIND_MODELS;
export type AnyKindModel = Models[EndpointKind];

export const KIND_LIST: readonly AnyKindModel[] = Object.values(KIND_MODELS);

/** GraphQL object type of each kind. */
export const KIND_TYPENAME = Object.fromEntries(KIND_LIST.map((model) => [model.kind, model.typename])) as {
  [Kind in EndpointKind]: Models[Kind]["typename"];
};

export const ENDPOINT_TYPENAMES: readonly string[] = KIND_LIST.map((model) => model.typename);

/** The kind whose object type is `typename`, if any. */
export function kindOfTypename(typename: string): EndpointKind | null {
  return KIND_LIST.find((model) => model.typename === typename)?.kind ?? null;
}

/**
 * Prisma's `omit` for every secret column: no query reads one unless it asks for it by name, so no
 * resolver can read one by accident.
 */
export type OmittedSecrets = {
  [Kind in EndpointKind as Models[Kind]["prismaModel"]]: { [Field in Models[Kind]["secrets"][number]["field"]]: true };
};

export const OMITTED_SECRETS = Object.fromEntries(
  KIND_LIST.map((model) => [model.prismaModel, Object.fromEntries(model.secrets.map((secret) => [secret.field, true]))]),
) as OmittedSecrets;

/** Every sealed column of a detail table: its table, SQL column and the field its slot names. */
export const SEALED_DETAIL_COLUMNS: readonly { table: string; column: string; field: string }[] = KIND_LIST.flatMap((model) =>
  model.secrets.map((secret) => ({ table: model.table, column: secret.column, field: secret.field })),
);

/** The input and column names of every endpoint secret, for log redaction. */
export const SECRET_FIELDS: readonly string[] = [...new Set(KIND_LIST.flatMap((model) => model.secrets.map((secret) => secret.field)))];
