import { openingText } from "../content/rich-text.ts";
import { formatDate } from "../i18n/languages.ts";
import { markdownCopyPath, pathFor, type PageBuilder } from "../page-kinds.ts";
import { absoluteUrl } from "../head/urls.ts";
import { buildSettings } from "../build-settings.ts";
import { site } from "../site.ts";
import {
  essaysIn,
  essaysNotIn,
  escapeMarkdown,
  everyLanguage,
  languageList,
  summary,
  translator,
} from "./build-context.ts";
import type { EssayRecord } from "../content/schema.ts";
import type { EssaySummary, HomeData } from "./types.ts";

// The publication's home in a language: its essays newest first, the newest as a cover, the essays that are not in
// this language apart. Paged (buildSettings.essaysPerPage), so its HTML stays small however many essays there are.

const perPage = buildSettings.essaysPerPage;

function pageCount(lang: string): number {
  return Math.max(1, Math.ceil(essaysIn(lang).length / perPage), Math.ceil(essaysNotIn(lang).length / perPage));
}

/**
 * Until issue 12 the essay lived at `/de/` and `/en/`, so shared paragraph links read `/de/#grown-apart`: a home
 * sends such a fragment on to that paragraph of the essay that was there, the oldest in its language (taken from
 * the whole publication, not the first page: that essay leaves the first page as new ones arrive, its links stay).
 */
function paragraphAnchors(oldest: EssayRecord | undefined, lang: string): Record<string, string> {
  const text = oldest?.texts[lang];
  if (!text) return {};
  const path = pathFor("essay", lang, { slug: text.slug });
  return Object.fromEntries(text.paragraphs.map(({ id }) => [id, path]));
}

export const home: PageBuilder<HomeData> = {
  instances(lang) {
    return Array.from({ length: pageCount(lang) }, (_, i) => ({ page: i + 1 }));
  },

  async load(lang, { page = 1 }) {
    const count = pageCount(lang);
    if (page < 1 || page > count) return undefined;
    const t = await translator(lang);
    const slice = <T>(list: T[]) => list.slice((page - 1) * perPage, page * perPage);
    const essays = slice(essaysIn(lang)).map((essay) => summary(essay, lang, lang));
    const elsewhere = slice(essaysNotIn(lang)).map((essay) => summary(essay, essay.original, lang));
    const newest = page === 1 ? essaysIn(lang)[0] : undefined;
    const path = pathFor("home", lang, { page });
    const title = page === 1 ? t("home.title") : t("home.pageTitle", { page });
    return {
      kind: "home",
      head: {
        lang,
        kind: "home",
        path,
        title: `${title} – ${site.author.name}`,
        description: t("home.description", { author: site.author.name, languages: languageList(lang) }),
        alternates: page === 1 ? everyLanguage((other) => pathFor("home", other)) : { [lang]: path },
        markdown: true,
      },
      page,
      pageCount: count,
      ...(page > 1 && { newer: pathFor("home", lang, { page: page - 1 }) }),
      ...(page < count && { older: pathFor("home", lang, { page: page + 1 }) }),
      ...(newest && {
        cover: { essay: essays[0] as EssaySummary, opening: openingText(newest.texts[lang]?.paragraphs ?? []) },
      }),
      ...(page === 1 && { anchors: paragraphAnchors(essaysIn(lang).at(-1), lang) }),
      essays: newest ? essays.slice(1) : essays,
      elsewhere,
    };
  },

  async markdown(data) {
    const t = await translator(data.head.lang);
    const entry = (essay: EssaySummary) =>
      `- [${escapeMarkdown(essay.title)}](${absoluteUrl(markdownCopyPath(essay.path))}) · ${formatDate(essay.date, data.head.lang)} · ${escapeMarkdown(essay.description)}`;
    const all = data.cover ? [data.cover.essay, ...data.essays] : data.essays;
    return [
      `# ${escapeMarkdown(data.head.title)}`,
      escapeMarkdown(data.head.description),
      ...(all.length > 0 ? [all.map(entry).join("\n")] : [t("home.empty")]),
      ...(data.elsewhere.length > 0 ? [`## ${t("home.elsewhereHeading")}`, data.elsewhere.map(entry).join("\n")] : []),
    ]
      .join("\n\n")
      .concat("\n");
  },
};
