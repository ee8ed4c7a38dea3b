// What the three endpoint types share in the API: filter fields, ordering, search, the list
// resolver, the input fields and the create/update/delete mutations. Each kind's file adds only
// what is its own.
import type { ArgBuilder, InputFieldBuilder, InputFieldMap, InputObjectRef, ObjectRef } from "@pothos/core";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { getNamedType, isInterfaceType, isObjectType, Kind, type GraphQLResolveInfo } from "graphql";
import { builder, type BuilderTypes, OrderDirection } from "../builder.js";
import type { Context } from "../context.js";
import { type EndpointInput, type KindRules, saveEndpoint, type SaveResult } from "../data/endpoint-writes.js";
import { MATCH_NONE, type SortKey } from "../db/keyset.js";
import type { EndpointKind } from "../generated/prisma/enums.js";
import { type ConnectionArgs, type KeysetConnection, resolveKeysetConnection } from "./connection.js";
import {
  dateTimeConditions,
  DateTimeFilter,
  type DateTimeLookups,
  escapeLike,
  type FilterSpec,
  idConditions,
  IDFilter,
  type IdLookups,
  intConditions,
  IntFilter,
  type IntLookups,
  stringConditions,
  StringFilter,
  type StringLookups,
  type Where,
  whereFromFilter,
} from "./filters.js";
import { DeletePayload, deleteUnlessReferenced, IdInput } from "./mutation-payloads.js";

// ---------------------------------------------------------------- ordering

const ORDER_FIELDS = {
  ID: { field: "id", type: "int" },
  NAME: { field: "name", type: "string" },
  DOMAIN: { field: "domain", type: "string", nullable: true },
  PORT: { field: "port", type: "int" },
  CREATED: { field: "created", type: "date" },
  LAST_UPDATED: { field: "lastUpdated", type: "date" },
} as const satisfies Record<string, Omit<SortKey, "direction">>;

type OrderField = keyof typeof ORDER_FIELDS;

export const EndpointOrderField = builder.enumType("EndpointOrderField", {
  description: "What endpoints can be ordered by. Rows that tie are ordered by id.",
  values: {
    ID: { description: "Database id, that is creation order." },
    NAME: { description: "Name." },
    DOMAIN: { description: "Domain; endpoints without one come last." },
    PORT: { description: "Port." },
    CREATED: { description: "Creation time." },
    LAST_UPDATED: { description: "Time of the last change." },
  } as const,
});

export const EndpointOrder = builder.inputType("EndpointOrder", {
  description: "One ordering term.",
  fields: (t) => ({
    field: t.field({ type: EndpointOrderField, required: true, description: "The field to order by." }),
    direction: t.field({ type: OrderDirection, required: true, description: "Ascending or descending." }),
  }),
});

const DEFAULT_ORDER: SortKey[] = [{ field: "name", direction: "asc", type: "string" }];

function sortKeysOf(orderBy: readonly { field: OrderField; direction: "asc" | "desc" }[] | null | undefined): SortKey[] {
  if (!orderBy?.length) return DEFAULT_ORDER;
  const seen = new Set<string>();
  const keys: SortKey[] = [];
  for (const term of orderBy) {
    if (seen.has(term.field)) continue;
    seen.add(term.field);
    keys.push({ ...ORDER_FIELDS[term.field], direction: term.direction });
  }
  return keys;
}

// ---------------------------------------------------------------- filters

/** Filter fields every endpoint has; `AND`, `OR` and `NOT` are added by each filter type. */
export interface EndpointFilterFields {
  id?: IdLookups | null;
  name?: StringLookups | null;
  domain?: StringLookups | null;
  ipAddressId?: IdLookups | null;
  ipAddress?: StringLookups | null;
  port?: IntLookups | null;
  verifySsl?: boolean | null;
  tag?: string[] | null;
  created?: DateTimeLookups | null;
  lastUpdated?: DateTimeLookups | null;
}

export function commonFilterFields(t: InputFieldBuilder<BuilderTypes, "InputObject">) {
  return {
    id: t.field({ type: IDFilter, description: "The endpoint itself, by global ID or database id." }),
    name: t.field({ type: StringFilter, description: "Name lookups." }),
    domain: t.field({ type: StringFilter, description: "Domain lookups; isNull finds endpoints without one." }),
    ipAddressId: t.field({ type: IDFilter, description: "The linked IP address, by its global ID." }),
    ipAddress: t.field({ type: StringFilter, description: 'The linked IP address, by its text (for example startsWith "10.0.").' }),
    port: t.field({ type: IntFilter, description: "Port lookups." }),
    verifySsl: t.boolean({ description: "Whether the TLS certificate is verified." }),
    tag: t.stringList({ description: "Tag slugs; an endpoint must carry every one." }),
    created: t.field({ type: DateTimeFilter, description: "Creation time." }),
    lastUpdated: t.field({ type: DateTimeFilter, description: "Time of the last change." }),
  } satisfies InputFieldMap;
}

/** How the common filter fields become conditions on the `endpoint` table. */
export function commonFilterSpec(typenames: readonly string[]): FilterSpec<EndpointFilterFields> {
  return {
    id: (lookups) => idConditions(lookups, "id", typenames),
    name: (lookups) => stringConditions(lookups, "name"),
    domain: (lookups) => stringConditions(lookups, "domain", { isNull: (isNull) => ({ domain: isNull ? null : { not: null } }) }),
    ipAddressId: (lookups) => idConditions(lookups, "ipAddressId", ["IPAddress"]),
    ipAddress: (lookups) =>
      stringConditions(lookups, "address", {
        wrap: (condition) => ({ ipAddress: { is: condition } }),
        isNull: (isNull) => ({ ipAddressId: isNull ? null : { not: null } }),
      }),
    port: (lookups) => intConditions(lookups, "port"),
    verifySsl: (value) => [{ verifySsl: value }],
    tag: (slugs) => [...new Set(slugs)].map((slug) => ({ [TAG_SLUG]: slug })),
    created: (lookups) => dateTimeConditions(lookups, "created"),
    lastUpdated: (lookups) => dateTimeConditions(lookups, "lastUpdated"),
  };
}

/** A tag condition by slug, until resolveTagSlugs turns it into one by tag id. */
const TAG_SLUG = Symbol("tag slug");

function tagSlugOf(node: unknown): string | undefined {
  return node && typeof node === "object" && TAG_SLUG in node ? (node as { [TAG_SLUG]: string })[TAG_SLUG] : undefined;
}

function plainObject(node: unknown): node is Where {
  return node !== null && typeof node === "object" && !Array.isArray(node) && !(node instanceof Date);
}

/**
 * The tag conditions of a filter, by tag id, from one query for all their slugs. A slug no tag has
 * matches nothing without touching the endpoints; each other is one negated NOT EXISTS on the link
 * table's index. (A plain `some` per slug is an EXISTS that PostgreSQL pulls up into a semi-join
 * each: planning a hundred of them took seconds; joined to the tag table per row, a hundred still
 * took two seconds on PGlite at 100,000 endpoints.)
 */
async function resolveTagSlugs(where: Where, prisma: Context["db"]["prisma"]): Promise<Where> {
  const slugs = new Set<string>();
  const collect = (node: unknown): void => {
    const slug = tagSlugOf(node);
    if (slug !== undefined) slugs.add(slug);
    else if (Array.isArray(node)) node.forEach(collect);
    else if (plainObject(node)) Object.values(node).forEach(collect);
  };
  collect(where);
  if (!slugs.size) return where;
  const tags = await prisma.tag.findMany({ where: { slug: { in: [...slugs] } }, select: { id: true, slug: true } });
  const ids = new Map(tags.map((tag) => [tag.slug, tag.id]));
  const resolve = (node: unknown): unknown => {
    const slug = tagSlugOf(node);
    if (slug !== undefined) {
      const id = ids.get(slug);
      return id === undefined ? MATCH_NONE : { NOT: { tags: { none: { id } } } };
    }
    if (Array.isArray(node)) return node.map(resolve);
    if (plainObject(node)) return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolve(value)]));
    return node;
  };
  return resolve(where) as Where;
}

/** Wraps conditions on a kind's detail table. */
export function onDetail(relation: "proxmox" | "netbox" | "fastapi", conditions: Where[]): Where[] {
  return conditions.map((condition) => ({ [relation]: { is: condition } }));
}

export function searchWhere(q: string | null | undefined): Where {
  const text = q?.trim();
  if (!text) return {};
  const pattern = { contains: escapeLike(text), mode: "insensitive" };
  return { OR: [{ name: pattern }, { domain: pattern }] };
}

export function listArgs(t: ArgBuilder<BuilderTypes>) {
  return {
    q: t.string({ description: "Case-insensitive match on name or domain; blank is ignored." }),
    orderBy: t({
      type: [EndpointOrder],
      description: "Ordering terms, most significant first. Default: name ascending. Ties are ordered by id.",
    }),
  };
}

// ---------------------------------------------------------------- the list resolver

/** Whether a connection selection asks for nothing but totalCount, so no page needs loading. */
function onlyCounts(info: GraphQLResolveInfo): boolean {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type) && !isInterfaceType(type)) return false;
  return info.fieldNodes.every((node) =>
    node.selectionSet?.selections.every(
      (selection) => selection.kind === Kind.FIELD && (selection.name.value === "totalCount" || selection.name.value === "__typename"),
    ),
  );
}

export interface EndpointListArgs extends ConnectionArgs {
  q?: string | null;
  orderBy?: readonly { field: OrderField; direction: "asc" | "desc" }[] | null;
}

/** The planned query, also reading `columns` (the cursor is made of the sort columns' values). */
function withColumns(query: { select?: Where; include?: Where }, columns: string[]): object {
  if (!query.select) return query;
  return { ...query, select: { ...query.select, ...Object.fromEntries(columns.map((column) => [column, true])) } };
}

/** Pages endpoints matching `where`, loading what the client selected on them in the same query. */
export async function resolveEndpointConnection(options: {
  context: Context;
  info: GraphQLResolveInfo;
  /** The GraphQL type of the nodes: a kind, or EndpointBase. */
  typeName: string;
  kind: EndpointKind | null;
  args: EndpointListArgs;
  filterWhere: Where;
}): Promise<KeysetConnection<never>> {
  const { context, info, args } = options;
  const prisma = context.db.prisma;
  const where: Where = {
    AND: [options.kind ? { kind: options.kind } : {}, await resolveTagSlugs(options.filterWhere, prisma), searchWhere(args.q)],
  };
  const sort = sortKeysOf(args.orderBy);
  const query = withColumns(
    queryFromInfo({ context, info, typeName: options.typeName, paths: [["nodes"], ["edges", "node"]] }),
    sort.map((key) => key.field),
  );
  return resolveKeysetConnection({
    args,
    sort,
    where,
    countOnly: onlyCounts(info),
    findMany: (page) => prisma.endpoint.findMany({ ...query, ...page } as never) as Promise<Record<string, unknown>[]>,
    count: (filter) => prisma.endpoint.count({ where: filter }),
    // The rows hold what the client's selection planned, which only Pothos knows the shape of.
  }) as Promise<KeysetConnection<never>>;
}

// ---------------------------------------------------------------- inputs and mutations

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

interface KindMutationNames {
  create: string;
  update: string;
  delete: string;
}

/** create…, update… and delete… mutations of one endpoint kind. */
export function registerEndpointMutations<Input extends EndpointInput>(options: {
  rules: KindRules<Input, never>;
  names: KindMutationNames;
  createInput: InputObjectRef<BuilderTypes, object>;
  updateInput: InputObjectRef<BuilderTypes, { id: string }>;
  payload: ObjectRef<BuilderTypes, SaveResult>;
  /** Runs after a successful create or update, before the payload is read. */
  afterSave?: (context: Context, saved: SaveResult & { id: number }) => Promise<void>;
}) {
  const { rules, names } = options;
  builder.mutationFields((t) => ({
    [names.create]: t.field({
      type: options.payload,
      description: `Create a ${rules.label}. Absent optional fields take their defaults.`,
      args: { input: t.arg({ type: options.createInput, required: true, description: "What to create." }) },
      resolve: async (_root, args, context) => {
        const result = await saveEndpoint(context.db, rules, args.input as Input);
        if (result.id !== null) await options.afterSave?.(context, { ...result, id: result.id });
        return result;
      },
    }),
    [names.update]: t.field({
      type: options.payload,
      description: `Change a ${rules.label}: absent fields are left as they are, null clears a field, and null or "" clears a stored secret.`,
      args: { input: t.arg({ type: options.updateInput, required: true, description: "The endpoint and the fields to change." }) },
      resolve: async (_root, args, context) => {
        const { id, ...input } = args.input;
        const result = await saveEndpoint(context.db, rules, input as Input, id);
        if (result.id !== null) await options.afterSave?.(context, { ...result, id: result.id });
        return result;
      },
    }),
    [names.delete]: t.field({
      type: DeletePayload,
      description: `Delete a ${rules.label}.`,
      args: { input: t.arg({ type: IdInput, required: true, description: "The object, by its global ID." }) },
      resolve: (_root, { input }, context) => {
        const prisma = context.db.prisma;
        return deleteUnlessReferenced({
          inputId: input.id,
          typename: rules.typename,
          label: rules.label,
          exists: async (id) => (await prisma.endpoint.count({ where: { id, kind: rules.kind } })) > 0,
          remove: async (id) => (await prisma.endpoint.deleteMany({ where: { id, kind: rules.kind } })).count,
        });
      },
    }),
  }));
}
