// What a first visit to a page downloads: every <script src> and <link rel=modulepreload|stylesheet> of its built HTML,
// plus everything those chunks import statically (Vite's build manifest, dist/.vite/manifest.json, has the graph).
// Prints each file's size raw and gzipped (node:zlib, level 9), checks the JavaScript against a budget, and checks that
// no other language's content or UI strings are part of that first load. Run `npm run build` first.
//
//   node scripts/bundle-size.ts [--page=/en/] [--budget=125] [--json]      (kB = 1000 bytes, gzip; OUT_DIR=dist)
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { constants, gzipSync } from "node:zlib";
import { basePath, outDir as dist } from "./build-options.ts";

const { values } = parseArgs({
  options: {
    page: { type: "string", default: "/en/" },
    budget: { type: "string", default: "125" },
    // For scripts (the scale benchmark): one last line of JSON with the first-load files and totals.
    json: { type: "boolean", default: false },
  },
});
const page = values.page;
const budget = Number(values.budget) * 1000;
if (!(budget > 0)) throw new Error("usage: node scripts/bundle-size.ts [--page=/en/] [--budget=125]");

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
const htmlFile = join(dist, page.replace(/^\/|\/$/g, ""), "index.html");
const html = await readFile(htmlFile, "utf8");
const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? "?";

/** A URL in the HTML (under the base) as a path inside dist/. */
const distPath = (url: string) => url.replace(base, "");
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

// Files the HTML itself asks for, and why.
const loaded = new Map<string, string>();
for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
  if (tag.startsWith("<script")) {
    const src = attr(tag, "src");
    if (src) loaded.set(distPath(src), attr(tag, "type") === "module" ? "<script type=module>" : "<script>");
    continue;
  }
  const rel = attr(tag, "rel") ?? "";
  const href = attr(tag, "href");
  if (!href) continue;
  if (rel === "modulepreload") loaded.set(distPath(href), "<link rel=modulepreload>");
  if (rel === "stylesheet") loaded.set(distPath(href), "<link rel=stylesheet>");
}

// …and what their chunks import statically (and the CSS those chunks bring along).
const queue = [...loaded.keys()].filter((file) => file.endsWith(".js"));
while (queue.length > 0) {
  const chunk = byFile.get(queue.shift() ?? "");
  for (const css of chunk?.css ?? []) if (!loaded.has(css)) loaded.set(css, `CSS of ${chunk?.file ?? ""}`);
  for (const key of chunk?.imports ?? []) {
    const file = manifest[key]?.file;
    if (file && !loaded.has(file)) {
      loaded.set(file, `imported by ${chunk?.file ?? ""}`);
      queue.push(file);
    }
  }
}

const level = constants.Z_BEST_COMPRESSION;
const gzipSize = (data: Buffer | string) => gzipSync(data, { level }).length;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

const rows: { file: string; why: string; raw: number; gzip: number }[] = [];
for (const [file, why] of loaded) {
  const data = await readFile(join(dist, file));
  rows.push({ file, why, raw: data.length, gzip: gzipSize(data) });
}
const total = (suffix: string) =>
  rows.filter((row) => row.file.endsWith(suffix)).reduce((sum, row) => sum + row.gzip, 0);
const js = total(".js");
const css = total(".css");

const width = Math.max(...rows.map((row) => row.file.length), 4);
console.log(`First visit to ${page} (${join("dist", htmlFile.slice(dist.length + 1))}, lang ${lang}), gzip level 9:`);
console.log(`  ${"file".padEnd(width)}  ${"raw".padStart(10)}  ${"gzip".padStart(10)}  why`);
for (const row of rows) {
  console.log(`  ${row.file.padEnd(width)}  ${kB(row.raw).padStart(10)}  ${kB(row.gzip).padStart(10)}  ${row.why}`);
}
const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? "");
console.log(`  JavaScript ${kB(js)} gzip (budget ${kB(budget)}), CSS ${kB(css)} gzip`);
console.log(
  `  The HTML itself: ${kB(gzipSize(html))} gzip, of which ${inline.length} inline script(s) (the router's hydration data: this page's content and strings) ${kB(inline.reduce((sum, code) => sum + gzipSize(code), 0))}`,
);

// Per-language chunks: loaded later, by a route loader or the idle prefetch, never in the first load.
const failures: string[] = [];
const perLanguage = Object.values(manifest).filter(
  (chunk) => chunk.isDynamicEntry && /^src\/(content\/\w+|i18n)\/[\w-]+\.(md|json)$/.test(chunk.src ?? ""),
);
const languageOf = (chunk: ManifestChunk) => /([\w-]+)\.(md|json)$/.exec(chunk.src ?? "")?.[1] ?? "";
const firstLoadJs = (await Promise.all(rows.map((row) => readFile(join(dist, row.file), "utf8")))).join("\n");
const ownChunks = (
  await Promise.all(
    perLanguage.filter((chunk) => languageOf(chunk) === lang).map((chunk) => readFile(join(dist, chunk.file), "utf8")),
  )
).join("\n");
for (const other of new Set(perLanguage.map(languageOf))) {
  const chunks = perLanguage.filter((chunk) => languageOf(chunk) === other);
  let size = 0;
  for (const chunk of chunks) {
    const code = await readFile(join(dist, chunk.file), "utf8");
    size += gzipSize(code);
    if (loaded.has(chunk.file)) failures.push(`${chunk.src ?? chunk.file} is part of the first load`);
    // Nor may its texts be in the first load some other way (text that every language shares, like paragraph ids,
    // and the essays' titles, bundled on purpose for the language links, are shorter than 30 characters).
    if (other === lang) continue;
    for (const [, text = ""] of code.matchAll(/["'`]([^"'`\\]{30,})["'`]/g)) {
      if (!ownChunks.includes(text) && (firstLoadJs.includes(text) || html.includes(text))) {
        failures.push(`${other} text from ${chunk.src ?? chunk.file} is in the first load: "${text.slice(0, 40)}…"`);
      }
    }
  }
  const note = other === lang ? "this page's language: its data is already in the HTML" : "another language";
  console.log(
    `  Not loaded: ${chunks.map((chunk) => chunk.src).join(", ")} (${kB(size)} gzip; ${note}, loaded on demand)`,
  );
}
if (perLanguage.length === 0) failures.push("the manifest has no per-language chunks: is content split by language?");
if (js > budget) failures.push(`JavaScript ${kB(js)} gzip is over the budget of ${kB(budget)}`);

if (values.json) {
  console.log(JSON.stringify({ page, files: rows.map(({ file, raw, gzip }) => ({ file, raw, gzip })), js, css }));
}

if (failures.length > 0) {
  console.error(`\n${failures.join("\n")}`);
  process.exitCode = 1;
} else {
  console.log(`Within budget (${kB(budget - js)} to spare); no other language in the first load.`);
}
