// Writes one static HTML file per route, in every language, into dist/ (see README, "How it works").
// It only orchestrates: React Router's static handler and React's prerender do the rendering (src/entry-server.tsx).
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { llmsTxt } from "./llms-txt.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const server = (await import(join(root, "dist-ssr", "entry-server.js"))) as typeof import("../src/entry-server.tsx");
const template = await readFile(join(dist, "index.html"), "utf8");
const base = process.env.BASE_PATH ?? "/";

/** `/de/autor/` → dist/de/autor/index.html; the 404 page → dist/404.html. */
const pages: { path: string; file: string }[] = [
  { path: "/", file: "index.html" },
  ...server.allPages.map(({ path }) => ({ path, file: join(path, "index.html") })),
  // Any path outside every language renders the 404 page in the original language.
  { path: "/404/", file: "404.html" },
];

const heads: Parameters<typeof llmsTxt>[0] = [];
for (const { path, file } of pages) {
  const { html, head } = await server.render(path);
  heads.push({ path, head });
  const page = template
    .replace(/<html lang="[^"]*"/, `<html lang="${head.lang}"`)
    .replace("<!--page-head-->", server.renderHead(head))
    .replace('<div id="root">', `<div id="root" data-path="${base}${path.replace(/^\//, "")}">`)
    .replace("<!--page-html-->", html);
  await mkdir(join(dist, dirname(file)), { recursive: true });
  await writeFile(join(dist, file), page);
  console.log(`prerendered ${path} → dist/${file}`);
}

await writeFile(join(dist, "llms.txt"), llmsTxt(heads));
console.log("wrote dist/llms.txt");

await rm(join(root, "dist-ssr"), { recursive: true });
