// codegen.ts maps every custom scalar of the printed schema, for each set of documents it types, and
// the README shows client developers that same mapping: with strictScalars a scalar added to the
// schema without a mapping would fail codegen for every client that copies codegen.ts.
import { readFileSync } from "node:fs";
import { buildSchema, isScalarType, isSpecifiedScalarType } from "graphql";
import { describe, expect, it } from "vitest";
import config from "../../codegen.js";

const printed = buildSchema(readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8"));
const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

const customScalars = Object.values(printed.getTypeMap())
  .filter((type) => isScalarType(type) && !isSpecifiedScalarType(type))
  .map((type) => type.name)
  .sort();

interface ScalarMapping {
  input: string;
  output: string;
}

interface Output {
  preset?: string;
  plugins?: string[];
  config?: { strictScalars?: boolean; scalars?: Record<string, ScalarMapping> };
}

/** Plugins that write no TypeScript type of a value (Apollo's possibleTypes, Graphcache's schema). */
const TYPELESS_PLUGINS = ["fragment-matcher", "urql-introspection"];

const generated = Object.entries(config.generates as Record<string, Output>);
const typeless = generated.filter(([, output]) => !output.preset && output.plugins?.every((plugin) => TYPELESS_PLUGINS.includes(plugin)));
const outputs = generated
  .filter((entry) => !typeless.includes(entry))
  .map(([path, output]) => ({ path, strictScalars: output.config?.strictScalars, scalars: output.config?.scalars ?? {} }));

describe("codegen.ts", () => {
  it("is checked against the printed schema's custom scalars", () => {
    expect(customScalars).toEqual(expect.arrayContaining(["DateTime", "JSONObject"]));
    expect(outputs.map((output) => output.path)).toEqual(["test/generated/", "examples/generated/"]);
    expect(typeless.map(([path]) => path)).toEqual(["examples/generated/possible-types.ts", "examples/generated/introspection.ts"]);
  });

  it("maps every custom scalar, input and output, with strictScalars on, for every output", () => {
    for (const output of outputs) {
      expect([output.path, output.strictScalars]).toEqual([output.path, true]);
      expect([output.path, Object.keys(output.scalars).sort()]).toEqual([output.path, customScalars]);
      for (const [name, mapping] of Object.entries(output.scalars)) {
        expect([name, Object.keys(mapping).sort()]).toEqual([name, ["input", "output"]]);
      }
    }
  });

  it("uses the mapping the README gives client developers", () => {
    const section = readme.slice(readme.indexOf("### Scalars for typed clients"));
    const block = /```ts\nscalars: \{\n([\s\S]*?)\n\},\n```/.exec(section)?.[1];
    const shown = [...(block ?? "").matchAll(/^ {2}(\w+): \{ input: "([^"]+)", output: "([^"]+)" \},$/gm)].map(
      ([, name, input, output]) => [name, { input, output }] as const,
    );
    expect(Object.fromEntries(shown)).toEqual(outputs[0]!.scalars);
    for (const output of outputs) expect(output.scalars).toEqual(outputs[0]!.scalars);
  });
});
