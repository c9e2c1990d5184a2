// The physical limit for each page: the same text as one hand-written HTML file, with a few lines of inline CSS
// and no JavaScript. Generated from the content files themselves (the build's own compiler), so the baseline
// follows every edit of the essay. Written at the same paths as the app's pages, so both are addressed alike.
//
// Like any page of this site, hand-written or not, it links the site's icons and web app manifest, copied from the
// built page of the same path, so that the browser makes the same requests of its own for both pages once they have
// loaded; the bench lets those fail for both (./hold-back.ts says why).
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { compilePublication } from "../../src/content/compile-content.ts";
import { blockText } from "../../src/content/rich-text.ts";
import type { EssayText } from "../../src/content/schema.ts";
import { reservedSlugs } from "../../src/page-segments.ts";
import { authorPage, essayPage, homePage, parallelPage } from "../../tests/e2e/pages.ts";
import { projectRoot as root } from "../build-options.ts";

export type PageType = "home" | "essay" | "parallel" | "author";

/** Every page type in every language, with its path (relative, as in tests/e2e/pages.ts). */
export const benchPages: { type: PageType; lang: string; path: string }[] = (
  [
    ["home", homePage],
    ["essay", essayPage],
    ["parallel", parallelPage],
    ["author", authorPage],
  ] as const
).flatMap(([type, paths]) => Object.entries(paths).map(([lang, path]) => ({ type, lang, path })));

const css =
  "body{margin:0 auto;max-width:36rem;padding:1rem;font:1.125rem/1.6 Charter,'DejaVu Serif',Georgia,serif}" +
  "h1{font-size:2rem;line-height:1.2}.pair{display:grid;grid-template-columns:1fr 1fr;gap:2rem}" +
  "main.wide{max-width:74rem}";

const escape = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

const bareHtml = (lang: string, title: string, links: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>${links}` +
  `<style>${css}</style></head><body>${body}</body></html>\n`;

/** The `<link>` elements for icons and the manifest in a built page's HTML, as written there. */
export const siteLinks = (html: string): string[] =>
  html.match(/<link\b[^>]*\brel="(?:icon|apple-touch-icon|manifest)"[^>]*>/g) ?? [];

/** The root-relative files those links name, and the icons a linked manifest names (relative to the manifest). */
async function linkedFiles(site: string, links: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const link of links) {
    const href = /\bhref="\/([^"]+)"/.exec(link)?.[1];
    if (!href) throw new Error(`bench: a site link without a root-relative href: ${link}`);
    files.push(href);
    if (/rel="manifest"/.test(link)) {
      const manifest = JSON.parse(await readFile(join(site, href), "utf8")) as { icons?: { src: string }[] };
      // Resolved against the manifest's own URL, as the browser resolves them.
      for (const icon of manifest.icons ?? []) files.push(new URL(icon.src, `http://site/${href}`).pathname.slice(1));
    }
  }
  return files;
}

const byline = (essay: EssayText, date: string, author: string) =>
  `<p>${escape(author)} · ${new Intl.DateTimeFormat(essay.lang, { dateStyle: "long" }).format(new Date(date))}</p>`;

/**
 * Writes the bare pages into `out`. `site` is the built site (dist/): each bare page links the icons and manifest of
 * the built page at its path, and those files are copied beside it. Returns how many pages, and those files' paths
 * relative to the site's root (`favicon.svg`, `manifest.de.webmanifest`, the manifest's icons).
 */
export async function writeBarePages(
  out: string,
  site: string,
  authorName: string,
): Promise<{ pages: number; siteFiles: string[] }> {
  const siteFiles = new Set<string>();
  const { essays, authors } = compilePublication(join(root, "src", "content"), reservedSlugs);
  for (const { type, lang, path } of benchPages) {
    const author = authors[lang];
    if (!author) throw new Error(`bench: no author in src/content/author/ for "${lang}" (${path})`);
    // The essay a page shows: the one whose slug in that language is the path's second segment.
    const slug = path.split("/")[1];
    const record = essays.find((candidate) => candidate.texts[lang]?.slug === slug);
    const essay = record?.texts[lang];
    const built = await readFile(join(site, path, "index.html"), "utf8").catch(() => {
      throw new Error(`bench: ${join(site, path, "index.html")} is missing; run \`npm run build\` first`);
    });
    const links = siteLinks(built);
    for (const file of await linkedFiles(site, links)) {
      siteFiles.add(file);
      await mkdir(dirname(join(out, file)), { recursive: true });
      await copyFile(join(site, file), join(out, file));
    }
    const page = (title: string, body: string) => bareHtml(lang, title, links.join(""), body);
    let html: string;
    if (type === "home") {
      const items = essays
        .flatMap((candidate) => {
          const text = candidate.texts[lang];
          return text ? [`<li><a href="../${lang}/${text.slug}/">${escape(text.title)}</a></li>`] : [];
        })
        .join("");
      html = page(authorName, `<main><h1>${escape(authorName)}</h1><ul>${items}</ul></main>`);
    } else if (type === "author") {
      const bio = author.bio.map((text) => `<p>${escape(text)}</p>`).join("");
      html = page(authorName, `<main><h1>${escape(authorName)}</h1>${bio}</main>`);
    } else if (!record || !essay) {
      throw new Error(`bench: no essay in src/content/essays/ with the slug "${slug ?? ""}" in "${lang}" (${path})`);
    } else if (type === "essay") {
      const paragraphs = essay.paragraphs.map((p) => `<p id="${p.id}">${escape(blockText(p))}</p>`).join("");
      html = page(
        essay.title,
        `<main><h1>${escape(essay.title)}</h1>${byline(essay, record.date, authorName)}${paragraphs}</main>`,
      );
    } else {
      // The other language beside each paragraph, as the parallel view shows it.
      const other = Object.values(record.texts).find((candidate) => candidate.lang !== lang);
      if (!other) throw new Error(`bench: the parallel view of ${path} needs a second language of essay ${record.id}`);
      const rows = essay.paragraphs
        .map((p, i) => {
          const block = other.paragraphs[i];
          const counterpart = block ? blockText(block) : "";
          return `<div class="pair"><p id="${p.id}">${escape(blockText(p))}</p><p lang="${other.lang}">${escape(counterpart)}</p></div>`;
        })
        .join("");
      html = page(
        essay.title,
        `<main class="wide"><h1>${escape(essay.title)}</h1><p lang="${other.lang}">${escape(other.title)}</p>${byline(essay, record.date, authorName)}${rows}</main>`,
      );
    }
    const file = join(out, path, "index.html");
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
  }
  return { pages: benchPages.length, siteFiles: [...siteFiles] };
}
