import { languages } from "../i18n/languages.ts";
import { pathFor, type PageId } from "../paths.ts";
import { site } from "../site.ts";

/** What a page says about itself in `<head>`. Pages declare it with `useDocumentHead`. */
export interface PageHead {
  lang: string;
  page: PageId | "root" | "not-found";
  title: string;
  description: string;
}

export interface HeadTag {
  tag: "meta" | "link";
  attrs: Record<string, string>;
}

export const absoluteUrl = (path: string): string =>
  new URL(`${import.meta.env.BASE_URL}${path.replace(/^\//, "")}`, site.url).href;

/** The `<head>` elements that change from page to page (the title and `<html lang>` are set apart). */
export function headTags(head: PageHead): HeadTag[] {
  const tags: HeadTag[] = [{ tag: "meta", attrs: { name: "description", content: head.description } }];
  if (head.page === "not-found") {
    tags.push({ tag: "meta", attrs: { name: "robots", content: "noindex" } });
    return tags;
  }
  if (head.page === "root") {
    tags.push({ tag: "link", attrs: { rel: "canonical", href: absoluteUrl("/") } });
    return tags;
  }
  const { page } = head;
  tags.push({ tag: "link", attrs: { rel: "canonical", href: absoluteUrl(pathFor(page, head.lang)) } });
  for (const lang of languages) {
    tags.push({ tag: "link", attrs: { rel: "alternate", hreflang: lang, href: absoluteUrl(pathFor(page, lang)) } });
  }
  tags.push({
    tag: "link",
    attrs: { rel: "alternate", hreflang: "x-default", href: absoluteUrl(pathFor(page, site.originalLanguage)) },
  });
  return tags;
}
