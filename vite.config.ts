import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { contentPlugin } from "./src/content/content-plugin.ts";

export default defineConfig({
  // BASE_PATH=/essay/ builds a site that lives under /essay/ (see README, "Deploy").
  base: process.env.BASE_PATH ?? "/",
  plugins: [contentPlugin(), react(), hydrationScriptPriority()],
  // dist/.vite/manifest.json: the chunks' import graph, which scripts/bundle-size.ts follows.
  build: { manifest: true },
  define: {
    "import.meta.env.VITE_SITE_URL": JSON.stringify(process.env.SITE_URL ?? "https://trennung-vom-kunden.example/"),
  },
  test: {
    environment: "jsdom",
    setupFiles: ["tests/setup/setup-test-env.ts"],
    include: ["src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}"],
  },
});

/**
 * Every page arrives as prerendered HTML, so its script only hydrates: it is fetched at low priority, after the
 * stylesheet and images that the first paint needs (Vite writes the tag itself, so the attribute is added here).
 */
function hydrationScriptPriority(): Plugin {
  return {
    name: "hydration-script-priority",
    transformIndexHtml: {
      order: "post",
      handler: (html) =>
        html.replace(/<script type="module"(?![^>]*fetchpriority)/g, '<script type="module" fetchpriority="low"'),
    },
  };
}
