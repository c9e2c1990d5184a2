import { essayIndex, loadAuthor, loadEssay } from "../content/load-content.ts";
import { i18n, loadMessages, registerMessages } from "../i18n/i18n.ts";
import { counterpartLanguage, formatDate, languageList, languageName, languages } from "../i18n/languages.ts";
import { markdownCopyPath, pathFor, type PageId } from "../paths.ts";
import { site } from "../site.ts";
import { absoluteUrl, type PageHead } from "./head-tags.ts";

// For readers that are programs: llms.txt (https://llmstxt.org/) and a plain-Markdown copy of each page's
// text, written by the prerender from the same content files and UI strings as the pages.

async function translator(lang: string) {
  registerMessages(lang, await loadMessages(lang));
  return i18n.getFixedT(lang);
}

/** Text from the content files is plain (the compiler refuses inline Markdown); keep it plain in Markdown too. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>]/g, "\\$&");

const copyUrl = (page: PageId, lang: string) => absoluteUrl(markdownCopyPath(pathFor(page, lang)));

const byline = (t: Awaited<ReturnType<typeof translator>>, lang: string, date: string) =>
  `${t("byline.by")} [${site.author.name}](${copyUrl("author", lang)}) · ${formatDate(date, lang)}`;

async function essayMarkdown(lang: string): Promise<string> {
  const [essay, t] = await Promise.all([loadEssay(lang), translator(lang)]);
  const original = site.originalLanguage;
  const provenance =
    lang === original
      ? `${t("provenance.translationsAvailable")} ${languages
          .filter((other) => other !== original)
          .map((other) => `[${escapeMarkdown(essayIndex.get(other)?.title ?? other)}](${copyUrl("essay", other)})`)
          .join(", ")}`
      : `${t("provenance.translation", {
          language: languageName(original, lang),
          author: site.author.name,
          date: formatDate(essayIndex.get(original)?.date ?? essay.date, lang),
        })} [${t("provenance.readOriginal")}](${copyUrl("essay", original)})`;
  return [
    `# ${escapeMarkdown(essay.title)}`,
    byline(t, lang, essay.date),
    provenance,
    ...essay.paragraphs.map((p) => escapeMarkdown(p.text)),
  ]
    .join("\n\n")
    .concat("\n");
}

async function authorMarkdown(lang: string): Promise<string> {
  const [author, t, essay] = await Promise.all([loadAuthor(lang), translator(lang), loadEssay(lang)]);
  return [
    `# ${site.author.name}`,
    ...author.bio.map(escapeMarkdown),
    `${t("author.website")}: [${site.author.websiteLabel}](${site.author.website})`,
    `## ${t("author.essaysHeading")}`,
    `- [${escapeMarkdown(essay.title)}](${copyUrl("essay", lang)}) · ${formatDate(essay.date, lang)} · ${escapeMarkdown(essay.description)}`,
  ]
    .join("\n\n")
    .concat("\n");
}

/** The parallel view: each paragraph, then its counterpart quoted beneath it. */
async function parallelMarkdown(lang: string): Promise<string> {
  const other = counterpartLanguage(lang);
  const [essay, counterpart, t] = await Promise.all([loadEssay(lang), loadEssay(other), translator(lang)]);
  const description = t("view.description", {
    title: essay.title,
    first: languageName(lang, lang),
    second: languageName(other, lang),
  });
  return [
    `# ${escapeMarkdown(t("view.pageTitle", { title: essay.title }))}`,
    byline(t, lang, essay.date),
    escapeMarkdown(description),
    ...essay.paragraphs.flatMap(({ id, text }) => [
      escapeMarkdown(text),
      `> ${escapeMarkdown(counterpart.paragraphs.find((candidate) => candidate.id === id)?.text ?? "")}`,
    ]),
  ]
    .join("\n\n")
    .concat("\n");
}

// Every page kind has its own copy: the compiler fails when a new kind has none.
const copies: Record<PageId, (lang: string) => Promise<string>> = {
  essay: essayMarkdown,
  parallel: parallelMarkdown,
  author: authorMarkdown,
};

/** The text of a page as plain Markdown. */
export function markdownCopy(page: PageId, lang: string): Promise<string> {
  return copies[page](lang);
}

/** llms.txt: what the site is, then each language's pages, linked to their Markdown copies. */
export async function llmsTxt(root: PageHead, pages: readonly { page: PageId; lang: string; head: PageHead }[]) {
  const summaries = await Promise.all(
    languages.map(async (lang) =>
      (await translator(lang))("root.description", { author: site.author.name, languages: languageList(lang) }),
    ),
  );
  const sections = languages.map((lang) =>
    [
      `## ${languageName(lang)}`,
      "",
      ...pages
        .filter((page) => page.lang === lang)
        .map(
          ({ page, head }) =>
            `- [${escapeMarkdown(head.title)}](${copyUrl(page, lang)}): ${escapeMarkdown(head.description)}`,
        ),
    ].join("\n"),
  );
  return [`# ${escapeMarkdown(root.title)}`, `> ${summaries.join(" ")}`, ...sections].join("\n\n").concat("\n");
}
