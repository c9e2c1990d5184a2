import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist", "dist-ssr", "coverage", "test-results", "playwright-report"] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  { files: ["**/*.js"], extends: [tseslint.configs.disableTypeChecked] },
  reactHooks.configs.flat["recommended-latest"] ?? reactHooks.configs["recommended-latest"],
  jsxA11y.flatConfigs.recommended,
  {
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // Code flows one way: content, i18n, hooks and components never import pages (docs: STYLE.md).
      "no-restricted-imports": "off",
    },
  },
  {
    files: ["src/content/**", "src/i18n/**", "src/hooks/**", "src/components/**", "src/lib/**", "src/head/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/pages/*"], message: "Pages compose components; never the reverse." }] }],
    },
  },
);
