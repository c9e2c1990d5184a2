// Writes one static HTML file per route, in every language, into dist/ (or OUT_DIR), then what is generated
// from the same pages: sitemap.xml, robots.txt, llms.txt with Markdown copies, each page's CSP and _headers.
// It only orchestrates: React Router's static handler and React's prerender do the rendering
// (src/entry-server.tsx), src/head/ says what the files contain, scripts/csp.ts and scripts/headers.ts the rest.
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { outDir as out, projectRoot as root, ssrDir as ssr } from "./build-options.ts";
import { contentSecurityPolicy, withCspMeta } from "./csp.ts";
import { completeHeaders, nginxHeaders, revalidatedPaths } from "./headers.ts";

if (!process.env.SITE_URL)
  console.warn(
    "SITE_URL is not set: canonical tags, the sitemap and llms.txt name https://trennung-vom-kunden.example/ (share and print use the address a reader has open).",
  );
const server = (await import(join(ssr, "entry-server.js"))) as typeof import("../src/entry-server.tsx");
const template = await readFile(join(out, "index.html"), "utf8");
if (!template.includes("<!--page-html--></div>"))
  throw new Error(`index.html: no <div id="root"><!--page-html--></div>`);
const base = server.baseUrl;

// One line per file is thousands of lines for a large publication: QUIET=1 (the scale benchmark) counts instead.
const quiet = Boolean(process.env.QUIET);
let written = 0;
async function write(file: string, text: string): Promise<void> {
  await mkdir(join(out, dirname(file)), { recursive: true });
  await writeFile(join(out, file), text);
  written += 1;
  if (!quiet) console.log(`wrote ${relative(root, join(out, file))}`);
}

/** `/de/autor/` → de/autor/index.html, every page of every kind (the page table); the 404 pages → 404.html (every
 * language) and de/404.html, en/404.html, … */
const pages = await server.allPages();
const routes: { path: string; file: string }[] = [
  { path: "/", file: "index.html" },
  ...pages.map(({ path }) => ({ path, file: join(path, "index.html") })),
  // Hosts answer an unknown address with the nearest 404.html (Cloudflare Pages; serve.ts; nginx by location) or the
  // root one (Netlify, GitHub Pages): each language's folder has its own, and the root one speaks every language.
  { path: "/404/", file: "404.html" },
  ...server.languages.map((lang) => ({ path: `/${lang}/404/`, file: `${lang}/404.html` })),
];

// A page's UI strings are a chunk of their own (src/i18n/<lang>.json) and its data a data.json beside it, which the
// browser loads before hydrating (src/main.tsx): the loader that requests the app after the first paint
// requests them with it (scripts/first-paint.ts).
const manifest = JSON.parse(await readFile(join(out, ".vite", "manifest.json"), "utf8")) as Record<
  string,
  { file: string }
>;
function stringsChunk(lang: string): string {
  const chunk = manifest[`src/i18n/${lang}.json`];
  if (!chunk) throw new Error(`dist/.vite/manifest.json: no chunk for src/i18n/${lang}.json`);
  return `${base}${chunk.file}`;
}
/** The loader preloads the page's UI strings with the app, and fetches its data.json (the HTML does not repeat it). */
const preloading = (page: string, langs: readonly string[], data: string | undefined) =>
  page.replace(/(<script data-src="[^"]*"(?: data-preload="([^"]*)")?)/, (_tag, open: string, preload?: string) => {
    const files = [...(preload?.split(" ") ?? []), ...langs.map(stringsChunk)].filter(Boolean).join(" ");
    const fetched = data ? ` data-fetch="${data}"` : "";
    return `${open.replace(/ data-preload="[^"]*"/, "")} data-preload="${files}"${fetched}`;
  });

type Head = Awaited<ReturnType<typeof server.render>>["head"];
const heads = new Map<string, Head>();
const kinds = new Map(pages.map((page) => [page.path, page.kind]));
for (const { path, file } of routes) {
  const { html, head, data, strings } = await server.render(path);
  heads.set(path, head);
  const dataUrl = kinds.has(path) && data ? `${base}${server.pageDataPath(path).slice(1)}` : undefined;
  const page = preloading(template, strings, dataUrl)
    .replace(/<html lang="[^"]*"/, `<html lang="${head.lang}"`)
    .replace("<!--page-head-->", await server.renderHead(head, data))
    .replace('<div id="root">', `<div id="root" data-path="${base}${path.replace(/^\//, "")}">`)
    .replace("<!--page-html--></div>", `${html}</div>`);
  await write(file, page);
  const kind = kinds.get(path);
  if (!kind || !data) continue;
  // The page's data, for client-side navigations to it (the browser's loaders fetch it), and its Markdown copy.
  await write(server.pageDataPath(path).slice(1), JSON.stringify(data));
  const markdown = await server.markdownCopy(kind, data);
  if (markdown !== undefined) await write(server.markdownCopyPath(path).slice(1), markdown);
}

// The essays' images, from the content folder to the address the pages use (assets/media/<name>-<hash>.<ext>).
for (const { from, to } of server.publicationMedia()) {
  await mkdir(join(out, dirname(to)), { recursive: true });
  await copyFile(from, join(out, to));
  written += 1;
}

// For search engines, feed readers and programs: from the same pages and content.
const pageHeads = pages.map(({ path }) => heads.get(path)).filter((head) => head !== undefined);
await write("sitemap.xml", server.sitemapXml(pageHeads));
await write("robots.txt", server.robotsTxt());
for (const { file, text } of await server.manifests()) await write(file, text);
for (const lang of server.languages) await write(server.feedPath(lang).slice(1), await server.atomFeed(lang));
const rootHead = heads.get("/");
if (!rootHead) throw new Error("/ was not rendered");
await write("llms.txt", await server.llmsTxt(rootHead, pageHeads));

// Last, on the final HTML of every page: its CSP, with the hashes of exactly the inline scripts it has.
const htmlFiles = (await readdir(out, { recursive: true })).filter((file) => file.endsWith(".html"));
const allHashes = { scripts: [] as string[], styles: [] as string[] };
for (const file of htmlFiles) {
  const { html, hashes } = withCspMeta(await readFile(join(out, file), "utf8"));
  allHashes.scripts.push(...hashes.scripts);
  allHashes.styles.push(...hashes.styles);
  await writeFile(join(out, file), html);
  if (!quiet)
    console.log(`CSP for ${file}: ${hashes.scripts.length} inline script(s), ${hashes.styles.length} inline style(s)`);
}

// _headers serves every path, so its policy allows the scripts and styles of all pages; each page's own <meta>
// policy (enforced as well) narrows that to its own.
const headers = completeHeaders(await readFile(join(out, "_headers"), "utf8"), {
  base,
  csp: contentSecurityPolicy(allHashes, "header"),
  revalidated: revalidatedPaths(
    (await readdir(out, { withFileTypes: true })).map((entry) => ({ name: entry.name, folder: entry.isDirectory() })),
  ),
});
await write("_headers", headers);
// The same headers for nginx, which deploy/nginx.conf includes from the deployed folder.
await write("_headers.nginx.conf", nginxHeaders(headers, base));

await rm(ssr, { recursive: true });
console.log(`prerender: ${routes.length} pages, ${written} files`);
