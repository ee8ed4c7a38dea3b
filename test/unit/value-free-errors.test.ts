import fc from "fast-check";
import {
  buildSchema,
  getVariableValues,
  GraphQLError,
  type OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
  type ValidationRule,
  ValuesOfCorrectTypeRule,
} from "graphql";
import { describe, expect, it } from "vitest";
import {
  useValueFreeValidation,
  valueFreeVariableError,
  ValuesOfCorrectTypeWithoutValuesRule,
  withoutClientValues,
} from "../../src/server/value-free-errors.js";

const schema = buildSchema(`
  input Login { user: String!, password: String!, tagIds: [Int!], nested: Inner }
  input Inner { secret: String, list: [Inner!] }
  enum Color { RED GREEN }
  type Query { login(input: Login!): Boolean, count(n: Int, c: Color, list: [Int!]): Boolean }
`);
const operation = parse(`query($input: Login!, $n: Int, $c: Color, $l: [Int!]) { login(input: $input) count(n: $n, c: $c, list: $l) }`);
const definitions = (operation.definitions[0] as OperationDefinitionNode).variableDefinitions!;
const login = { user: "u", password: "p" };

/** graphql-js's own coercion error for these variables, and what the module makes of it. */
function variableError(variables: Record<string, unknown>): { original: GraphQLError; cleaned: GraphQLError } {
  const { errors } = getVariableValues(schema, definitions, variables) as { errors?: readonly GraphQLError[] };
  const original = errors![0]!;
  return { original, cleaned: valueFreeVariableError(original, schema) };
}

describe("valueFreeVariableError", () => {
  it.each([
    [{ input: { user: "u", password: 123456 } }, 'Variable "$input" got invalid value at "input.password"; Expected type "String!".'],
    [{ input: { ...login, tagIds: [1, "hunter2"] } }, 'Variable "$input" got invalid value at "input.tagIds[1]"; Expected type "Int!".'],
    [
      { input: { ...login, nested: { list: [{ secret: 42 }] } } },
      'Variable "$input" got invalid value at "input.nested.list[0].secret"; Expected type "String".',
    ],
    [{ input: login, n: "hunter2" }, 'Variable "$n" got invalid value; Expected type "Int".'],
    [{ input: login, n: 2 ** 40 }, 'Variable "$n" got invalid value; Expected type "Int".'],
    [{ input: login, c: "hunter2" }, 'Variable "$c" got invalid value; Expected type "Color".'],
    [{ input: login, l: ["hunter2"] }, 'Variable "$l" got invalid value at "l[0]"; Expected type "Int!".'],
  ])("names the place and the type, not the value: %j", (variables, message) => {
    const { original, cleaned } = variableError(variables);
    expect(original.message).toMatch(/hunter2|123456|42|1099511627776/);
    expect(cleaned.message).toBe(message);
    expect(cleaned.extensions).toEqual({ code: "BAD_USER_INPUT" });
    expect(cleaned.nodes).toEqual(original.nodes);
  });

  it.each([
    [{ input: { user: "u" } }, 'Variable "$input" got invalid value; Field "password" of required type "String!" was not provided.'],
    [{ input: { ...login, bogus: "hunter2" } }, 'Variable "$input" got invalid value; Field "bogus" is not defined by type "Login".'],
    [{ input: "hunter2" }, 'Variable "$input" got invalid value; Expected type "Login" to be an object.'],
    [{ input: login, l: [null] }, 'Variable "$l" got invalid value at "l[0]"; Expected non-nullable type "Int!" not to be null.'],
  ])("keeps a reason that quotes no value: %j", (variables, message) => {
    expect(variableError(variables).cleaned.message).toBe(message);
  });

  it("keeps extensions the error already had", () => {
    const { original } = variableError({ input: login, n: "x" });
    const withExtensions = new GraphQLError(original.message, {
      nodes: original.nodes,
      originalError: original.originalError,
      extensions: { code: "OTHER", x: 1 },
    });
    expect(valueFreeVariableError(withExtensions, schema).extensions).toEqual({ code: "OTHER", x: 1 });
  });

  it("leaves an error it does not recognise as it is", () => {
    const other = new GraphQLError('Variable "$n" of required type "Int!" was not provided.');
    expect(valueFreeVariableError(other, schema)).toBe(other);
    const unrelated = new GraphQLError("Something else");
    expect(valueFreeVariableError(unrelated, schema)).toBe(unrelated);
  });

  it("says only that the type is wrong when it cannot find the type", () => {
    const { original } = variableError({ input: login, n: "hunter2" });
    const detached = new GraphQLError(original.message, { originalError: original.originalError });
    expect(valueFreeVariableError(detached, schema).message).toBe(
      'Variable "$n" got invalid value; The value does not have the expected type.',
    );
  });

  it("never quotes a secret sent in a variable", () => {
    const secret = fc.string({ minLength: 1 }).map((text) => `SECRET${text}`);
    const variables = fc.oneof(
      secret.map((value) => ({ input: { user: "u", password: 1, tagIds: [value] } })),
      secret.map((value) => ({ input: login, n: value })),
      secret.map((value) => ({ input: login, c: value })),
      secret.map((value) => ({ input: { ...login, nested: { secret: { value } } } })),
    );
    fc.assert(
      fc.property(variables, (values) => {
        const { errors } = getVariableValues(schema, definitions, values) as { errors?: readonly GraphQLError[] };
        for (const error of errors ?? []) expect(valueFreeVariableError(error, schema).message).not.toContain("SECRET");
      }),
    );
  });
});

describe("ValuesOfCorrectTypeWithoutValuesRule", () => {
  const messages = (source: string, rule: ValidationRule) => validate(schema, parse(source), [rule]).map((error) => error.message);

  it.each([
    ['{ login(input: {user: "u", password: 123456}) }', 'Expected value of type "String!" at argument "input", field "password".'],
    [
      '{ login(input: {user: "u", password: "p", tagIds: [1, "hunter2"]}) }',
      'Expected value of type "Int!" at argument "input", field "tagIds"[1].',
    ],
    ['{ count(n: "hunter2") }', 'Expected value of type "Int" at argument "n".'],
    ["{ count(c: hunter2) }", 'Expected value of type "Color" at argument "c".'],
    ['{ count(list: [1, "hunter2"]) }', 'Expected value of type "Int!" at argument "list"[1].'],
    ['query($n: Int = "hunter2") { count(n: $n) }', 'Expected value of type "Int" at default value of "$n".'],
  ])("names where a literal is and its type: %s", (source, message) => {
    expect(messages(source, ValuesOfCorrectTypeRule).join()).toMatch(/hunter2|123456/);
    expect(messages(source, ValuesOfCorrectTypeWithoutValuesRule)).toEqual([message]);
  });

  it("reports each literal of a list at its index", () => {
    expect(
      messages(
        '{ login(input: {user: "u", password: "p", nested: {list: [{secret: 5}, {secret: 6}]}}) }',
        ValuesOfCorrectTypeWithoutValuesRule,
      ),
    ).toEqual([
      'Expected value of type "String" at argument "input", field "nested", field "list"[0], field "secret".',
      'Expected value of type "String" at argument "input", field "nested", field "list"[1], field "secret".',
    ]);
  });

  it("keeps graphql-js's messages that quote no value", () => {
    expect(messages('{ login(input: {user: "u"}) }', ValuesOfCorrectTypeWithoutValuesRule)).toEqual([
      'Field "Login.password" of required type "String!" was not provided.',
    ]);
    expect(messages('{ login(input: {user: "u", password: "p", bogus: 1}) }', ValuesOfCorrectTypeWithoutValuesRule)).toEqual(
      messages('{ login(input: {user: "u", password: "p", bogus: 1}) }', ValuesOfCorrectTypeRule),
    );
  });

  it("finds nothing in a valid document", () => {
    expect(
      messages('{ login(input: {user: "u", password: "p", tagIds: [1]}) count(n: 1, c: RED) }', ValuesOfCorrectTypeWithoutValuesRule),
    ).toEqual([]);
  });
});

describe("useValueFreeValidation", () => {
  it("validates with the value-free rule in place of ValuesOfCorrectTypeRule", () => {
    let installed: ((...args: never[]) => unknown) | undefined;
    const seen: ValidationRule[][] = [];
    const validateFn = (_schema: unknown, _document: unknown, rules: ValidationRule[]) => {
      seen.push(rules);
      return [];
    };
    const plugin = useValueFreeValidation();
    (plugin.onValidate as (payload: unknown) => void)({ validateFn, setValidationFn: (fn: typeof installed) => (installed = fn) });
    const document = parse("{ count }");

    (installed as (...args: unknown[]) => unknown)(schema, document, undefined);
    expect(seen[0]).toHaveLength(specifiedRules.length);
    expect(seen[0]).toContain(ValuesOfCorrectTypeWithoutValuesRule);
    expect(seen[0]).not.toContain(ValuesOfCorrectTypeRule);
    expect(seen[0]!.filter((rule) => rule !== ValuesOfCorrectTypeWithoutValuesRule)).toEqual(
      specifiedRules.filter((rule) => rule !== ValuesOfCorrectTypeRule),
    );

    const custom: ValidationRule = () => ({});
    (installed as (...args: unknown[]) => unknown)(schema, document, [custom, ValuesOfCorrectTypeRule]);
    expect(seen[1]).toEqual([custom, ValuesOfCorrectTypeWithoutValuesRule]);
  });
});

describe("withoutClientValues", () => {
  const syntaxError = (source: string) => {
    try {
      parse(source);
    } catch (error) {
      return error as GraphQLError;
    }
    throw new Error("parsed");
  };

  it.each([
    ['{ a(x: 1, "hunter2": 1) }', 'Syntax Error: Expected Name, found String "hunter2".', "Syntax Error: Expected Name, found String."],
    ["{ a } hunter2", 'Syntax Error: Unexpected Name "hunter2".', "Syntax Error: Unexpected Name."],
    ["{ a(x: 1, 123456: 1) }", 'Syntax Error: Expected Name, found Int "123456".', "Syntax Error: Expected Name, found Int."],
    [
      '{ a(x: 1, """hunter2""": 1) }',
      'Syntax Error: Expected Name, found BlockString "hunter2".',
      "Syntax Error: Expected Name, found BlockString.",
    ],
    ['{ a } fragment "hunter2"', 'Syntax Error: Expected Name, found String "hunter2".', "Syntax Error: Expected Name, found String."],
    ["{ a } %", 'Syntax Error: Unexpected character: "%".', "Syntax Error: Unexpected character."],
    ['{ a(x: "\\x") }', 'Syntax Error: Invalid character escape sequence: "\\x".', "Syntax Error: Invalid character escape sequence."],
    ['{ a(x: "\\u12G4") }', 'Syntax Error: Invalid Unicode escape sequence: "\\u12G4".', "Syntax Error: Invalid Unicode escape sequence."],
    [
      "{ a(x: 12a) }",
      'Syntax Error: Invalid number, expected digit but got: "a".',
      "Syntax Error: Invalid number, expected digit but got.",
    ],
    ["{ a(x: 1\u0007) }", "Syntax Error: Unexpected character: U+0007.", "Syntax Error: Unexpected character."],
  ])("drops what a syntax error quotes: %s", (source, original, cleaned) => {
    const error = syntaxError(source);
    expect(error.message).toBe(original);
    const result = withoutClientValues(error, schema);
    expect(result.message).toBe(cleaned);
    expect(result.locations).toEqual(error.locations);
  });

  it("returns a syntax error that quotes nothing as it is", () => {
    for (const source of ["{ a(x: 1", '{ a(x: "unterminated', "{ a(x: '1') }"]) {
      const error = syntaxError(source);
      expect(withoutClientValues(error, schema)).toBe(error);
    }
  });

  it("drops the parser message Yoga keeps of an invalid JSON body", () => {
    const error = new GraphQLError("POST body sent invalid JSON.", {
      extensions: { http: { status: 400 }, originalError: { message: 'Unexpected token h in JSON: "hunter2"' } },
    });
    const result = withoutClientValues(error, schema);
    expect(result.message).toBe("POST body sent invalid JSON.");
    expect(result.extensions).toEqual({ http: { status: 400 } });
  });

  it("passes variable errors to valueFreeVariableError", () => {
    const { original } = variableError({ input: login, n: "hunter2" });
    expect(withoutClientValues(original, schema).message).toBe('Variable "$n" got invalid value; Expected type "Int".');
  });

  it("returns any other error as it is", () => {
    const error = new GraphQLError('Cannot query field "x" on type "Query".');
    expect(withoutClientValues(error, schema)).toBe(error);
  });

  it("never leaves a quoted string of the document in a syntax error", () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9 ]{1,20}$/).map((text) => `SECRET${text}`);
    fc.assert(
      fc.property(
        secret,
        fc.constantFrom('{ a(x: 1, "#": 1) }', '{ a } fragment "#"', '{ "#" }', 'query "#"', '{ a(x: 1, """#""": 1) }'),
        (value, template) => {
          let error: GraphQLError | undefined;
          try {
            parse(template.replace("#", value));
          } catch (thrown) {
            error = thrown as GraphQLError;
          }
          if (error) expect(withoutClientValues(error, schema).message).not.toContain("SECRET");
        },
      ),
    );
  });
});
