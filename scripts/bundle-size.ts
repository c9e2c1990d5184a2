// What a first visit to each page downloads: every <script src> and <link rel=modulepreload|stylesheet> of its built
// HTML, the app that its loader requests after the first paint (<script data-src data-preload>, scripts/first-paint.ts),
// and everything those chunks import statically (Vite's build manifest, dist/.vite/manifest.json, has the graph).
// Prints each file's size raw and gzipped (node:zlib, level 9), checks the JavaScript against a budget, and checks that
// no other language's content or UI strings are part of that first load (unless the page shows that language). Every
// page of the build, or those named.
// Run `npm run build` first.
//
// Two limits: the budget fails the run; the target, below it, is reported with its margin on every page but fails
// nothing, so that dependency updates inside package.json's ranges never fail CI while the distance to the goal stays
// in view (docs/decisions/004-first-paint-without-the-app.md).
//
//   node scripts/bundle-size.ts [--budget=125] [--target=120] [--page=/en/ …] [--json]   (kB = 1000 bytes, gzip; OUT_DIR=dist)
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { constants, gzipSync } from "node:zlib";
import { basePath, outDir as dist } from "./build-options.ts";

const { values } = parseArgs({
  options: {
    page: { type: "string", multiple: true },
    budget: { type: "string", default: "125" },
    target: { type: "string", default: "120" },
    // For scripts (the scale benchmark): a line of JSON per page with its first-load files and totals.
    json: { type: "boolean", default: false },
  },
});
const budget = Number(values.budget) * 1000;
const target = Number(values.target) * 1000;
if (!(budget > 0) || !(target > 0))
  throw new Error("usage: node scripts/bundle-size.ts [--budget=125] [--target=120] [--page=/en/ …] [--json]");
/** "1.23 kB to spare" or "1.23 kB over". */
const margin = (limit: number, bytes: number) =>
  bytes <= limit ? `${kB(limit - bytes)} to spare` : `${kB(bytes - limit)} over`;

interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isDynamicEntry?: boolean;
}
const manifest = JSON.parse(await readFile(join(dist, ".vite", "manifest.json"), "utf8")) as Record<
  string,
  ManifestChunk
>;
const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
const base = basePath;

/** A URL in the HTML (under the base) as a path inside dist/. */
const distPath = (url: string) => url.replace(base, "");
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const level = constants.Z_BEST_COMPRESSION;
const gzipSize = (data: Buffer | string) => gzipSync(data, { level }).length;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

// Per-language chunks: loaded later, by a route loader or the idle prefetch, never in the first load.
const perLanguage = Object.values(manifest).filter(
  (chunk) => chunk.isDynamicEntry && /^src\/(content\/\w+|i18n)\/[\w-]+\.(md|json)$/.test(chunk.src ?? ""),
);
const languageOf = (chunk: ManifestChunk) => /([\w-]+)\.(md|json)$/.exec(chunk.src ?? "")?.[1] ?? "";

// Every page the build wrote (…/index.html and the 404 pages), or the ones asked for.
const pages =
  values.page ??
  (await readdir(dist, { recursive: true }))
    .filter((file) => file.endsWith(".html"))
    .map((file) => (file.endsWith("index.html") ? `/${file.replace(/index\.html$/, "")}` : file))
    .toSorted();

const failures: string[] = [];
const totals: { page: string; js: number }[] = [];
for (const page of pages) {
  const file = page.endsWith(".html") ? page : join(page.replace(/^\/|\/$/g, ""), "index.html");
  const html = await readFile(join(dist, file), "utf8");
  const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? "?";

  // Files the HTML itself asks for, and why.
  const loaded = new Map<string, string>();
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    if (tag.startsWith("<script")) {
      const src = attr(tag, "src");
      if (src) loaded.set(distPath(src), attr(tag, "type") === "module" ? "<script type=module>" : "<script>");
      const app = attr(tag, "data-src");
      if (app) loaded.set(distPath(app), "the app, requested after the first paint");
      for (const href of attr(tag, "data-preload")?.split(" ").filter(Boolean) ?? []) {
        loaded.set(distPath(href), "preloaded with the app");
      }
      continue;
    }
    const rel = attr(tag, "rel") ?? "";
    const href = attr(tag, "href");
    if (!href) continue;
    if (rel === "modulepreload") loaded.set(distPath(href), "<link rel=modulepreload>");
    if (rel === "stylesheet") loaded.set(distPath(href), "<link rel=stylesheet>");
  }

  // …and what their chunks import statically (and the CSS those chunks bring along, unless it is inline).
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? "");
  const queue = [...loaded.keys()].filter((name) => name.endsWith(".js"));
  while (queue.length > 0) {
    const chunk = byFile.get(queue.shift() ?? "");
    if (inlineCss.length === 0) {
      for (const css of chunk?.css ?? []) if (!loaded.has(css)) loaded.set(css, `CSS of ${chunk?.file ?? ""}`);
    }
    for (const key of chunk?.imports ?? []) {
      const name = manifest[key]?.file;
      if (name && !loaded.has(name)) {
        loaded.set(name, `imported by ${chunk?.file ?? ""}`);
        queue.push(name);
      }
    }
  }

  const rows: { file: string; why: string; raw: number; gzip: number }[] = [];
  for (const [name, why] of loaded) {
    const data = await readFile(join(dist, name));
    rows.push({ file: name, why, raw: data.length, gzip: gzipSize(data) });
  }
  const total = (suffix: string) =>
    rows.filter((row) => row.file.endsWith(suffix)).reduce((sum, row) => sum + row.gzip, 0);
  const js = total(".js");
  const css = total(".css") + inlineCss.reduce((sum, code) => sum + gzipSize(code), 0);
  totals.push({ page, js });
  if (values.json) {
    console.log(JSON.stringify({ page, files: rows.map(({ file, raw, gzip }) => ({ file, raw, gzip })), js, css }));
  }

  const width = Math.max(...rows.map((row) => row.file.length), 4);
  console.log(`\nFirst visit to ${page} (dist/${file}, lang ${lang}), gzip level 9:`);
  console.log(`  ${"file".padEnd(width)}  ${"raw".padStart(10)}  ${"gzip".padStart(10)}  why`);
  for (const row of rows) {
    console.log(`  ${row.file.padEnd(width)}  ${kB(row.raw).padStart(10)}  ${kB(row.gzip).padStart(10)}  ${row.why}`);
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? "");
  console.log(
    `  JavaScript ${kB(js)} gzip (target ${kB(target)}: ${margin(target, js)}; budget ${kB(budget)}: ${margin(budget, js)}), CSS ${kB(css)} gzip${inlineCss.length ? " (inline)" : ""}`,
  );
  console.log(
    `  The HTML itself: ${kB(gzipSize(html))} gzip, of which ${inline.length} inline script(s) (the pre-paint display script, the app's loader, data blocks) ${kB(inline.reduce((sum, code) => sum + gzipSize(code), 0))}`,
  );

  const firstLoadJs = (await Promise.all(rows.map((row) => readFile(join(dist, row.file), "utf8")))).join("\n");
  const ownChunks = (
    await Promise.all(
      perLanguage
        .filter((chunk) => languageOf(chunk) === lang)
        .map((chunk) => readFile(join(dist, chunk.file), "utf8")),
    )
  ).join("\n");
  for (const other of new Set(perLanguage.map(languageOf))) {
    const chunks = perLanguage.filter((chunk) => languageOf(chunk) === other);
    // A page that shows the other language (the parallel view, `/`, the 404 outside every language) carries its text
    // in the HTML on purpose: an element in that language, not a link to it and not hidden (an unrevealed counterpart
    // is empty); and the page's own UI strings load with the app (they are not repeated in the HTML).
    const shows = new RegExp(`<(?!a\\b)\\w+\\b(?![^>]*\\shidden)[^>]*\\slang="${other}"`).test(html);
    let size = 0;
    for (const chunk of chunks) {
      const code = await readFile(join(dist, chunk.file), "utf8");
      size += gzipSize(code);
      if (loaded.has(chunk.file) && other !== lang && !shows)
        failures.push(`${page}: ${chunk.src ?? chunk.file} (${other}) is part of the first load`);
      // Nor may its texts be in the first load some other way (text that every language shares, like paragraph ids,
      // and the essays' titles, bundled on purpose for the language links, are shorter than 30 characters).
      if (other === lang || (shows && loaded.has(chunk.file))) continue;
      for (const [, text = ""] of code.matchAll(/["'`]([^"'`\\]{30,})["'`]/g)) {
        if (!ownChunks.includes(text) && (firstLoadJs.includes(text) || (!shows && html.includes(text)))) {
          failures.push(
            `${page}: ${other} text from ${chunk.src ?? chunk.file} is in the first load: "${text.slice(0, 40)}…"`,
          );
        }
      }
    }
    const names = chunks.map((chunk) => chunk.src).join(", ");
    if (chunks.some((chunk) => loaded.has(chunk.file))) {
      console.log(`  Loaded with the app: ${names} (${kB(size)} gzip; UI strings the page shows)`);
    } else {
      console.log(
        `  Not loaded: ${names} (${kB(size)} gzip; ${other === lang ? "this page's" : "another"} language, on demand)`,
      );
    }
  }
  if (js > budget) failures.push(`${page}: JavaScript ${kB(js)} gzip is over the budget of ${kB(budget)}`);
}
if (perLanguage.length === 0) failures.push("the manifest has no per-language chunks: is content split by language?");

const largest = totals.reduce((max, row) => (row.js > max.js ? row : max), { page: "", js: 0 });
console.log(`\nFirst-load JavaScript, gzip: ${totals.map((row) => `${row.page} ${kB(row.js)}`).join(", ")}`);
const overTarget = totals.filter((row) => row.js > target);
console.log(
  overTarget.length === 0
    ? `Target ${kB(target)}: met on every page (largest ${largest.page}: ${margin(target, largest.js)}).`
    : `Target ${kB(target)}: missed on ${overTarget.length} of ${totals.length} pages (largest ${largest.page}: ${margin(target, largest.js)}); the target fails nothing, the budget does.`,
);
if (failures.length > 0) {
  console.error(`\n${failures.join("\n")}`);
  process.exitCode = 1;
} else {
  console.log(
    `Budget ${kB(budget)}: every page within it (largest ${largest.page}: ${margin(budget, largest.js)}); no other language in a first load, except on pages that show it.`,
  );
}
