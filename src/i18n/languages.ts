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

// The first Intl formatter a page builds loads locale data: 15–30 ms of main thread on a laptop, four times that on
// a phone. So every label is made once, and the labels a page shows come with its route data (made by the prerender,
// or by the loader before a client-side navigation renders): hydrating a page builds no formatter.
const labels = new Map<string, string>();
const nameKey = (lang: string, inLanguage: string) => `name ${inLanguage} ${lang}`;
const dateKey = (isoDate: string, lang: string) => `date ${lang} ${isoDate}`;

function label(key: string, make: () => string): string {
  let value = labels.get(key);
  if (value === undefined) {
    value = make();
    labels.set(key, value);
  }
  return value;
}

/** A language's name in `inLanguage` (its own name by default: "Deutsch", "English"). */
export function languageName(lang: string, inLanguage: string = lang): string {
  return label(
    nameKey(lang, inLanguage),
    () => new Intl.DisplayNames([inLanguage], { type: "language" }).of(lang) ?? lang,
  );
}

/** Every language's name in `inLanguage`, as a list: "Deutsch und Englisch", "German and English". */
export function languageList(inLanguage: string): string {
  return new Intl.ListFormat(inLanguage, { type: "conjunction" }).format(
    languages.map((other) => languageName(other, inLanguage)),
  );
}

export function formatDate(isoDate: string, lang: string): string {
  // Dates are calendar days, so format them in UTC: the prerender and every reader's time zone agree.
  return label(dateKey(isoDate, lang), () =>
    new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`)),
  );
}

/**
 * Every Intl-made label a page in `lang` can show: the content's dates and every language's name, in `lang` and in
 * itself. A route loader delivers them; `registerLocaleLabels` hands them back to `formatDate` and `languageName`.
 */
export function localeLabels(lang: string): Record<string, string> {
  const made: Record<string, string> = {};
  for (const { date } of essayIndex.values()) made[dateKey(date, lang)] = formatDate(date, lang);
  for (const other of languages) {
    made[nameKey(other, other)] = languageName(other);
    made[nameKey(other, lang)] = languageName(other, lang);
  }
  return made;
}

/** Idempotent: safe to call while rendering, with the labels that a route loader delivered. */
export function registerLocaleLabels(delivered: Record<string, string>): void {
  for (const [key, value] of Object.entries(delivered)) labels.set(key, value);
}
