// The physical limit for each page: the same text as one hand-written HTML file, with a few lines of inline CSS
// and no JavaScript. Generated from the content files themselves (the build's own compiler), so the baseline
// follows every edit of the essay. Written at the same paths as the app's pages, so both are addressed alike.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { compilePublication } from "../../src/content/compile-content.ts";
import { blockText } from "../../src/content/rich-text.ts";
import type { EssayText } from "../../src/content/schema.ts";
import { reservedSlugs } from "../../src/page-segments.ts";
import { authorPage, essayPage, homePage, parallelPage } from "../../tests/e2e/pages.ts";
import { root } from "../lighthouse-runner.ts";

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

const page = (lang: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>` +
  `<style>${css}</style></head><body>${body}</body></html>\n`;

const byline = (essay: EssayText, date: string, author: string) =>
  `<p>${escape(author)} · ${new Intl.DateTimeFormat(essay.lang, { dateStyle: "long" }).format(new Date(date))}</p>`;

/** Writes the bare pages into `out` and returns how many. */
export async function writeBarePages(out: string, authorName: string): Promise<number> {
  const { essays, authors } = compilePublication(join(root, "src", "content"), reservedSlugs);
  for (const { type, lang, path } of benchPages) {
    const author = authors[lang];
    if (!author) throw new Error(`bench: no author in src/content/author/ for "${lang}" (${path})`);
    // The essay a page shows: the one whose slug in that language is the path's second segment.
    const slug = path.split("/")[1];
    const record = essays.find((candidate) => candidate.texts[lang]?.slug === slug);
    const essay = record?.texts[lang];
    let html: string;
    if (type === "home") {
      const items = essays
        .flatMap((candidate) => {
          const text = candidate.texts[lang];
          return text ? [`<li><a href="../${lang}/${text.slug}/">${escape(text.title)}</a></li>`] : [];
        })
        .join("");
      html = page(lang, authorName, `<main><h1>${escape(authorName)}</h1><ul>${items}</ul></main>`);
    } else if (type === "author") {
      const bio = author.bio.map((text) => `<p>${escape(text)}</p>`).join("");
      html = page(lang, authorName, `<main><h1>${escape(authorName)}</h1>${bio}</main>`);
    } else if (!record || !essay) {
      throw new Error(`bench: no essay in src/content/essays/ with the slug "${slug ?? ""}" in "${lang}" (${path})`);
    } else if (type === "essay") {
      const paragraphs = essay.paragraphs.map((p) => `<p id="${p.id}">${escape(blockText(p))}</p>`).join("");
      html = page(
        lang,
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
        lang,
        essay.title,
        `<main class="wide"><h1>${escape(essay.title)}</h1><p lang="${other.lang}">${escape(other.title)}</p>${byline(essay, record.date, authorName)}${rows}</main>`,
      );
    }
    const file = join(out, path, "index.html");
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
  }
  return benchPages.length;
}
