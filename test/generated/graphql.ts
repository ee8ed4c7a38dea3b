/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new tag. */
export type CreateTagInput = {
  /** Six hex digits, with or without '#'. Default 9e9e9e. */
  color?: string | null | undefined;
  /** Free text, at most 200 characters. */
  description?: string | null | undefined;
  /** Unique name, at most 100 characters. */
  name: string;
  /** Unique URL-safe name (letters, digits, - and _); made from the name when absent. */
  slug?: string | null | undefined;
};

/** NetBox's two token formats: v1 keeps a readable plaintext, v2 a key and a hash of the secret. */
export type TokenVersion =
  | 'V1'
  | 'V2';

/** What kind of problem a UserError reports. */
export type UserErrorCode =
  /** The value is empty or only whitespace. */
  | 'BLANK'
  /** The value does not have the expected form. */
  | 'INVALID'
  /** The object cannot be deleted while others refer to it. */
  | 'IN_USE'
  /** The ID names no object of the expected type. */
  | 'NOT_FOUND'
  /** The number is outside the allowed range. */
  | 'OUT_OF_RANGE'
  /** A value is needed and none was given. */
  | 'REQUIRED'
  /** Another object already uses this value. */
  | 'TAKEN'
  /** The value is longer than allowed. */
  | 'TOO_LONG';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, databaseId: number, version: TokenVersion, key: string | null, display: string, writeEnabled: boolean, lastUsed: string | null } };

export type AuthCreateTagMutationVariables = Exact<{
  input: CreateTagInput;
}>;


export type AuthCreateTagMutation = { createTag: { tag: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } };


export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"writeEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsed"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const AuthCreateTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthCreateTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AuthCreateTagMutation, AuthCreateTagMutationVariables>;