// Typed documents, generated from the committed schema.graphql, so a schema change that breaks an
// operation breaks `npm test`:
//   - test/generated/      the operations the tests send;
//   - examples/generated/  the operations of the example client (examples/), as plain strings so the
//     client needs nothing but fetch, with persisted-documents.json: the manifest (sha256 hash →
//     document) that PROXBOX_PERSISTED_OPERATIONS=accept|only serves;
//   - for the normalized caches, which must know the object types of each interface (EndpointBase,
//     Node) to match a fragment on one: examples/generated/possible-types.ts for Apollo Client
//     (examples/apollo.ts), and examples/generated/introspection.ts, the schema minified, for urql's
//     Graphcache (examples/urql.ts).
import type { CodegenConfig } from "@graphql-codegen/cli";

// strictScalars: a custom scalar without a mapping here fails codegen instead of becoming `any`.
// Each is typed as it travels in JSON; a client's own codegen.ts can copy this mapping (README,
// "Scalars for typed clients"). test/unit/codegen-scalars.test.ts compares it with schema.graphql.
const typesConfig = {
  strictScalars: true,
  scalars: {
    DateTime: { input: "string", output: "string" },
    JSONObject: { input: "Record<string, unknown>", output: "Record<string, unknown>" },
  },
  enumsAsTypes: true,
  useTypeImports: true,
};

const config: CodegenConfig = {
  schema: "schema.graphql",
  ignoreNoDocuments: false,
  // The project is ESM under NodeNext: relative imports need their .js extension.
  importExtension: ".js",
  generates: {
    "test/generated/": {
      documents: ["test/**/*.ts", "!test/generated/**"],
      preset: "client",
      config: typesConfig,
      presetConfig: { fragmentMasking: false },
    },
    "examples/generated/": {
      documents: ["examples/**/*.ts", "!examples/generated/**"],
      preset: "client",
      config: { ...typesConfig, documentMode: "string" },
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: "sha256" } },
    },
    "examples/generated/possible-types.ts": {
      plugins: ["fragment-matcher"],
      config: { useExplicitTyping: true },
    },
    "examples/generated/introspection.ts": {
      plugins: ["urql-introspection"],
      config: { useTypeImports: true },
    },
  },
};

export default config;
