import { Feed } from "feed";
import type { TFunction } from "i18next";
import type { Paragraph } from "../content/schema.ts";
import { languageName } from "../i18n/languages.ts";
import { essayPath, essaysIn, languageList, translator } from "../page-data/build-context.ts";
import { feedPath, pathFor } from "../page-kinds.ts";
import { buildSettings } from "../build-settings.ts";
import { site } from "../site.ts";
import { blocksHtml } from "./rich-html.ts";
import { absoluteUrl } from "./urls.ts";

// An Atom feed per language, full text, written by the prerender with the `feed` library.

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** A block as feed HTML; a translated one that lags its original keeps its note, a missing one its `lang`. */
function blockHtml(block: Paragraph, t: TFunction, pageLang: string): string {
  const html = block.lang ? `<div lang="${block.lang}">${blocksHtml([block])}</div>` : blocksHtml([block]);
  if (!block.freshness) return html;
  const note =
    block.freshness === "stale"
      ? t("paragraph.stale")
      : t("paragraph.missing", { language: languageName(block.lang ?? "", pageLang) });
  return `${html}\n<p><small>${escapeHtml(note)}</small></p>`;
}

const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** The newest essays in `lang` (buildSettings.feedEntries), each with its whole text. */
export async function atomFeed(lang: string): Promise<string> {
  const t = await translator(lang);
  const essays = essaysIn(lang).slice(0, buildSettings.feedEntries);
  // A translation changes when it is stamped; the original when it is updated.
  const changed = (essay: (typeof essays)[number]) =>
    (lang === essay.original ? essay.updated : essay.texts[lang]?.translated) ?? essay.date;
  const newest = essays.map(changed).sort().at(-1);
  const home = absoluteUrl(pathFor("home", lang));
  const author = { name: site.author.name, link: absoluteUrl(pathFor("author", lang)) };
  const feed = new Feed({
    id: home,
    link: home,
    title: t("feed.title", { author: site.author.name }),
    description: t("home.description", { author: site.author.name, languages: languageList(lang) }),
    language: lang,
    // A feed without entries still needs a date: the build's is as good as any, and stable for a publication.
    updated: newest ? day(newest) : new Date(0),
    generator: false,
    feedLinks: { atom: absoluteUrl(feedPath(lang)) },
    author,
    copyright: `© ${site.author.name}`,
  });
  for (const essay of essays) {
    const text = essay.texts[lang];
    if (!text) continue;
    const url = absoluteUrl(essayPath(essay, lang));
    feed.addItem({
      id: url,
      link: url,
      title: text.title,
      description: text.description,
      content: text.paragraphs.map((block) => blockHtml(block, t, lang)).join("\n"),
      date: day(changed(essay)),
      published: day(essay.date),
      author: [author],
      ...(text.translator && { contributor: [{ name: text.translator }] }),
      category: essay.tags.map((name) => ({ name })),
    });
  }
  // The library sets a language for RSS only; Atom says it with xml:lang on the root element.
  return feed
    .atom1()
    .replace(
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    );
}
