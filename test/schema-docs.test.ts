// Every type, field, argument, input field and enum value of the API has a description: the schema
// is the documentation GraphiQL and generated clients show. Each reads as a sentence, create inputs
// say what a create does (not what an update does), and every custom scalar names its specification.
import {
  type GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../src/schema/index.js";

const apiTypes = Object.values(schema.getTypeMap()).filter(
  (type) => !type.name.startsWith("__") && !(isScalarType(type) && isSpecifiedScalarType(type)),
);

/** Every description of a type and of what it holds, by its schema coordinate. */
function descriptionsOf(type: GraphQLNamedType): [string, string | null | undefined][] {
  const found: [string, string | null | undefined][] = [[type.name, type.description]];
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      found.push([`${type.name}.${field.name}`, field.description]);
      for (const arg of field.args) found.push([`${type.name}.${field.name}(${arg.name}:)`, arg.description]);
    }
  } else if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) found.push([`${type.name}.${field.name}`, field.description]);
  } else if (isEnumType(type)) {
    for (const value of type.getValues()) found.push([`${type.name}.${value.name}`, value.description]);
  }
  return found;
}

const descriptions = apiTypes.flatMap(descriptionsOf);

/** A capital letter, a digit or a `code identifier` first; a full stop last. */
const SENTENCE = /^(?:[A-Z0-9]|`[^`]+`)[\s\S]*\.$/;

/** What an update does with a field, which a create has no current value to do. */
const UPDATE_WORDING =
  /\b(?:null (?:or (?:""|blank) )?(?:removes|empties|clears)|removes (?:it|the link|all)|clears the stored|replacing the current|(?:stays?|left|leave) (?:as (?:it is|they are)|unchanged)|unchanged|current (?:one|ones|object|value))\b/i;

describe("schema documentation", () => {
  it("describes every type, field, argument and enum value", () => {
    expect(descriptions.filter(([, description]) => !description?.trim()).map(([coordinate]) => coordinate)).toEqual([]);
  });

  it("writes each description as a sentence: a capital letter or a `code` identifier first, a full stop last", () => {
    const loose = descriptions.filter(([, description]) => description && !SENTENCE.test(description.trim()));
    expect(loose.map(([coordinate, description]) => `${coordinate}: ${description}`)).toEqual([]);
  });

  it("does not word create inputs as updates", () => {
    const creates = apiTypes.filter((type) => isInputObjectType(type) && type.name.startsWith("Create"));
    expect(creates.length).toBeGreaterThanOrEqual(5);
    const worded = creates.flatMap(descriptionsOf).filter(([, description]) => description && UPDATE_WORDING.test(description));
    expect(worded.map(([coordinate, description]) => `${coordinate}: ${description}`)).toEqual([]);
  });

  it("still words update inputs as updates", () => {
    const update = schema.getType("UpdateProxmoxEndpointInput");
    expect(isInputObjectType(update) && UPDATE_WORDING.test(update.getFields().tagIds!.description ?? "")).toBe(true);
  });

  it("names the specification of every custom scalar (@specifiedBy)", () => {
    const scalars = apiTypes.filter(isScalarType).map((scalar) => [scalar.name, scalar.specifiedByURL]);
    expect(scalars).toEqual([
      ["DateTime", "https://datatracker.ietf.org/doc/html/rfc3339#section-5.6"],
      ["JSONObject", "http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf"],
    ]);
  });

  it("is checked on the real schema", () => {
    expect(getNamedType(schema.getQueryType()!.getFields().endpoints!.type).name).toBe("EndpointBaseConnection");
  });
});
