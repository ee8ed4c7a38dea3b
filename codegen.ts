// Typed documents for the operations the tests (and any client) send: generated from the committed
// schema.graphql, so a schema change that breaks a client's operation breaks `npm test`.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["test/**/*.ts", "!test/generated/**"],
  ignoreNoDocuments: false,
  // The project is ESM under NodeNext: relative imports need their .js extension.
  emitLegacyCommonJSImports: false,
  generates: {
    "test/generated/": {
      preset: "client",
      config: {
        strictScalars: true,
        scalars: { DateTime: "string", JSONObject: "Record<string, unknown>" },
        enumsAsTypes: true,
        useTypeImports: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
