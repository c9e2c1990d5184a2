import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { basePath, outDir, ssrDir } from "./scripts/build-options.ts";
import { contentPlugin } from "./src/content/content-plugin.ts";
import { prePaintScript } from "./src/lib/display-preferences.ts";
import { reservedSlugs } from "./src/page-segments.ts";

// BASE_PATH=/essay/ builds a site that lives under /essay/; OUT_DIR picks the folder (dist/) that is
// uploaded as-is (scripts/build-options.ts; the prerender's server bundle goes into node_modules/.cache).
export default defineConfig(({ isSsrBuild }) => ({
  base: basePath,
  plugins: [
    contentPlugin({ reserved: reservedSlugs }),
    react(),
    prePaintDisplayPreferences(),
    hydrationScriptPriority(),
  ],
  define: {
    "import.meta.env.VITE_SITE_URL": JSON.stringify(process.env.SITE_URL ?? "https://trennung-vom-kunden.example/"),
  },
  build: {
    outDir: isSsrBuild ? ssrDir : outDir,
    emptyOutDir: true,
    // .vite/manifest.json: the chunks' import graph, which scripts/bundle-size.ts follows.
    manifest: !isSsrBuild,
  },
  test: {
    environment: "jsdom",
    setupFiles: ["tests/setup/setup-test-env.ts"],
    include: ["src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}"],
  },
}));

/** The reader's theme and text size, applied before the first paint (no flash of the wrong colors). */
function prePaintDisplayPreferences(): Plugin {
  return {
    name: "pre-paint-display-preferences",
    transformIndexHtml: () => [{ tag: "script", children: prePaintScript, injectTo: "head" }],
  };
}

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
