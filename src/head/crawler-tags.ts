import type { PageData, PageHead } from "../page-data/types.ts";
import { pathFor } from "../page-kinds.ts";
import { buildSettings } from "../build-settings.ts";
import { site } from "../site.ts";
import { meta, pageLinks, type HeadTag } from "./page-links.ts";
import { absoluteUrl } from "./urls.ts";

// Build time only (entry-server.tsx): what link previews and search engines read. The browser never needs it.

/** Open Graph's locale for a language: `de` → `de_DE`, `en` → `en_US` (its most likely region). */
export function ogLocale(lang: string): string {
  const { language, region } = new Intl.Locale(lang).maximize();
  return region ? `${language}_${region}` : language;
}

const person = (lang: string) => ({
  "@type": "Person",
  name: site.author.name,
  url: absoluteUrl(pathFor("author", lang)),
  sameAs: [site.author.website],
});

const articleRef = (lang: string, path: string, headline: string) => ({
  "@type": "Article",
  "@id": `${absoluteUrl(path)}#article`,
  headline,
  inLanguage: lang,
  url: absoluteUrl(path),
});

/** Schema.org data about the page, for search engines. */
function structuredData(head: PageHead, data: PageData | undefined, url: string, languages: readonly string[]): object {
  const { lang } = head;
  const context = "https://schema.org";
  if (data?.kind === "author") {
    return {
      "@context": context,
      "@type": "ProfilePage",
      url,
      name: head.title,
      description: head.description,
      inLanguage: lang,
      mainEntity: { ...person(lang), image: absoluteUrl("/avatar.svg") },
    };
  }
  if (data?.kind === "essay") {
    const { essay, original, translations } = data;
    return {
      "@context": context,
      ...articleRef(lang, head.path ?? "/", essay.title),
      description: head.description,
      datePublished: essay.date,
      ...(data.modified && { dateModified: data.modified }),
      mainEntityOfPage: url,
      image: absoluteUrl(buildSettings.shareImage.path),
      author: person(lang),
      ...(data.translator && { translator: { "@type": "Person", name: data.translator } }),
      ...(original
        ? { translationOfWork: articleRef(original.lang, original.path, original.title) }
        : translations.length > 0 && {
            workTranslation: translations.map((other) => articleRef(other.lang, other.path, other.title)),
          }),
    };
  }
  if (data?.kind === "parallel") {
    // The same essay twice, side by side: a page made of the two articles.
    return {
      "@context": context,
      "@type": "WebPage",
      url,
      name: head.title,
      description: head.description,
      inLanguage: lang,
      hasPart: [
        articleRef(lang, data.essayPath, data.essay.title),
        articleRef(data.counterpart.lang, head.alternates[data.counterpart.lang] ?? "", data.counterpart.title),
      ],
      author: person(lang),
    };
  }
  if (data?.kind === "home") {
    const essays = [...(data.cover ? [data.cover.essay] : []), ...data.essays];
    return {
      "@context": context,
      "@type": "Blog",
      url,
      name: head.title,
      description: head.description,
      inLanguage: lang,
      author: person(lang),
      blogPost: essays.map((essay) => ({
        ...articleRef(essay.lang, essay.path, essay.title),
        datePublished: essay.date,
      })),
    };
  }
  return {
    "@context": context,
    "@type": "WebSite",
    url,
    name: head.title,
    description: head.description,
    inLanguage: languages,
    author: person(site.defaultLanguage),
  };
}

/** Every `<head>` element of a built page: its links, then Open Graph, Twitter card and JSON-LD. */
export function headTags(
  head: PageHead,
  data: PageData | undefined,
  context: { languages: readonly string[]; shareImageAlt: string },
): HeadTag[] {
  const { languages, shareImageAlt: imageAlt } = context;
  const tags = pageLinks(head);
  if (head.kind === "not-found" || !head.path) return tags;
  const url = absoluteUrl(head.path);
  const image = absoluteUrl(buildSettings.shareImage.path);
  const others = Object.keys(head.alternates).filter((other) => other !== head.lang);
  tags.push(
    meta("property", "og:type", head.kind === "author" ? "profile" : head.kind === "essay" ? "article" : "website"),
    meta("property", "og:title", head.title),
    meta("property", "og:description", head.description),
    meta("property", "og:url", url),
    meta("property", "og:site_name", site.author.name),
    meta("property", "og:locale", ogLocale(head.lang)),
    ...(head.kind === "root" ? languages.filter((l) => l !== head.lang) : others).map((other) =>
      meta("property", "og:locale:alternate", ogLocale(other)),
    ),
    meta("property", "og:image", image),
    meta("property", "og:image:type", "image/png"),
    meta("property", "og:image:width", String(buildSettings.shareImage.width)),
    meta("property", "og:image:height", String(buildSettings.shareImage.height)),
    meta("property", "og:image:alt", imageAlt),
  );
  if (data?.kind === "essay") {
    tags.push(
      meta("property", "article:published_time", data.essay.date),
      meta("property", "article:author", absoluteUrl(pathFor("author", head.lang))),
    );
  }
  // Who wrote the page's text, for reader modes and read-it-later tools (Readability reads it as the byline).
  if (head.kind === "essay" || head.kind === "parallel") tags.push(meta("name", "author", site.author.name));
  tags.push(
    meta("name", "twitter:card", "summary_large_image"),
    meta("name", "twitter:title", head.title),
    meta("name", "twitter:description", head.description),
    meta("name", "twitter:image", image),
    meta("name", "twitter:image:alt", imageAlt),
  );
  // A data block, never executed (script-src does not apply); `<` escaped so no text can close the element.
  const json = JSON.stringify(structuredData(head, data, url, languages)).replaceAll("<", "\\u003c");
  tags.push({ tag: "script", attrs: { type: "application/ld+json" }, text: json });
  return tags;
}
