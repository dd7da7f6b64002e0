// Lint: eslint's and typescript-eslint's recommended rules, block statements, and no console outside the CLI.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "generated/", "node_modules/", "test/**/fixtures/", "test/**/__golden__/", "test/.tmp/", "scratch/", "web/dist/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      curly: ["error", "all"],
      "no-console": "error",
      eqeqeq: ["error", "always"],
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The runtime reads documents through the generated types: a cast to an object type written on the spot
    // switches them off (a misspelled field compiles). The few left say why, next to an eslint-disable.
    files: ["src/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSAsExpression TSTypeLiteral",
          message: "Narrow the value (a discriminant, `in`, a type guard) instead of casting it to an object type.",
        },
      ],
    },
  },
  {
    files: ["src/cli/**", "bench/**", "scripts/**", "src/engine/summary/summary.ts"],
    rules: { "no-console": "off" },
  },
  {
    // The VS Code extension is CommonJS, as VS Code loads extensions.
    files: ["editors/vscode/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Tests mutate documents deep inside; typing every level would hide what the test changes.
    files: ["test/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
