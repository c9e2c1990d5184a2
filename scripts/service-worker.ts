// Writes dist/sw.js: a Workbox service worker that precaches every prerendered page in every language
// with its assets, so the whole site opens offline after the first visit. Runs after the prerender,
// because Vite's own build never sees the prerendered HTML.
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { generateSW } from "workbox-build";
import { basePath, outDir as dist } from "./build-options.ts";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
// The languages are the output's folders that have their own 404 page.
const languages = (await readdir(dist, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && existsSync(join(dist, entry.name, "404.html")))
  .map((entry) => entry.name);

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ["**/*.{html,js,css,svg,png,webmanifest,json,xml}"],
  // The share image is for other sites' link previews, not for reading.
  globIgnores: ["og-image.png"],
  swDest: join(dist, "sw.js"),
  // Precache URLs are relative to sw.js, so the worker works under any BASE_PATH.
  directoryIndex: "index.html",
  // An address that is not a precached page goes to the network, like any visit without the worker: the host
  // answers it (a redirect, a page under another form of its address, a 404 with its status). Offline, the nearest
  // 404 page from the cache answers (a language's own under its folder).
  runtimeCaching: [
    // Every page's data is precached, so data the precache lacks does not exist in this deploy: offline, answer it
    // with a 404 as a host would (the page then shows the 404 in its language), not with a network error.
    {
      urlPattern: /\/data\.json$/,
      handler: "NetworkOnly" as const,
      options: {
        plugins: [
          { handlerDidError: () => Promise.resolve(new Response(null, { status: 404, statusText: "Not Found" })) },
        ],
      },
    },
    ...languages.map((lang) => ({
      urlPattern: new RegExp(`^https?://[^/]+${escapeRegExp(`${basePath}${lang}/`)}`),
      handler: "NetworkOnly" as const,
      options: { precacheFallback: { fallbackURL: `${lang}/404.html` } },
    })),
    {
      urlPattern: ({ request }: { request: Request }) => request.mode === "navigate",
      handler: "NetworkOnly" as const,
      options: { precacheFallback: { fallbackURL: "404.html" } },
    },
  ],
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
