import type { Block } from "../content/blocks.ts";
import { withAbsoluteUrls } from "../content/block-urls.ts";
import { toMarkdown } from "../content/rich-text-markdown.ts";
import { languageName } from "../i18n/languages.ts";
import { absoluteUrl } from "../head/urls.ts";
import { markdownCopyPath, pathFor, type PageBuilder } from "../page-kinds.ts";
import { site } from "../site.ts";
import {
  authorOf,
  counterpartOf,
  escapeMarkdown,
  essayBySlug,
  essayPath,
  essaysIn,
  essayView,
  translator,
} from "./build-context.ts";
import { withNotes } from "./notes.ts";
import type { ParallelData } from "./types.ts";

/** One block as plain Markdown, its links absolute (a Markdown copy is read away from the site). */
const portable = (block: Block) => toMarkdown(withAbsoluteUrls([block], site.url), { portable: true }).trimEnd();

const quoted = (markdown: string) =>
  markdown
    .split("\n")
    .map((line) => (line ? `> ${line}` : ">"))
    .join("\n");

// An essay beside its counterpart: only where a translation exists.
export const parallel: PageBuilder<ParallelData> = {
  instances(lang) {
    return essaysIn(lang)
      .filter((record) => record.languages.length > 1)
      .flatMap((record) => {
        const slug = record.texts[lang]?.slug;
        return slug ? [{ slug }] : [];
      });
  },

  async load(lang, { slug }) {
    const record = essayBySlug(lang, slug);
    const text = record?.texts[lang];
    const other = record && counterpartOf(record, lang);
    if (!record || !text || !other) return undefined;
    const t = await translator(lang);
    // Both halves' notes in the page's language; the original is right beside them, so they need no link.
    const view = (l: string) => {
      const shown = essayView(record, l);
      return { ...shown, paragraphs: withNotes(shown.paragraphs, t, lang) };
    };
    const essay = view(lang);
    const counterpart = view(other);
    const names = {
      own: languageName(lang),
      other: languageName(other),
      ownHere: languageName(lang, lang),
      otherHere: languageName(other, lang),
    };
    return {
      kind: "parallel",
      head: {
        lang,
        kind: "parallel",
        path: pathFor("parallel", lang, { slug: text.slug }),
        title: `${t("view.pageTitle", { title: text.title })} – ${site.author.name}`,
        description: t("view.description", { title: text.title, first: names.ownHere, second: names.otherHere }),
        markdown: true,
        alternates: Object.fromEntries(
          record.languages.map((l) => [l, pathFor("parallel", l, { slug: record.texts[l]?.slug ?? "" })]),
        ),
      },
      essay,
      counterpart,
      author: authorOf(lang),
      essayPath: essayPath(record, lang),
      names,
      credit: t("footer.text", {
        title: text.title,
        author: site.author.name,
        // A date never breaks across lines.
        date: essay.dateLabel.replaceAll(" ", "\u00a0"),
      }),
    };
  },

  /** Each paragraph, then its counterpart quoted beneath it. */
  async markdown(data) {
    const t = await translator(data.head.lang);
    const author = absoluteUrl(markdownCopyPath(pathFor("author", data.head.lang)));
    return [
      `# ${escapeMarkdown(t("view.pageTitle", { title: data.essay.title }))}`,
      `${t("byline.by")} [${site.author.name}](${author}) · ${data.essay.dateLabel}`,
      escapeMarkdown(data.head.description),
      ...data.essay.paragraphs.flatMap((block) => {
        const counterpart = data.counterpart.paragraphs.find((candidate) => candidate.id === block.id);
        const own = portable(block);
        if (!counterpart || block.type === "section-break") return [own];
        return [own, quoted(portable(counterpart))];
      }),
    ]
      .join("\n\n")
      .concat("\n");
  },
};
