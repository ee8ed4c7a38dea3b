// Token: the API tokens of this service, and `viewer`, the token of the current request.
import { builder } from "../builder.js";
import { referenceOf } from "../domain/global-id.js";
import { tokenDisplay } from "../auth/token-format.js";
import { checkTokenRequest, createToken, deleteToken } from "../data/token-writes.js";
import type { UserError } from "../domain/user-errors.js";
import { TokenPurpose as TokenPurposeValues, TokenVersion as TokenVersionValues } from "../generated/prisma/enums.js";
import { connectionType, resolveKeysetConnection } from "./connection.js";
import { DeletePayload, IdInput } from "./mutation-payloads.js";
import { nodeWhere } from "./node-id.js";
import { UserErrorRef } from "./user-error.js";

export const TokenVersionEnum = builder.enumType("TokenVersion", {
  description: "NetBox's two token formats: v1 keeps a readable plaintext, v2 a key and a hash of the secret.",
  values: {
    V1: { value: TokenVersionValues.V1, description: 'Version 1: presented as "Token <plaintext>"; the plaintext stays readable.' },
    V2: {
      value: TokenVersionValues.V2,
      description: 'Version 2: presented as "Bearer nbt_<key>.<secret>"; only a hash of the secret is kept.',
    },
  } as const,
});

export const TokenPurposeEnum = builder.enumType("TokenPurpose", {
  description: "What a token is for. A token authenticates to this service, or is sent to a remote NetBox, never both.",
  values: {
    API: { value: TokenPurposeValues.API, description: "Authenticates requests to this service; never sent anywhere." },
    NETBOX_CREDENTIAL: {
      value: TokenPurposeValues.NETBOX_CREDENTIAL,
      description: "A v1 token for a remote NetBox, which a NetBox endpoint may link (tokenId). Never accepted by this service.",
    },
  } as const,
});

// Select mode: the plaintext and the digest are never loaded for output.
export const Token = builder.prismaNode("Token", {
  description: "An API token of this service. v1 tokens keep a readable plaintext; v2 tokens keep only a key and a hash of the secret.",
  id: { field: "id" },
  nullable: true,
  findUnique: nodeWhere,
  select: { id: true, version: true, key: true, hint: true },
  fields: (t) => ({
    databaseId: t.exposeInt("id", { description: "The id of this object in the database." }),
    version: t.expose("version", { type: TokenVersionEnum, description: "Token version: V1 or V2." }),
    purpose: t.field({
      type: TokenPurposeEnum,
      select: { purpose: true },
      description: "API (authenticates here) or NETBOX_CREDENTIAL (only sent to a remote NetBox).",
      resolve: (token) => token.purpose,
    }),
    key: t.exposeString("key", { nullable: true, description: "Key id of a v2 token; null for v1 tokens." }),
    display: t.string({
      description: "For v1, asterisks and the last 6 characters of the plaintext; for v2, the key.",
      resolve: (token) => tokenDisplay(token),
    }),
    description: t.string({ select: { description: true }, description: "Free text.", resolve: (token) => token.description }),
    writeEnabled: t.boolean({
      select: { writeEnabled: true },
      description: "Whether the token may run mutations.",
      resolve: (token) => token.writeEnabled,
    }),
    expires: t.field({
      type: "DateTime",
      nullable: true,
      select: { expires: true },
      description: "When the token stops working; null: never.",
      resolve: (token) => token.expires,
    }),
    lastUsed: t.field({
      type: "DateTime",
      nullable: true,
      select: { lastUsed: true },
      description: "When the token last authenticated a request (to the minute).",
      resolve: (token) => token.lastUsed,
    }),
    created: t.field({
      type: "DateTime",
      select: { created: true },
      description: "When the token was created.",
      resolve: (token) => token.created,
    }),
  }),
});

const TokenConnection = connectionType(Token, "Token", "A page of API tokens.");

builder.queryFields((t) => ({
  tokens: t.connection(
    {
      type: Token,
      description: "API tokens in the order they were created.",
      resolve: (_root, args, context) =>
        resolveKeysetConnection({
          args,
          sort: [],
          where: {},
          findMany: (page) => context.db.prisma.token.findMany({ ...page, omit: { plaintext: true, digest: true } }),
          count: (where) => context.db.prisma.token.count({ where }),
        }),
    },
    TokenConnection,
  ),
  viewer: t.prismaField({
    type: Token,
    description: "The token that authenticated this request.",
    resolve: (query, _root, _args, context) => context.db.prisma.token.findUniqueOrThrow({ ...query, where: { id: context.viewer.id } }),
  }),
}));

interface CreateTokenResult {
  id: number | null;
  plaintext: string | null;
  userErrors: UserError[];
}

const CreateTokenPayload = builder.objectRef<CreateTokenResult>("CreateTokenPayload").implement({
  description: "The outcome of createToken.",
  fields: (t) => ({
    token: t.prismaField({
      type: Token,
      nullable: true,
      description: "The new token; null when the input had problems.",
      resolve: (query, result, _args, context) =>
        result.id === null ? null : context.db.prisma.token.findUnique({ ...query, where: { id: result.id } }),
    }),
    plaintext: t.exposeString("plaintext", {
      nullable: true,
      description:
        'The secret to present: v1 "<40 hex>" as "Token <plaintext>", v2 "nbt_<key>.<secret>" as "Bearer <plaintext>". Shown only here, once for v2.',
    }),
    userErrors: t.field({
      type: [UserErrorRef],
      description: "Problems with the input; nothing was written when there are any.",
      resolve: (result) => result.userErrors,
    }),
  }),
});

const CreateTokenInput = builder.inputType("CreateTokenInput", {
  description: "A new API token.",
  fields: (t) => ({
    version: t.field({ type: TokenVersionEnum, description: "Default V2 (V1 for a NetBox credential, which must be v1)." }),
    purpose: t.field({ type: TokenPurposeEnum, description: "Default API." }),
    description: t.string({ description: "Free text, at most 200 characters." }),
    writeEnabled: t.boolean({ description: "Whether the token may run mutations. Default true." }),
    expires: t.field({ type: "DateTime", description: "When the token stops working; must be in the future. Default: never." }),
  }),
});

builder.mutationFields((t) => ({
  createToken: t.field({
    type: CreateTokenPayload,
    description: "Create an API token. Its plaintext is returned in this payload only.",
    args: { input: t.arg({ type: CreateTokenInput, required: true, description: "What to create." }) },
    resolve: async (_root, { input }, context) => {
      const { request, userErrors } = checkTokenRequest(input);
      if (userErrors.length) return { id: null, plaintext: null, userErrors };
      const created = await createToken(context.db, request);
      return { id: created.id, plaintext: created.plaintext, userErrors: [] };
    },
  }),
  deleteToken: t.field({
    type: DeletePayload,
    description: "Delete a token. Fails with IN_USE while a NetBox endpoint links to the token, and for the last write-enabled API token.",
    args: { input: t.arg({ type: IdInput, required: true, description: "The token, by its global ID." }) },
    resolve: (_root, { input }, context) => deleteToken(context.db, referenceOf(input.id, "Token")),
  }),
}));
