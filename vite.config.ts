import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { basePath, outDir, ssrDir } from "./scripts/build-options.ts";
import { firstPaint } from "./scripts/first-paint.ts";
import { contentPlugin } from "./src/content/content-plugin.ts";
import { prePaintScript } from "./src/lib/display-preferences.ts";
import { reservedSlugs } from "./src/page-segments.ts";

// BASE_PATH=/essay/ builds a site that lives under /essay/; OUT_DIR picks the folder (dist/) that is
// uploaded as-is (scripts/build-options.ts; the prerender's server bundle goes into node_modules/.cache).
export default defineConfig(({ isSsrBuild }) => ({
  base: basePath,
  plugins: [contentPlugin({ reserved: reservedSlugs }), react(), prePaintDisplayPreferences(), firstPaint()],
  define: {
    "import.meta.env.VITE_SITE_URL": JSON.stringify(process.env.SITE_URL ?? "https://trennung-vom-kunden.example/"),
  },
  build: {
    outDir: isSsrBuild ? ssrDir : outDir,
    emptyOutDir: true,
    // .vite/manifest.json: the chunks' import graph, which scripts/bundle-size.ts follows.
    manifest: !isSsrBuild,
    // The app is requested by the loader of scripts/first-paint.ts, in browsers that all have modulepreload.
    modulePreload: { polyfill: false },
  },
  test: {
    environment: "jsdom",
    setupFiles: ["tests/setup/setup-test-env.ts"],
    include: ["src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}"],
    // Tests wait for conditions, never for time; these limits only end a test that hangs, and allow for a
    // machine under heavy load (the first import of the app alone can take seconds there, and a hook that
    // builds the whole site, tests/unit/built-site.test.ts, minutes).
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
}));

/** The reader's theme and text size, applied before the first paint (no flash of the wrong colors). */
function prePaintDisplayPreferences(): Plugin {
  return {
    name: "pre-paint-display-preferences",
    transformIndexHtml: () => [{ tag: "script", children: prePaintScript(), injectTo: "head" }],
  };
}
