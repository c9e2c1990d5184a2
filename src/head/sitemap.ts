import { allPages } from "../paths.ts";
import { absoluteUrl, alternates } from "./head-tags.ts";

// sitemap.xml and robots.txt, written by the prerender from the same page list and hreflang links as the pages.

const escapeXml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** Every page in every language, each with its language versions as `xhtml:link` alternates. */
export function sitemapXml(): string {
  const urls = allPages.map(({ page, path }) => {
    const links = alternates(page).map(
      ({ hreflang, href }) => `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`,
    );
    return ["  <url>", `    <loc>${escapeXml(absoluteUrl(path))}</loc>`, ...links, "  </url>"].join("\n");
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
