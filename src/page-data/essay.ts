import { withAbsoluteUrls } from "../content/block-urls.ts";
import { toMarkdown } from "../content/rich-text-markdown.ts";
import type { Paragraph } from "../content/schema.ts";
import { absoluteUrl } from "../head/urls.ts";
import { formatDate, languageName } from "../i18n/languages.ts";
import { markdownCopyPath, pathFor, type PageBuilder } from "../page-kinds.ts";
import { site } from "../site.ts";
import {
  authorOf,
  counterpartOf,
  essayBySlug,
  essayPath,
  essaysIn,
  essayView,
  escapeMarkdown,
  translator,
} from "./build-context.ts";
import { withNotes } from "./notes.ts";
import type { EssayData } from "./types.ts";

export const essay: PageBuilder<EssayData> = {
  instances(lang) {
    return essaysIn(lang).flatMap((record) => {
      const slug = record.texts[lang]?.slug;
      return slug ? [{ slug }] : [];
    });
  },

  async load(lang, { slug }) {
    const record = essayBySlug(lang, slug);
    const text = record?.texts[lang];
    if (!record || !text) return undefined;
    const t = await translator(lang);
    const isOriginal = lang === record.original;
    const originalText = record.texts[record.original];
    const other = counterpartOf(record, lang);
    const path = essayPath(record, lang);
    const modified = isOriginal ? record.updated : text.translated;
    return {
      kind: "essay",
      head: {
        lang,
        kind: "essay",
        path,
        title: `${text.title} – ${site.author.name}`,
        description: text.description,
        alternates: Object.fromEntries(record.languages.map((l) => [l, essayPath(record, l)])),
        markdown: true,
      },
      essay: {
        ...essayView(record, lang),
        paragraphs: withNotes(
          text.paragraphs,
          t,
          lang,
          isOriginal ? undefined : { lang: record.original, path: essayPath(record, record.original) },
        ),
      },
      author: authorOf(lang),
      ...(!isOriginal &&
        originalText && {
          original: {
            lang: record.original,
            path: essayPath(record, record.original),
            title: originalText.title,
            dateLabel: formatDate(record.date, lang),
            languageName: languageName(record.original, lang),
          },
        }),
      translations: isOriginal
        ? record.languages
            .filter((l) => l !== lang)
            .map((l) => ({
              lang: l,
              path: essayPath(record, l),
              title: record.texts[l]?.title ?? "",
              name: languageName(l),
            }))
        : [],
      ...(text.translator && { translator: text.translator }),
      ...(text.translated && { translatedLabel: formatDate(text.translated, lang) }),
      ...(modified && { modified }),
      ...(record.firstPublished && { firstPublished: record.firstPublished }),
      ...(other && {
        counterpart: {
          lang: other,
          name: languageName(other, lang),
          path: essayPath(record, other),
          slug: record.texts[other]?.slug ?? "",
        },
        parallelPath: pathFor("parallel", lang, { slug: text.slug }),
      }),
      credit: t("footer.text", {
        title: text.title,
        author: site.author.name,
        // A date never breaks across lines.
        date: formatDate(record.date, lang).replaceAll(" ", "\u00a0"),
      }),
    };
  },

  async markdown(data) {
    const { lang } = data.head;
    const t = await translator(lang);
    const copy = (path: string) => absoluteUrl(markdownCopyPath(path));
    const byline = `${t("byline.by")} [${site.author.name}](${copy(pathFor("author", lang))}) · ${data.essay.dateLabel}`;
    const provenance = data.original
      ? `${t("provenance.translation", {
          language: data.original.languageName,
          author: site.author.name,
          date: data.original.dateLabel,
        })} [${t("provenance.readOriginal")}](${copy(data.original.path)})`
      : data.translations.length > 0
        ? `${t("provenance.translationsAvailable")} ${data.translations
            .map(({ title, path }) => `[${escapeMarkdown(title)}](${copy(path)})`)
            .join(", ")}`
        : undefined;
    return [
      `# ${escapeMarkdown(data.essay.title)}`,
      byline,
      ...(provenance ? [provenance] : []),
      // A lagging block keeps its note here too, as the page shows it (after it: a run of blocks up to one).
      ...laggingRuns(data.essay.paragraphs).flatMap((run) => {
        const last = run.at(-1);
        return [
          toMarkdown(withAbsoluteUrls(run, site.url), { portable: true }).trimEnd(),
          ...(last?.freshness === "stale" ? [`_${t("paragraph.stale")}_`] : []),
          ...(last?.freshness === "missing"
            ? [`_${t("paragraph.missing", { language: languageName(last.lang ?? "", lang) })}_`]
            : []),
        ];
      }),
    ]
      .join("\n\n")
      .concat("\n");
  },
};

/** The blocks in runs, each ending with a block that lags its original or with the last block. */
function laggingRuns(blocks: readonly Paragraph[]): Paragraph[][] {
  const runs: Paragraph[][] = [[]];
  for (const block of blocks) {
    runs.at(-1)?.push(block);
    if (block.freshness) runs.push([]);
  }
  return runs.filter((run) => run.length > 0);
}
