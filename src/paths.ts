import { authorIndex } from "./content/load-content.ts";
import { languages } from "./i18n/languages.ts";

// The one map between pages and their per-language paths: the router, the language toggle,
// the prerender list, the sitemap and the hreflang links all read it.

/** The essay, the essay beside its counterpart in another language, and the author. */
export type PageId = "essay" | "parallel" | "author";
export const pageIds: readonly PageId[] = ["essay", "parallel", "author"];

/** What a route tells the rest of the app about itself (React Router's `handle`). */
export interface RouteHandle {
  lang: string;
  page?: PageId | "root" | "not-found";
}

export function authorSlug(lang: string): string {
  const author = authorIndex.get(lang);
  if (!author) throw new Error(`No author page in language "${lang}"`);
  return author.slug;
}

/** The canonical path (trailing slash, no base) of a page in a language. */
export function pathFor(page: PageId, lang: string): string {
  if (page === "essay") return `/${lang}/`;
  if (page === "parallel") return `/${lang}/${parallelSegment}/`;
  return `/${lang}/${authorSlug(lang)}/`;
}

/** The parallel view's path segment: the same word in German and English. */
export const parallelSegment = "parallel";

/** Every page in every language: what the prerender writes and the sitemap lists. */
export const allPages = languages.flatMap((lang) => pageIds.map((page) => ({ page, lang, path: pathFor(page, lang) })));

/** Where the plain-Markdown copy of a page's text lives (the llms.txt convention): `/de/` → `/de/index.html.md`. */
export const markdownCopyPath = (path: string): string => `${path}index.html.md`;
