// The filter fields every endpoint has, how they become conditions on the endpoint table, and the
// tag and search conditions. Each kind's filter adds its own fields (see src/kinds/*/schema.ts).
import type { InputFieldBuilder, InputFieldMap } from "@pothos/core";
import type { BuilderTypes } from "../builder.js";
import type { Context } from "../context.js";
import { MATCH_NONE } from "../db/keyset.js";
import type { DetailRelation } from "../kinds/model.js";
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
} from "./filters.js";

/** Filter fields every endpoint has; `AND`, `OR` and `NOT` are added by each filter type. */
export interface EndpointFilterFields {
  id?: IdLookups | null;
  name?: StringLookups | null;
  domain?: StringLookups | null;
  ipAddressId?: IdLookups | null;
  ipAddress?: StringLookups | null;
  port?: IntLookups | null;
  verifySsl?: boolean | null;
  enabled?: boolean | null;
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
    enabled: t.boolean({ description: "Whether the endpoint is enabled." }),
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
    enabled: (value) => [{ enabled: value }],
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
export async function resolveTagSlugs(where: Where, prisma: Context["db"]["prisma"]): Promise<Where> {
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
export function onDetail(relation: DetailRelation, conditions: Where[]): Where[] {
  return conditions.map((condition) => ({ [relation]: { is: condition } }));
}

export function searchWhere(q: string | null | undefined): Where {
  const text = q?.trim();
  if (!text) return {};
  const pattern = { contains: escapeLike(text), mode: "insensitive" };
  return { OR: [{ name: pattern }, { domain: pattern }] };
}
