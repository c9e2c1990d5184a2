import type { TFunction } from "i18next";
import publicationData from "virtual:publication";
import type { EssayRecord, Publication } from "../content/schema.ts";
import { i18n, loadMessages, registerMessages } from "../i18n/i18n.ts";
import { formatDate, languageName, languages } from "../i18n/languages.ts";
import { pathFor } from "../page-kinds.ts";
import { site } from "../site.ts";
import type { EssaySummary, EssayView } from "./types.ts";

// Build time only (the prerender, the dev server, tests): the page-data modules make each page's data from here.

export const publication: Publication = publicationData;

/** The essays' images: copied into the built site by the prerender. */
export const publicationMedia = (): Publication["media"] => publication.media;

const bySlug = new Map<string, EssayRecord>();
for (const essay of publication.essays) {
  for (const [lang, text] of Object.entries(essay.texts)) bySlug.set(`${lang}/${text.slug}`, essay);
}

export const essayBySlug = (lang: string, slug: string | undefined): EssayRecord | undefined =>
  slug === undefined ? undefined : bySlug.get(`${lang}/${slug}`);

export const essaysIn = (lang: string): EssayRecord[] => publication.essays.filter((essay) => essay.texts[lang]);
export const essaysNotIn = (lang: string): EssayRecord[] => publication.essays.filter((essay) => !essay.texts[lang]);

export async function translator(lang: string): Promise<TFunction> {
  registerMessages(lang, await loadMessages(lang));
  return i18n.getFixedT(lang);
}

export function authorOf(lang: string) {
  const author = publication.authors[lang];
  if (!author) throw new Error(`No author page in language "${lang}" (author/${lang}.md in the content folder)`);
  return author;
}

export const minutes = (words: number): number => Math.max(1, Math.ceil(words / site.wordsPerMinute));

/** The language its page shows beside it: the original for a translation, the first translation for the original. */
export function counterpartOf(essay: EssayRecord, lang: string): string | undefined {
  return lang === essay.original ? essay.languages.find((other) => other !== lang) : essay.original;
}

export function essayPath(essay: EssayRecord, lang: string): string {
  const text = essay.texts[lang];
  if (!text) throw new Error(`${essay.id} has no ${lang} text`);
  return pathFor("essay", lang, { slug: text.slug });
}

/** An essay as a list entry, in `lang` (its own language) with labels for a page in `pageLang`. */
export function summary(essay: EssayRecord, lang: string, pageLang: string): EssaySummary {
  const text = essay.texts[lang];
  if (!text) throw new Error(`${essay.id} has no ${lang} text`);
  return {
    id: essay.id,
    lang,
    title: text.title,
    description: text.description,
    path: essayPath(essay, lang),
    date: essay.date,
    dateLabel: formatDate(essay.date, pageLang),
    minutes: minutes(text.words),
    languages: essay.languages.map((other) => ({
      lang: other,
      path: essayPath(essay, other),
      name: languageName(other, pageLang),
    })),
  };
}

export function essayView(essay: EssayRecord, lang: string): EssayView {
  const text = essay.texts[lang];
  if (!text) throw new Error(`${essay.id} has no ${lang} text`);
  const { title, description, paragraphs, words } = text;
  return {
    id: essay.id,
    lang,
    title,
    description,
    date: essay.date,
    dateLabel: formatDate(essay.date, lang),
    paragraphs,
    words,
  };
}

export { languageList } from "../i18n/languages.ts";

/** Every language of the site at the same path kind (home, author): those pages always exist. */
export const everyLanguage = (path: (lang: string) => string): Record<string, string> =>
  Object.fromEntries(languages.map((lang) => [lang, path(lang)]));

/** Plain text in Markdown: content text is plain (the compiler refuses inline Markdown); keep it so. */
export const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>]/g, "\\$&");
