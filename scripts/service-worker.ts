// Writes dist/sw.js: a Workbox service worker that precaches every prerendered page in every language
// with its assets, so the whole site opens offline after the first visit. Runs after the prerender,
// because Vite's own build never sees the prerendered HTML.
import { join } from "node:path";
import { generateSW } from "workbox-build";
import { outDir as dist } from "./build-options.ts";

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ["**/*.{html,js,css,svg,png,webmanifest}"],
  // The share image is for other sites' link previews, not for reading.
  globIgnores: ["og-image.png"],
  swDest: join(dist, "sw.js"),
  // Precache URLs are relative to sw.js, so the worker works under any BASE_PATH.
  directoryIndex: "index.html",
  // Offline, an address the site does not have still gets the (localized) 404 page.
  navigateFallback: "404.html",
  ignoreURLParametersMatching: [/.*/],
  // Hashed file names change with their content; no need to revalidate them.
  dontCacheBustURLsMatching: /^assets\//,
  cleanupOutdatedCaches: true,
  // A new version waits until the reader agrees to reload (see update-notice.tsx): an open page never
  // mixes files from two deploys.
  skipWaiting: false,
  clientsClaim: false,
  inlineWorkboxRuntime: true,
  sourcemap: false,
});

for (const warning of warnings) console.warn(warning);
console.log(`service worker: precaches ${count} files, ${(size / 1024).toFixed(1)} KiB`);
