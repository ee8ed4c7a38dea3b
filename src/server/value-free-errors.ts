// No error message quotes a value the client sent: a secret given with the wrong type, or a literal
// that does not parse, would otherwise come back in graphql-js's and Yoga's messages. Messages name
// where the value was (argument, field path, variable) and the type expected there, nothing more.
import {
  type ASTNode,
  type ASTVisitor,
  type DocumentNode,
  getNullableType,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  Kind,
  specifiedRules,
  type TypeNode,
  typeFromAST,
  type ValidationContext,
  type ValidationRule,
  ValuesOfCorrectTypeRule,
  type validate,
} from "graphql";
import type { Plugin } from "graphql-yoga";

/** graphql-js reasons that name only types and fields, never the value. */
const VALUE_FREE_REASONS = [
  /^Expected non-nullable type "[^"]+" not to be null\.$/,
  /^Expected type "[^"]+" to be an object\.$/,
  /^Expected type "[^"]+"\.$/,
  /^Field "[^"]+" of required type "[^"]+" was not provided\.$/,
  /^Field "[^"]+" is not defined by type "[^"]+"\.( Did you mean [^]*\?)?$/,
  /^Field "[^"]+" must be non-null\.$/,
  /^Exactly one key must be specified for OneOf type "[^"]+"\.$/,
];

const valueFree = (reason: string) => VALUE_FREE_REASONS.some((pattern) => pattern.test(reason));

// ---------------------------------------------------------------- variables

const INVALID_VARIABLE = /^Variable "\$([^"]+)" got invalid value /;
const AT_PATH = / at "([^"]*)"$/;

/** The input type at `path` (e.g. "input.tagIds[2]") under a variable of type `typeNode`. */
function typeAtPath(schema: GraphQLSchema, typeNode: TypeNode, path: string): GraphQLInputType | undefined {
  let type = typeFromAST(schema, typeNode) as GraphQLInputType | undefined;
  for (const [, field, index] of path.matchAll(/\.([_A-Za-z][_0-9A-Za-z]*)|\[(\d+)\]/g)) {
    const nullable = type && getNullableType(type);
    if (index !== undefined) type = isListType(nullable) ? nullable.ofType : nullable;
    else type = isInputObjectType(nullable) ? nullable.getFields()[field!]?.type : undefined;
  }
  return type;
}

/**
 * `Variable "$input" got invalid value <the value> at "input.password"; <reason quoting it again>`
 * becomes `Variable "$input" got invalid value at "input.password"; Expected type "String".`
 */
export function valueFreeVariableError(error: GraphQLError, schema: GraphQLSchema): GraphQLError {
  const name = INVALID_VARIABLE.exec(error.message)?.[1];
  const reason = error.originalError?.message;
  if (!name || !reason || !error.message.endsWith(`; ${reason}`)) return error;
  // The path is printed after the value, just before the reason.
  const path = AT_PATH.exec(error.message.slice(0, -`; ${reason}`.length))?.[1];
  let why = reason;
  if (!valueFree(reason)) {
    const definition = error.nodes?.[0];
    const type = definition?.kind === Kind.VARIABLE_DEFINITION ? typeAtPath(schema, definition.type, path ?? name) : undefined;
    why = type ? `Expected type "${String(type)}".` : "The value does not have the expected type.";
  }
  return new GraphQLError(`Variable "$${name}" got invalid value${path ? ` at "${path}"` : ""}; ${why}`, {
    nodes: error.nodes,
    path: error.path,
    extensions: { code: "BAD_USER_INPUT", ...error.extensions },
  });
}

// ---------------------------------------------------------------- literals in the document

/** Where a literal sits: `argument "input", field "password"` or `variable "$x" default value`. */
function literalLocation(chain: readonly (ASTNode | readonly ASTNode[])[]): string {
  const parts: string[] = [];
  chain.forEach((item, position) => {
    if (Array.isArray(item)) {
      const parent = chain[position - 1];
      const child = chain[position + 1];
      if (parent && !Array.isArray(parent) && (parent as ASTNode).kind === Kind.LIST && child) parts.push(`[${item.indexOf(child)}]`);
      return;
    }
    const astNode = item as ASTNode;
    if (astNode.kind === Kind.ARGUMENT) parts.push(`argument "${astNode.name.value}"`);
    else if (astNode.kind === Kind.OBJECT_FIELD) parts.push(`field "${astNode.name.value}"`);
    else if (astNode.kind === Kind.VARIABLE_DEFINITION) parts.push(`default value of "$${astNode.variable.name.value}"`);
  });
  return parts.join(", ").replace(/, \[/g, "[") || "a value";
}

/**
 * ValuesOfCorrectTypeRule with messages that name the location and the expected type: its own
 * messages print the literal ("found hunter2abc"), and so do the scalars' (String, Int, DateTime,
 * JSONObject, enums) that it passes on.
 */
export const ValuesOfCorrectTypeWithoutValuesRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  // The visited node with its parent and ancestors (graphql-js passes the parent apart).
  let where: readonly (ASTNode | readonly ASTNode[])[] | null = null;
  const reporting = Object.create(context) as ValidationContext;
  reporting.reportError = (error: GraphQLError) => {
    if (valueFree(error.message) || !where) return context.reportError(error);
    const type = context.getInputType() ?? context.getParentInputType();
    const expected = type ? `Expected value of type "${String(type)}"` : "Expected a value of another type";
    context.reportError(new GraphQLError(`${expected} at ${literalLocation(where)}.`, { nodes: error.nodes }));
  };
  const inner = ValuesOfCorrectTypeRule(reporting) as Record<string, (...args: unknown[]) => unknown>;
  return Object.fromEntries(
    Object.entries(inner).map(([kind, visit]) => [
      kind,
      (
        node: ASTNode,
        key: unknown,
        parent: ASTNode | readonly ASTNode[] | undefined,
        path: unknown,
        ancestors: readonly (ASTNode | readonly ASTNode[])[],
      ) => {
        where = parent ? [...ancestors, parent, node] : [...ancestors, node];
        return visit(node, key, parent, path, ancestors);
      },
    ]),
  );
};

type ValidateRest = Parameters<typeof validate> extends [unknown, unknown, unknown?, ...infer Rest] ? Rest : never;

/** Runs validation with ValuesOfCorrectTypeWithoutValuesRule in place of graphql-js's rule. */
export function useValueFreeValidation(): Plugin {
  return {
    onValidate({ validateFn, setValidationFn }) {
      // Envelop types the validation function loosely; it is graphql-js's validate.
      const original = validateFn as typeof validate;
      setValidationFn((schema: GraphQLSchema, document: DocumentNode, rules?: readonly ValidationRule[], ...rest: ValidateRest) =>
        original(
          schema,
          document,
          (rules ?? specifiedRules).map((rule) => (rule === ValuesOfCorrectTypeRule ? ValuesOfCorrectTypeWithoutValuesRule : rule)),
          ...rest,
        ),
      );
    },
  };
}

// ---------------------------------------------------------------- syntax and HTTP body errors

/** `Expected Name, found String "hunter2".` → `Expected Name, found String.`; lexer errors lose the character. */
function valueFreeSyntaxMessage(message: string): string {
  return message
    .replace(/\b(Name|Int|Float|String|BlockString|Comment) "[^]*"\.$/, "$1.")
    .replace(/^(Syntax Error: [^:]+): (?:"[^]*"|U\+[0-9A-F]+)\.$/, "$1.");
}

/**
 * Errors raised before execution, rid of any quoted client value: variable coercion, syntax, and
 * Yoga's invalid JSON body (whose extensions carry JSON.parse's message, which quotes the body).
 */
export function withoutClientValues(error: GraphQLError, schema: GraphQLSchema): GraphQLError {
  if (error.message.startsWith("Variable ")) return valueFreeVariableError(error, schema);
  const message = error.message.startsWith("Syntax Error:") ? valueFreeSyntaxMessage(error.message) : error.message;
  if (message === error.message && !error.extensions?.originalError) return error;
  const { originalError: _quotesTheBody, ...extensions } = error.extensions ?? {};
  return new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions });
}
