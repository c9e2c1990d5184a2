import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { contentPlugin } from "./src/content/content-plugin.ts";
import { prePaintScript } from "./src/lib/display-preferences.ts";

// BASE_PATH=/essay/ builds a site that lives under /essay/; OUT_DIR picks the folder (dist/) that is
// uploaded as-is. The server-side bundle for the prerender goes next to it, into <OUT_DIR>-ssr/.
const outDir = process.env.OUT_DIR ?? "dist";

export default defineConfig(({ isSsrBuild }) => ({
  base: process.env.BASE_PATH ?? "/",
  plugins: [
    contentPlugin(),
    react(),
    {
      // The reader's theme and text size, applied before the first paint (no flash of the wrong colors).
      name: "pre-paint-display-preferences",
      transformIndexHtml: () => [{ tag: "script", children: prePaintScript, injectTo: "head" }],
    },
  ],
  define: {
    "import.meta.env.VITE_SITE_URL": JSON.stringify(process.env.SITE_URL ?? "https://trennung-vom-kunden.example/"),
  },
  build: { outDir: isSsrBuild ? `${outDir}-ssr` : outDir, emptyOutDir: true },
  test: {
    environment: "jsdom",
    setupFiles: ["tests/setup/setup-test-env.ts"],
    include: ["src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}"],
  },
}));
