// Writes dist/sw.js: a Workbox service worker that precaches every prerendered page in every language with its
// assets, except the pages of essays beyond the newest buildSettings.offlineEssays (scripts/offline-pages.ts), so
// the site opens offline after the first visit. Runs after the prerender, because Vite's own build never sees the
// prerendered HTML.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { generateSW, type ManifestTransform } from "workbox-build";
import { buildSettings } from "../src/build-settings.ts";
import { basePath, outDir as dist } from "./build-options.ts";
import { essayPagesLeftOut, type BuiltPage } from "./offline-pages.ts";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
// The languages are the output's folders that have their own 404 page.
const languages = (await readdir(dist, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && existsSync(join(dist, entry.name, "404.html")))
  .map((entry) => entry.name);

// Every page's data.json says which essay it shows (if any).
const pages: BuiltPage[] = [];
for (const file of await readdir(dist, { recursive: true })) {
  if (!file.endsWith("data.json")) continue;
  const { essay } = JSON.parse(await readFile(join(dist, file), "utf8")) as { essay?: { id: string; date: string } };
  pages.push({ folder: `${dirname(file)}/`, ...(essay && { essay: { id: essay.id, date: essay.date } }) });
}
const leftOut = essayPagesLeftOut(pages, buildSettings.offlineEssays);
// The essays' images (assets/media/) that a precached page shows; the others' are left out with their pages.
const keptMedia = new Set<string>();
if (leftOut.size > 0)
  for (const { folder } of pages.filter(({ folder }) => !leftOut.has(folder))) {
    const html = await readFile(join(dist, folder, "index.html"), "utf8").catch(() => "");
    for (const [name] of html.matchAll(/assets\/media\/[^"'\s?#)]+/g)) keptMedia.add(name);
  }
const leaveOut: ManifestTransform = (entries) => ({
  manifest: entries.filter(
    ({ url }) =>
      !leftOut.has(url.replace(/[^/]*$/, "")) &&
      (leftOut.size === 0 || !url.startsWith("assets/media/") || keptMedia.has(url)),
  ),
  warnings: [],
});
// Pages and data not precached: read from the network and kept for offline reading (the newest 200).
const readThenKeep = {
  handler: "NetworkFirst" as const,
  options: { cacheName: "read-essays", expiration: { maxEntries: 200 } },
};

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  // Essays' images too (assets/media/): an essay read offline keeps its figures.
  globPatterns: ["**/*.{html,js,css,svg,png,jpg,jpeg,gif,webp,avif,webmanifest,json,xml}"],
  // The share image is for other sites' link previews, not for reading.
  globIgnores: ["og-image.png"],
  manifestTransforms: [leaveOut],
  swDest: join(dist, "sw.js"),
  // Precache URLs are relative to sw.js, so the worker works under any BASE_PATH.
  directoryIndex: "index.html",
  // An address that is not a precached page goes to the network, like any visit without the worker: the host
  // answers it (a redirect, a page under another form of its address, a 404 with its status). Offline, the nearest
  // 404 page from the cache answers (a language's own under its folder).
  runtimeCaching: [
    // When every page's data is precached, data the precache lacks does not exist in this deploy: offline, answer
    // it with a 404 as a host would (the page then shows the 404 in its language), not with a network error. When
    // older essays are left out, their data may exist: offline and not yet read, it fails, and the page says so.
    leftOut.size === 0
      ? {
          urlPattern: /\/data\.json$/,
          handler: "NetworkOnly" as const,
          options: {
            plugins: [
              { handlerDidError: () => Promise.resolve(new Response(null, { status: 404, statusText: "Not Found" })) },
            ],
          },
        }
      : { urlPattern: /\/data\.json$/, ...readThenKeep },
    // Images of essays left out of the precache: kept once shown, like their pages.
    ...(leftOut.size > 0
      ? [
          {
            urlPattern: /\/assets\/media\//,
            handler: "CacheFirst" as const,
            options: { cacheName: "read-essays-media", expiration: { maxEntries: 200 } },
          },
        ]
      : []),
    ...languages.map((lang) => ({
      urlPattern: new RegExp(`^https?://[^/]+${escapeRegExp(`${basePath}${lang}/`)}`),
      ...(leftOut.size === 0 ? { handler: "NetworkOnly" as const } : readThenKeep),
      options: {
        ...(leftOut.size > 0 && readThenKeep.options),
        precacheFallback: { fallbackURL: `${lang}/404.html` },
      },
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
const older = leftOut.size > 0 ? `; ${leftOut.size} pages of older essays are kept once read` : "";
console.log(`service worker: precaches ${count} files, ${(size / 1024).toFixed(1)} KiB${older}`);
