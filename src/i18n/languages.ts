import { site } from "../site.ts";

// A language of the site is one with UI strings (src/i18n/<lang>.json), whether or not any essay is in it yet.
const stringFiles = Object.keys(import.meta.glob("./*.json"));

/** Every language of the site, the default first. Adding `src/i18n/fr.json` adds French here. */
export const languages: readonly string[] = [
  site.defaultLanguage,
  ...stringFiles
    .map((file) => /^\.\/([a-z]{2})\.json$/.exec(file)?.[1])
    .filter((lang): lang is string => lang !== undefined && lang !== site.defaultLanguage)
    .sort(),
];

export const isLanguage = (value: unknown): value is string => typeof value === "string" && languages.includes(value);

// Formatters for loaders and the build: the first Intl formatter a page builds costs 15–30 ms of main thread on a
// laptop (four times that on a phone), so pages never format while rendering; they read labels from route data.

/** A language's name in `inLanguage` (its own name by default: "Deutsch", "English"). */
export const languageName = (lang: string, inLanguage: string = lang): string =>
  new Intl.DisplayNames([inLanguage], { type: "language" }).of(lang) ?? lang;

/** A calendar day in UTC, so the build and every reader's time zone agree. */
export const formatDate = (isoDate: string, lang: string): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));

/** "German and English": a list in a language. */
export const formatList = (items: readonly string[], lang: string): string =>
  new Intl.ListFormat(lang, { type: "conjunction" }).format(items);

/** Every language's name in `inLanguage`, as a list: "Deutsch und Englisch", "German and English". */
export const languageList = (inLanguage: string): string =>
  formatList(
    languages.map((other) => languageName(other, inLanguage)),
    inLanguage,
  );
