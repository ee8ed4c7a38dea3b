// Everything an endpoint kind adds to the API around its object type, built the same way for the
// three kinds: the connection and its queries (`proxmoxEndpoint`, `proxmoxEndpoints`), the create
// and update inputs, the payload, and the create/update/delete mutations. A kind's own file gives
// only its object type, its filter and its own input fields.
import type { InputFieldBuilder, InputFieldMap, InputObjectRef } from "@pothos/core";
import { builder, type BuilderTypes } from "../builder.js";
import type { Context } from "../context.js";
import type { EndpointInput, KindRules, SaveResult } from "../data/endpoint-writes.js";
import { connectionType } from "./connection.js";
import { commonInputFields, listArgs, registerEndpointMutations, resolveEndpointConnection } from "./endpoint-operations.js";
import { type FilterSpec, type LogicalFilter, whereFromFilter } from "./filters.js";
import { databaseIdOf } from "./global-id.js";
import { payloadType } from "./mutation-payloads.js";

export interface EndpointKindApi<Filter, Input extends EndpointInput> {
  rules: KindRules<Input, never>;
  /** The kind's object type (a prismaNode variant of Endpoint). */
  node: object;
  /** Query field of one endpoint; the list is this plus "s", the payload field is this too. */
  fieldName: string;
  /** Mutation names are create<suffix>, update<suffix>, delete<suffix>. */
  mutationSuffix: string;
  /** "Proxmox endpoints", for descriptions. */
  plural: string;
  filter: InputObjectRef<BuilderTypes, Filter>;
  filterSpec: FilterSpec<Filter>;
  /** The kind's own input fields; `create` says whether defaults apply. */
  inputFields: (t: InputFieldBuilder<BuilderTypes, "InputObject">, create: boolean) => InputFieldMap;
  /** Runs after a successful create or update, before the payload is read. */
  afterSave?: (context: Context, saved: SaveResult & { id: number }) => Promise<void>;
}

/** Registers the kind's queries, inputs, payload and mutations; returns the payload type. */
export function registerEndpointKind<Filter extends LogicalFilter<Filter>, Input extends EndpointInput>(
  api: EndpointKindApi<Filter, Input>,
) {
  const { rules, fieldName } = api;
  const typeName = rules.typename;
  const node = api.node as never;
  const connection = connectionType(node, typeName, `A page of ${api.plural}.`);

  builder.queryFields((t) => ({
    [fieldName]: t.prismaField({
      type: node,
      nullable: true,
      description: `One ${rules.label} by its ID; null when there is none (or when the ID names another kind).`,
      args: { id: t.arg.id({ required: true, description: "Global ID (or database id) of the endpoint." }) },
      resolve: (query: object, _root: unknown, args: { id: string }, context: Context) => {
        const id = databaseIdOf(args.id, [typeName]);
        return id === null ? null : context.db.prisma.endpoint.findUnique({ ...query, where: { id, kind: rules.kind } });
      },
    } as never),
    [`${fieldName}s`]: t.connection(
      {
        type: node,
        description: `${api.plural[0]!.toUpperCase()}${api.plural.slice(1)}, filtered, searched and ordered in the database.`,
        args: { filter: t.arg({ type: api.filter, description: "What the endpoints must match." }), ...listArgs(t.arg) },
        resolve: (_root, args, context, info) =>
          resolveEndpointConnection({
            context,
            info,
            typeName,
            kind: rules.kind,
            args,
            filterWhere: whereFromFilter((args as { filter?: Filter | null }).filter, api.filterSpec),
          }),
      },
      connection as never,
    ),
  }));

  const createInput = builder.inputType(`Create${typeName}Input`, {
    description: `A new ${rules.label}. Absent optional fields take their defaults.`,
    fields: (t) => ({ ...commonInputFields(t, rules.defaults), ...api.inputFields(t, true) }),
  });
  const updateInput = builder.inputType(`Update${typeName}Input`, {
    description: `Changes to a ${rules.label}. Absent fields stay as they are; null clears a field; null or "" clears a secret.`,
    fields: (t) => ({
      id: t.id({ required: true, description: "Global ID of the endpoint." }),
      ...commonInputFields(t, null),
      ...api.inputFields(t, false),
    }),
  });
  const payload = payloadType({
    name: `${typeName}Payload`,
    field: fieldName,
    node,
    model: "endpoint",
    where: { kind: rules.kind },
    description: `The outcome of a ${rules.label} mutation.`,
  });
  registerEndpointMutations<Input>({
    rules,
    names: { create: `create${api.mutationSuffix}`, update: `update${api.mutationSuffix}`, delete: `delete${api.mutationSuffix}` },
    createInput: createInput as never,
    updateInput: updateInput as never,
    payload,
    afterSave: api.afterSave,
  });
  return payload;
}
