import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// The page on screen's location and data come from src/router (React Router's own hooks would give the address
// bar's, which moves on while the next page's data loads, or need its data mode).
const pageOnScreen = {
  name: "react-router",
  importNames: ["useLocation", "useNavigationType", "useLoaderData", "useMatches", "useRouteError"],
  message: "Use the page on screen's, from src/router/page-context.ts.",
};

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
    files: ["src/**"],
    ignores: ["src/router/**"],
    rules: { "no-restricted-imports": ["error", { paths: [pageOnScreen] }] },
  },
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
        {
          paths: [pageOnScreen],
          patterns: [{ group: ["**/pages/*", "**/routes.tsx"], message: "Pages compose these; never the reverse." }],
        },
      ],
    },
  },
);
