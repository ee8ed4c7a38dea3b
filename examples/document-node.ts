// Apollo Client and urql take parsed documents (DocumentNode); the generated documents are strings
// (codegen.ts, documentMode "string", so that client.ts needs nothing but fetch). Parsing keeps their
// result and variable types.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import type { TypedDocumentString } from "./generated/graphql.js";

export function documentNode<Result, Variables>(document: TypedDocumentString<Result, Variables>): TypedDocumentNode<Result, Variables> {
  return parse(document.toString());
}
