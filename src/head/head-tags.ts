import { essayIndex } from "../content/load-content.ts";
import { counterpartLanguage, languages } from "../i18n/languages.ts";
import { markdownCopyPath, pathFor, type PageId } from "../paths.ts";
import { site } from "../site.ts";
import { manifestFile } from "./manifest.ts";

/** What a page says about itself in `<head>`. Pages declare it with `useDocumentHead`. */
export interface PageHead {
  lang: string;
  page: PageId | "root" | "not-found";
  title: string;
  description: string;
}

export interface HeadTag {
  tag: "meta" | "link" | "script";
  attrs: Record<string, string>;
  /** The element's text: only the JSON-LD data block has one (already safe inside `<script>`). */
  text?: string;
}

export const absoluteUrl = (path: string): string =>
  new URL(`${import.meta.env.BASE_URL}${path.replace(/^\//, "")}`, site.url).href;

/** The language versions of a page for hreflang (HTML and sitemap), x-default being the original. */
export function alternates(page: PageId): { hreflang: string; href: string }[] {
  return [
    ...languages.map((lang) => ({ hreflang: lang, href: absoluteUrl(pathFor(page, lang)) })),
    { hreflang: "x-default", href: absoluteUrl(pathFor(page, site.originalLanguage)) },
  ];
}

/** Open Graph's locale for a language: `de` → `de_DE`, `en` → `en_US` (its most likely region). */
export function ogLocale(lang: string): string {
  const { language, region } = new Intl.Locale(lang).maximize();
  return region ? `${language}_${region}` : language;
}

/** The share image shows the essay's title in every language and the author: so does its alt text. */
const shareImageAlt = (): string =>
  `${languages.map((lang) => essayIndex.get(lang)?.title ?? "").join(" · ")} – ${site.author.name}`;

const meta = (key: "name" | "property", name: string, content: string): HeadTag => ({
  tag: "meta",
  attrs: { [key]: name, content },
});

/** Schema.org data about the page, for search engines. */
function structuredData(head: PageHead, url: string): object {
  const { lang } = head;
  const person = {
    "@type": "Person",
    name: site.author.name,
    url: absoluteUrl(pathFor("author", lang)),
    sameAs: [site.author.website],
  };
  if (head.page === "author") {
    return {
      "@context": "https://schema.org",
      "@type": "ProfilePage",
      url,
      name: head.title,
      description: head.description,
      inLanguage: lang,
      mainEntity: { ...person, image: absoluteUrl("/avatar.svg") },
    };
  }
  const article = (other: string) => ({
    "@type": "Article",
    "@id": `${absoluteUrl(pathFor("essay", other))}#article`,
    headline: essayIndex.get(other)?.title,
    inLanguage: other,
    url: absoluteUrl(pathFor("essay", other)),
  });
  if (head.page === "parallel") {
    // The same essay twice, side by side: a page made of the two articles.
    return {
      "@context": "https://schema.org",
      "@type": "WebPage",
      url,
      name: head.title,
      description: head.description,
      inLanguage: lang,
      hasPart: [article(lang), article(counterpartLanguage(lang))],
      author: person,
    };
  }
  if (head.page === "essay") {
    const original = site.originalLanguage;
    const translations = languages.filter((other) => other !== original).map(article);
    return {
      "@context": "https://schema.org",
      ...article(lang),
      description: head.description,
      datePublished: essayIndex.get(lang)?.date,
      mainEntityOfPage: url,
      image: absoluteUrl(site.shareImage.path),
      author: person,
      ...(lang === original ? { workTranslation: translations } : { translationOfWork: article(original) }),
    };
  }
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    url,
    name: head.title,
    description: head.description,
    inLanguage: languages,
    author: person,
  };
}

/** The `<head>` elements that change from page to page (the title and `<html lang>` are set apart). */
export function headTags(head: PageHead): HeadTag[] {
  const tags: HeadTag[] = [
    meta("name", "description", head.description),
    // Same origin (not SITE_URL), as the CSP's manifest-src 'self' requires.
    { tag: "link", attrs: { rel: "manifest", href: `${import.meta.env.BASE_URL}${manifestFile(head.lang)}` } },
  ];
  if (head.page === "not-found") {
    tags.push(meta("name", "robots", "noindex"));
    return tags;
  }
  const { page, lang } = head;
  const path = page === "root" ? "/" : pathFor(page, lang);
  const url = absoluteUrl(path);
  tags.push({ tag: "link", attrs: { rel: "canonical", href: url } });
  if (page !== "root") {
    for (const { hreflang, href } of alternates(page)) {
      tags.push({ tag: "link", attrs: { rel: "alternate", hreflang, href } });
    }
    tags.push({
      tag: "link",
      attrs: { rel: "alternate", type: "text/markdown", href: absoluteUrl(markdownCopyPath(path)) },
    });
  }

  // Who wrote the page's text, for reader modes and read-it-later tools (Readability reads it as the byline).
  if (page === "essay" || page === "parallel") tags.push(meta("name", "author", site.author.name));

  const image = absoluteUrl(site.shareImage.path);
  const imageAlt = shareImageAlt();
  tags.push(
    meta("property", "og:type", page === "author" ? "profile" : page === "root" ? "website" : "article"),
    meta("property", "og:title", head.title),
    meta("property", "og:description", head.description),
    meta("property", "og:url", url),
    meta("property", "og:site_name", site.author.name),
    meta("property", "og:locale", ogLocale(lang)),
    ...languages
      .filter((other) => other !== lang)
      .map((other) => meta("property", "og:locale:alternate", ogLocale(other))),
    meta("property", "og:image", image),
    meta("property", "og:image:type", "image/png"),
    meta("property", "og:image:width", String(site.shareImage.width)),
    meta("property", "og:image:height", String(site.shareImage.height)),
    meta("property", "og:image:alt", imageAlt),
  );
  if (page === "essay") {
    tags.push(
      meta("property", "article:published_time", essayIndex.get(lang)?.date ?? ""),
      meta("property", "article:author", absoluteUrl(pathFor("author", lang))),
    );
  }
  tags.push(
    meta("name", "twitter:card", "summary_large_image"),
    meta("name", "twitter:title", head.title),
    meta("name", "twitter:description", head.description),
    meta("name", "twitter:image", image),
    meta("name", "twitter:image:alt", imageAlt),
  );
  // A data block, never executed (script-src does not apply); `<` escaped so no text can close the element.
  const json = JSON.stringify(structuredData(head, url)).replaceAll("<", "\\u003c");
  tags.push({ tag: "script", attrs: { type: "application/ld+json" }, text: json });
  return tags;
}
