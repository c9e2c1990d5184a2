import { essayIndex } from "../content/load-content.ts";
import { site } from "../site.ts";

/** Every language with an essay file, the original first. Adding `content/essay/fr.md` adds French here. */
export const languages: readonly string[] = [
  site.originalLanguage,
  ...[...essayIndex.keys()].filter((lang) => lang !== site.originalLanguage).sort(),
];

export const isLanguage = (value: unknown): value is string => typeof value === "string" && languages.includes(value);

/**
 * The language shown beside `lang` in the parallel view and revealed under a paragraph: the original
 * for a translation, and the first translation for the original.
 */
export function counterpartLanguage(lang: string): string {
  const original = languages[0] ?? lang;
  return lang === original ? (languages.find((other) => other !== original) ?? lang) : original;
}

/** A language's name in `inLanguage` (its own name by default: "Deutsch", "English"). */
export function languageName(lang: string, inLanguage: string = lang): string {
  return new Intl.DisplayNames([inLanguage], { type: "language" }).of(lang) ?? lang;
}

export function formatDate(isoDate: string, lang: string): string {
  // Dates are calendar days, so format them in UTC: the prerender and every reader's time zone agree.
  return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}
