// Everything an endpoint kind adds to the API around its object type, built the same way for every
// kind: the queries (`proxmoxEndpoint`, `proxmoxEndpoints`), the create and update inputs, the
// payload, and the create/update/delete mutations. A kind's schema.ts gives only its object type,
// its filter and its own input fields (src/kinds/<kind>/schema.ts).
import type { InputFieldBuilder, InputFieldMap, InputObjectRef, InputShapeFromFields } from "@pothos/core";
import type { PrismaNodeRef } from "@pothos/plugin-prisma";
import { builder, type BuilderTypes } from "../builder.js";
import { deleteEndpoint, type EndpointInput, type KindRules, saveEndpoint } from "../data/endpoint-writes.js";
import { databaseIdOf, referenceOf } from "../domain/global-id.js";
import type PrismaTypes from "../generated/pothos-types.js";
import type { AnyKindModel } from "../kinds/models.js";
import { connectionType } from "./connection.js";
import { type EndpointGraphQLInput, commonInputFields, decodeEndpointInput } from "./endpoint-input.js";
import { listArgs, resolveEndpointConnection } from "./endpoint-list.js";
import { type FilterSpec, type LogicalFilter, whereFromFilter } from "./filters.js";
import { DeletePayload, IdInput, payloadType } from "./mutation-payloads.js";

/**
 * A kind's object type: a prismaNode variant of the Endpoint model. Its own shape (what its select
 * reads) stays with the kind's file; here it is an Endpoint node.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the variant's selected shape
export type EndpointNodeRef = PrismaNodeRef<BuilderTypes, PrismaTypes["Endpoint"], any>;

type KindInputFields<Fields extends InputFieldMap> = (t: InputFieldBuilder<BuilderTypes, "InputObject">, create: boolean) => Fields;

/** What a kind's input gives in GraphQL: the common fields and its own. */
export type KindGraphQLInput<Fields extends InputFieldMap> = EndpointGraphQLInput & InputShapeFromFields<Fields>;

export interface EndpointKindSchema<
  Model extends AnyKindModel,
  Own extends object,
  Detail extends Record<string, unknown>,
  Filter extends LogicalFilter<Filter>,
  Fields extends InputFieldMap,
> {
  rules: KindRules<Model, Own, Detail>;
  node: EndpointNodeRef;
  filter: InputObjectRef<BuilderTypes, Filter>;
  /** How every field of the filter becomes conditions; a field without a spec does not compile. */
  filterSpec: FilterSpec<Filter>;
  /** The kind's own input fields; `create` says whether defaults apply. */
  inputFields: KindInputFields<Fields>;
  /** The kind's own fields for the data layer, references decoded (src/domain/global-id.ts). */
  toInput: (input: InputShapeFromFields<Fields>) => Own;
}

/** Registers the kind's queries, inputs, payload and mutations; returns the payload type. */
export function registerEndpointKind<
  Model extends AnyKindModel,
  Own extends object,
  Detail extends Record<string, unknown>,
  Filter extends LogicalFilter<Filter>,
  Fields extends InputFieldMap,
>(api: EndpointKindSchema<Model, Own, Detail, Filter, Fields>) {
  const { rules } = api;
  const { model } = rules;
  const { node } = api;
  const connection = connectionType(node, model.typename, `A page of ${model.plural}.`);

  builder.queryFields((t) => ({
    [model.fieldName]: t.prismaField({
      type: node,
      nullable: true,
      description: `One ${model.label} by its ID; null when there is none (or when the ID names another kind).`,
      args: { id: t.arg.id({ required: true, description: "Global ID (or database id) of the endpoint." }) },
      resolve: (query, _root, args, context) => {
        const id = databaseIdOf(args.id, [model.typename]);
        return id === null ? null : context.db.prisma.endpoint.findUnique({ ...query, where: { id, kind: model.kind } });
      },
    }),
    [`${model.fieldName}s`]: t.connection(
      {
        type: node,
        description: `${model.plural[0]!.toUpperCase()}${model.plural.slice(1)}, filtered, searched and ordered in the database.`,
        args: { filter: t.arg({ type: api.filter, description: "What the endpoints must match." }), ...listArgs(t.arg) },
        resolve: (_root, args, context, info) =>
          resolveEndpointConnection({
            context,
            info,
            typeName: model.typename,
            kind: model.kind,
            args,
            filterWhere: whereFromFilter((args as { filter?: Filter | null }).filter, api.filterSpec),
          }),
      },
      connection,
    ),
  }));

  const toInput = (input: KindGraphQLInput<Fields>): EndpointInput & Own => ({
    // The kind's own fields first: the common ones, decoded, are the last word.
    ...api.toInput(input),
    ...decodeEndpointInput(input),
  });
  // Pothos cannot compute the shape of an input built from generic fields; it is, by
  // construction, the common fields and the kind's own (the update input adds `id`).
  const createArgs = (args: unknown) => (args as { input: KindGraphQLInput<Fields> }).input;
  const updateArgs = (args: unknown) => {
    const { id, ...input } = (args as { input: { id: string } }).input;
    return { id, input: input as KindGraphQLInput<Fields> };
  };

  const createInput = builder.inputType(`Create${model.typename}Input`, {
    description: `A new ${model.label}. Absent optional fields take their defaults.`,
    fields: (t) => ({ ...commonInputFields(t, model.defaults), ...api.inputFields(t, true) }),
  });
  const updateInput = builder.inputType(`Update${model.typename}Input`, {
    description: `Changes to a ${model.label}. Absent fields stay as they are; null clears a field; null or "" clears a secret.`,
    fields: (t) => ({
      id: t.id({ required: true, description: "Global ID of the endpoint." }),
      ...commonInputFields(t, null),
      ...api.inputFields(t, false),
    }),
  });
  const payload = payloadType({
    name: `${model.typename}Payload`,
    field: model.fieldName,
    node,
    model: "endpoint",
    where: { kind: model.kind },
    description: `The outcome of a ${model.label} mutation.`,
  });

  builder.mutationFields((t) => ({
    [`create${model.mutationSuffix}`]: t.field({
      type: payload,
      description: `Create a ${model.label}. Absent optional fields take their defaults.`,
      args: { input: t.arg({ type: createInput, required: true, description: "What to create." }) },
      resolve: (_root, args, context) => saveEndpoint(context, rules, toInput(createArgs(args))),
    }),
    [`update${model.mutationSuffix}`]: t.field({
      type: payload,
      description: `Change a ${model.label}: absent fields are left as they are, null clears a field, and null or "" clears a stored secret.`,
      args: { input: t.arg({ type: updateInput, required: true, description: "The endpoint and the fields to change." }) },
      resolve: (_root, args, context) => {
        const { id, input } = updateArgs(args);
        return saveEndpoint(context, rules, toInput(input), referenceOf(id, model.typename));
      },
    }),
    [`delete${model.mutationSuffix}`]: t.field({
      type: DeletePayload,
      description: `Delete a ${model.label}.`,
      args: { input: t.arg({ type: IdInput, required: true, description: "The object, by its global ID." }) },
      resolve: (_root, { input }, context) => deleteEndpoint(context.db, model, referenceOf(input.id, model.typename)),
    }),
  }));
  return payload;
}
