import type { PageHead } from "../page-data/types.ts";
import { hreflangLinks } from "./page-links.ts";
import { absoluteUrl } from "./urls.ts";

// sitemap.xml and robots.txt, written by the prerender from the heads of the pages it wrote.

const escapeXml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** Every page, each with its language versions (only those that exist) as `xhtml:link` alternates. */
export function sitemapXml(heads: readonly PageHead[]): string {
  const urls = heads.flatMap(({ path, alternates }) => {
    if (!path) return [];
    const links = hreflangLinks(alternates).map(
      ({ hreflang, href }) => `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`,
    );
    return [["  <url>", `    <loc>${escapeXml(absoluteUrl(path))}</loc>`, ...links, "  </url>"].join("\n")];
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}

export function robotsTxt(): string {
  return ["User-agent: *", "Allow: /", "", `Sitemap: ${absoluteUrl("/sitemap.xml")}`, ""].join("\n");
}
