import type { PageHead } from "../page-data/types.ts";
import { feedPath, markdownCopyPath } from "../page-kinds.ts";
import { site } from "../site.ts";
import { manifestFile } from "./manifest-file.ts";
import { absoluteUrl } from "./urls.ts";

export interface HeadTag {
  tag: "meta" | "link" | "script";
  attrs: Record<string, string>;
  /** The element's text: only the JSON-LD data block has one (already safe inside `<script>`). */
  text?: string;
}

export const meta = (key: "name" | "property", name: string, content: string): HeadTag => ({
  tag: "meta",
  attrs: { [key]: name, content },
});

/** The page's language versions for hreflang (HTML and sitemap): only pages that exist; x-default the first. */
export function hreflangLinks(alternates: Record<string, string>): { hreflang: string; href: string }[] {
  const entries = Object.entries(alternates);
  const [first] = entries;
  if (!first || entries.length < 2) return [];
  return [
    ...entries.map(([hreflang, path]) => ({ hreflang, href: absoluteUrl(path) })),
    { hreflang: "x-default", href: absoluteUrl(first[1]) },
  ];
}

/**
 * The `<head>` elements that a reader's browser keeps up to date on client-side navigation (the title and
 * `<html lang>` are set apart). What only crawlers read (Open Graph, JSON-LD) is made at build time: crawler-tags.ts.
 */
export function pageLinks(head: PageHead): HeadTag[] {
  const base = import.meta.env.BASE_URL;
  const tags: HeadTag[] = [
    meta("name", "description", head.description),
    // Same origin (not SITE_URL), as the CSP's manifest-src 'self' requires.
    { tag: "link", attrs: { rel: "manifest", href: `${base}${manifestFile(head.lang)}` } },
    {
      tag: "link",
      attrs: {
        rel: "alternate",
        type: "application/atom+xml",
        // No hreflang: search engines would read it as a language version of the page.
        title: site.author.name,
        href: absoluteUrl(feedPath(head.lang)),
      },
    },
  ];
  if (head.kind === "not-found" || !head.path) {
    tags.push(meta("name", "robots", "noindex"));
    return tags;
  }
  tags.push({ tag: "link", attrs: { rel: "canonical", href: absoluteUrl(head.path) } });
  for (const { hreflang, href } of hreflangLinks(head.alternates)) {
    tags.push({ tag: "link", attrs: { rel: "alternate", hreflang, href } });
  }
  if (head.markdown) {
    tags.push({
      tag: "link",
      attrs: { rel: "alternate", type: "text/markdown", href: absoluteUrl(markdownCopyPath(head.path)) },
    });
  }
  return tags;
}
