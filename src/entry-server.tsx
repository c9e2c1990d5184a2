import { StrictMode } from "react";
import { prerender } from "react-dom/static";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import { headTags, type PageHead } from "./head/head-tags.ts";
import { HeadCollectorContext } from "./hooks/use-document-head.ts";
import { allPages } from "./paths.ts";
import { routes } from "./routes.tsx";

export { allPages };
export { languages } from "./i18n/languages.ts";
export { llmsTxt, markdownCopy } from "./head/llms.ts";
export { manifests } from "./head/manifest.ts";
export { robotsTxt, sitemapXml } from "./head/sitemap.ts";
export { markdownCopyPath } from "./paths.ts";

/** The base path the site was built for (BASE_PATH, normalized by Vite: `/essay/`). */
export const baseUrl = import.meta.env.BASE_URL;

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** Renders one URL (a path under the base) to the app's HTML and the `<head>` it declared. */
export async function render(path: string): Promise<{ html: string; head: PageHead }> {
  const base = import.meta.env.BASE_URL;
  const handler = createStaticHandler(routes, { basename: base });
  const context = await handler.query(
    new Request(new URL(`${base}${path.replace(/^\//, "")}`, "http://prerender.local")),
  );
  if (context instanceof Response) throw new Error(`${path}: the router answered ${context.status}, not a page`);

  let head: PageHead | undefined;
  const { prelude } = await prerender(
    <StrictMode>
      <HeadCollectorContext value={(declared) => (head = declared)}>
        <StaticRouterProvider router={createStaticRouter(handler.dataRoutes, context)} context={context} />
      </HeadCollectorContext>
    </StrictMode>,
  );
  const html = await new Response(prelude).text();
  if (!head) throw new Error(`${path}: the page declared no head (useDocumentHead)`);
  return { html, head };
}

export function renderHead(head: PageHead): string {
  const tags = headTags(head).map(({ tag, attrs, text }) => {
    const open = `<${tag} ${Object.entries(attrs)
      .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
      .join(" ")} data-page-head>`;
    return text === undefined ? open : `${open}${text}</${tag}>`;
  });
  return [`<title>${escapeHtml(head.title)}</title>`, ...tags].join("\n    ");
}
