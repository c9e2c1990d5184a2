import { StrictMode } from "react";
import { prerender } from "react-dom/static";
import { headTags } from "./head/crawler-tags.ts";
import { HeadCollectorContext } from "./hooks/use-document-head.ts";
import { languages } from "./i18n/languages.ts";
import type { PageData, PageHead } from "./page-data/types.ts";
import { pageKinds, pathFor, type PageKind } from "./page-kinds.ts";
import { translator } from "./page-data/build-context.ts";
import { StaticPage } from "./router/static-page.tsx";
import { loadPage } from "./router/page-routes.ts";
import { rootLoader } from "./pages/language-root.tsx";
import { routes } from "./routes.tsx";
import { site } from "./site.ts";

// What scripts/prerender.ts needs from the app, built by Vite for Node (the content comes compiled with it).
export { atomFeed } from "./head/feed.ts";
export { llmsTxt } from "./head/llms.ts";
export { manifests } from "./head/manifest.ts";
export { robotsTxt, sitemapXml } from "./head/sitemap.ts";
export { feedPath, markdownCopyPath, pageDataPath } from "./page-kinds.ts";
export { publicationMedia } from "./page-data/build-context.ts";
export { languages };

/** The base path the site was built for (BASE_PATH, normalized by Vite: `/essay/`). */
export const baseUrl = import.meta.env.BASE_URL;

export interface PageToRender {
  path: string;
  kind: PageKind;
  lang: string;
}

/** Every page of every kind in every language, from the table of page kinds: what the prerender writes. */
export async function allPages(): Promise<PageToRender[]> {
  const pages: PageToRender[] = [];
  for (const lang of languages) {
    for (const kind of Object.keys(pageKinds) as PageKind[]) {
      const builder = await pageKinds[kind].build?.();
      for (const params of builder?.instances(lang) ?? [])
        pages.push({ kind, lang, path: pathFor(kind, lang, params) });
    }
  }
  return pages;
}

/** A page's text as Markdown (llms.txt), if its kind has a copy. */
export async function markdownCopy(kind: PageKind, data: PageData): Promise<string | undefined> {
  const { build, markdownCopy: has } = pageKinds[kind];
  if (!build || !has) return undefined;
  const builder = await build();
  return builder.markdown?.(data);
}

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/**
 * Renders one URL (a path under the base) to the app's HTML, the `<head>` it declared, the page's data, and the
 * languages whose UI strings the browser loads to hydrate it (the loader preloads them: scripts/prerender.ts).
 */
export async function render(
  path: string,
): Promise<{ html: string; head: PageHead; data: PageData | undefined; strings: readonly string[] }> {
  const base = import.meta.env.BASE_URL;
  const location = { pathname: path, search: "", hash: "", state: null, key: "default" };
  const page = await loadPage(routes, location);
  if (page.error) throw new Error(`${path}: a route failed`, { cause: page.error.error });

  let head: PageHead | undefined;
  const { prelude } = await prerender(
    <StrictMode>
      <HeadCollectorContext value={(declared) => (head = declared)}>
        <StaticPage routes={routes} page={page} basename={base} />
      </HeadCollectorContext>
    </StrictMode>,
  );
  const html = await new Response(prelude).text();
  if (!head) throw new Error(`${path}: the page declared no head (useDocumentHead)`);
  const data = page.matches.at(-1)?.data as PageData | undefined;
  // A language's frame loads its strings; `/` and the 404 outside every language load all (routes.tsx).
  const strings = page.matches.some(({ route }) => route.load === rootLoader) ? languages : [head.lang];
  return { html, head, data, strings };
}

export async function renderHead(head: PageHead, data: PageData | undefined): Promise<string> {
  // The share image shows the author's name and "Essays" (scripts/make-images.ts): so does its alt text.
  const shareImageAlt = `${site.author.name} – ${(await translator(head.lang))("home.title")}`;
  const tags = headTags(head, data, { languages, shareImageAlt }).map(({ tag, attrs, text }) => {
    const open = `<${tag} ${Object.entries(attrs)
      .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
      .join(" ")} data-page-head>`;
    return text === undefined ? open : `${open}${text}</${tag}>`;
  });
  return [`<title>${escapeHtml(head.title)}</title>`, ...tags].join("\n    ");
}
