import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    ignores: [
      "dist",
      "dist-essay",
      "dist-fixture",
      "dist-bench",
      "dist-medium",
      "dist-medium-content",
      "dist-freshness",
      "coverage",
      "test-results",
      "playwright-report",
      "reports",
      ".wrangler",
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // React Router's loaders throw a Response for "not found": the router turns it into the 404.
      "@typescript-eslint/only-throw-error": ["error", { allow: [{ from: "lib", name: "Response" }] }],
    },
  },
  {
    files: ["**/*.test.{ts,tsx}", "tests/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  { files: ["**/*.js"], extends: [tseslint.configs.disableTypeChecked] },
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    // Code flows one way: pages compose content, i18n, hooks and components, never the reverse.
    files: [
      "src/content/**",
      "src/i18n/**",
      "src/hooks/**",
      "src/components/**",
      "src/lib/**",
      "src/head/**",
      "src/page-data/**",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/pages/*", "**/routes.tsx"], message: "Pages compose these; never the reverse." }] },
      ],
    },
  },
);
