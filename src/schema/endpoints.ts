// The cross-kind `endpoints` list: every endpoint of every kind, filtered, ordered and paginated
// in one SQL query on the shared endpoint table.
import { builder } from "../builder.js";
import { connectionType } from "./connection.js";
import type { EndpointKind } from "../generated/prisma/enums.js";
import { ENDPOINT_TYPENAMES } from "../kinds/models.js";
import { EndpointBase, EndpointKindEnum } from "./endpoint-base.js";
import { commonFilterFields, commonFilterSpec, type EndpointFilterFields } from "./endpoint-filter.js";
import { listArgs, resolveEndpointConnection } from "./endpoint-list.js";
import { type FilterSpec, whereFromFilter } from "./filters.js";

interface EndpointFilterShape extends EndpointFilterFields {
  kind?: EndpointKind[] | null;
  AND?: EndpointFilterShape[] | null;
  OR?: EndpointFilterShape[] | null;
  NOT?: EndpointFilterShape | null;
}

const EndpointFilter = builder.inputRef<EndpointFilterShape>("EndpointFilter").implement({
  description: "Filters on the fields every endpoint has. Fields, AND members and NOT all hold; each OR member is an alternative to them.",
  fields: (t) => ({
    ...commonFilterFields(t),
    kind: t.field({ type: [EndpointKindEnum], description: "Endpoint kinds; an endpoint must be of one of them." }),
    AND: t.field({ type: [EndpointFilter], description: "Every one of these filters holds." }),
    OR: t.field({ type: [EndpointFilter], description: "Alternatives to the rest of this filter." }),
    NOT: t.field({ type: EndpointFilter, description: "This filter does not hold." }),
  }),
});

const filterSpec: FilterSpec<EndpointFilterShape> = {
  ...commonFilterSpec(ENDPOINT_TYPENAMES),
  kind: (kinds: EndpointKind[]) => [{ kind: { in: kinds } }],
};

const EndpointBaseConnection = connectionType(EndpointBase, "EndpointBase", "A page of endpoints of any kind.");

builder.queryFields((t) => ({
  endpoints: t.connection(
    {
      type: EndpointBase,
      description: "Every endpoint of every kind. q: case-insensitive match on name or domain; blank q is ignored.",
      args: { filter: t.arg({ type: EndpointFilter, description: "What the endpoints must match." }), ...listArgs(t.arg) },
      resolve: (_root, args, context, info) =>
        resolveEndpointConnection({
          context,
          info,
          typeName: "EndpointBase",
          kind: null,
          args,
          filterWhere: whereFromFilter(args.filter, filterSpec),
        }),
    },
    EndpointBaseConnection,
  ),
}));
