// What an endpoint kind is, as facts every layer reads: its names in the API and the database, its
// defaults, the detail columns outputs may read, and its secrets. Each kind's folder states them in
// its model.ts; src/kinds/models.ts lists the kinds and derives what the layers need from them
// (secret encryption slots, rotation, query omission, log redaction, typenames).
import type { EndpointKind } from "../generated/prisma/enums.js";
import type { Prisma } from "../generated/prisma/client.js";

/** A secret column of a detail table. */
export interface SecretColumn<Field extends string = string> {
  /** Prisma field, which is also the input field that sets it (when one does). */
  field: Field;
  /** SQL column. */
  column: string;
  /** The Boolean column outputs read instead of the secret; none when the service generates it. */
  flag?: string;
}

/** Prisma's name of each detail relation on Endpoint, and of its model. */
export interface DetailRelations {
  proxmox: "proxmoxEndpoint";
  netbox: "netboxEndpoint";
  fastapi: "fastapiEndpoint";
}

export type DetailRelation = keyof DetailRelations;

/** The detail row's Prisma select of each relation. */
export interface DetailSelects {
  proxmox: Prisma.ProxmoxEndpointSelect;
  netbox: Prisma.NetboxEndpointSelect;
  fastapi: Prisma.FastapiEndpointSelect;
}

export interface KindModel<Kind extends EndpointKind = EndpointKind, Relation extends DetailRelation = DetailRelation> {
  kind: Kind;
  /** GraphQL object type. */
  typename: string;
  /** What it is, for descriptions: "A Proxmox VE API server". */
  summary: string;
  /** In messages: "Proxmox endpoint". */
  label: string;
  /** In descriptions: "Proxmox endpoints". */
  plural: string;
  /** Query field of one endpoint ("proxmoxEndpoint"); the list is this plus "s"; the payload field is this too. */
  fieldName: string;
  /** Mutations are create<suffix>, update<suffix> and delete<suffix>. */
  mutationSuffix: string;
  /** The relation from Endpoint to the detail row. */
  relation: Relation;
  /** Prisma model of the detail row. */
  prismaModel: DetailRelations[Relation];
  /** SQL table of the detail row: secrets are bound to "<table>.<field>:<endpoint id>". */
  table: string;
  /** REST path segment, as in /api/plugins/proxbox/endpoints/<segment>/<id>/. */
  restSegment: string;
  defaults: { port: number; verifySsl: boolean };
  /** Detail columns outputs and write rules may read; never a secret (outputs read its flag). */
  columns: { [Column in keyof DetailSelects[Relation]]?: true };
  secrets: readonly SecretColumn[];
}

/** A model of `Kind` over any one of the detail relations. */
export type KindModelOf<Kind extends EndpointKind> = { [Relation in DetailRelation]: KindModel<Kind, Relation> }[DetailRelation];
