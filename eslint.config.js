// ESLint flat config; `npm run lint` runs it over the repository, generated code excluded.
//   - TypeScript (src/, test/, scripts/, examples/, the root config files): typescript-eslint's
//     type-checked recommended rules plus a few more, with type information from tsconfig.json
//     (through the TypeScript project service);
//   - the GraphQL documents embedded in test/ and examples/ (the graphql(`...`) calls codegen.ts
//     reads), checked against schema.graphql by @graphql-eslint.
// Layout is Prettier's job (`npm run format:check`): no rule here is about formatting.
import js from "@eslint/js";
import graphqlPlugin from "@graphql-eslint/eslint-plugin";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores(["src/generated/", "test/generated/", "examples/generated/", "data/", "coverage/", "scratch/", "test-results/"]),
  { linterOptions: { reportUnusedDisableDirectives: "error" } },

  // JavaScript and TypeScript.
  {
    files: ["**/*.{ts,js,mjs}"],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-implicit-coercion": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-import-type-side-effects": "error",
      "@typescript-eslint/no-deprecated": "error",
      "@typescript-eslint/return-await": ["error", "in-try-catch"],
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      // graphql-yoga and envelop hand their plugin hooks a payload of functions meant to be
      // destructured (`onRequest({ endResponse })`); they do not use `this`.
      "@typescript-eslint/unbound-method": "off",
    },
  },
  // The tests talk to the API over the wire and probe it with hand-written documents whose results
  // are `any` by nature; the assertions are what checks them.
  {
    files: ["test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "no-restricted-properties": [
        "error",
        ...["describe", "it", "test"].map((object) => ({ object, property: "only", message: "Focused tests must not be committed." })),
      ],
    },
  },
  // Plain JavaScript (eslint.config.js, scripts/*.mjs, the PostGraphile reference's server, whose
  // imports resolve only once its folder is installed) is not part of tsconfig.json.
  {
    files: ["**/*.{js,mjs}"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  // GraphiQL's page script runs in the browser.
  {
    files: ["src/server/graphiql-page.js"],
    languageOptions: { globals: globals.browser, sourceType: "script" },
  },

  // GraphQL documents embedded in test/ and examples/: the processor extracts each one as a virtual
  // .graphql file (test/auth.test.ts/0_document.graphql, ...) that the block after it lints.
  {
    files: ["test/**/*.ts", "examples/**/*.ts"],
    processor: graphqlPlugin.processor,
  },
  {
    files: ["test/**/*.graphql", "examples/**/*.graphql"],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: {
        graphQLConfig: {
          // As in codegen.ts, test/ and examples/ are two sets of documents, each with its own
          // fragments. No negated globs ("!test/generated/**"): graphql-config would match every
          // file against them and put examples/ files in the test project. The generated files hold
          // no graphql(`...`) call, so including them adds nothing.
          projects: {
            test: { schema: "schema.graphql", documents: "test/**/*.ts" },
            examples: { schema: "schema.graphql", documents: "examples/**/*.ts" },
          },
        },
      },
    },
    plugins: { "@graphql-eslint": graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs["flat/operations-recommended"].rules,
      // A rule for normalized client caches, which neither the tests nor the example client use;
      // the query-shape tests select exactly the fields whose SQL they measure.
      "@graphql-eslint/require-selections": "off",
    },
  },
);
