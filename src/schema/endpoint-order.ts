// EndpointOrder and EndpointOrderField: how endpoint lists are ordered (keyset paging keeps the
// order stable across pages; ties are ordered by id). Names are ordered by their generated sort key
// (src/domain/name-order.ts), which an index serves.
import { builder, OrderDirection } from "../builder.js";
import type { SortKey } from "../db/keyset.js";

const ORDER_FIELDS = {
  ID: { field: "id", type: "int" },
  NAME: { field: "nameSort", type: "string" },
  DOMAIN: { field: "domain", type: "string", nullable: true },
  PORT: { field: "port", type: "int" },
  CREATED: { field: "created", type: "date" },
  LAST_UPDATED: { field: "lastUpdated", type: "date" },
} as const satisfies Record<string, Omit<SortKey, "direction">>;

export type OrderField = keyof typeof ORDER_FIELDS;

export const EndpointOrderField = builder.enumType("EndpointOrderField", {
  description: "What endpoints can be ordered by. Rows that tie are ordered by id.",
  values: {
    ID: { description: "Database id, that is creation order." },
    NAME: {
      description: "Name, as a person reads it: ignoring case and accents, with numbers by value (pve2 before pve10).",
    },
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

const DEFAULT_ORDER: SortKey[] = [{ ...ORDER_FIELDS.NAME, direction: "asc" }];

export function sortKeysOf(orderBy: readonly { field: OrderField; direction: "asc" | "desc" }[] | null | undefined): SortKey[] {
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
