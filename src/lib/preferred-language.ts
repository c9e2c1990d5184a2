import { isLanguage, languages } from "../i18n/languages.ts";
import { site } from "../site.ts";
import { readStored, writeStored } from "./storage.ts";

const KEY = "language";

/** The reader's explicit choice, kept for the next visit to `/`. */
export const rememberLanguage = (lang: string): void => writeStored(KEY, lang);

/**
 * Where `/` sends a reader: the remembered choice, else the first of the browser's languages
 * that the site has (`de-AT` counts as `de`), else the original.
 */
export function pickLanguage(
  remembered: string | null,
  browserLanguages: readonly string[],
  available: readonly string[] = languages,
): string {
  if (remembered && available.includes(remembered)) return remembered;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split("-")[0];
    if (base && available.includes(base)) return base;
  }
  return available.includes(site.defaultLanguage) ? site.defaultLanguage : (available[0] ?? site.defaultLanguage);
}

export function preferredLanguage(): string {
  const remembered = readStored(KEY);
  return pickLanguage(isLanguage(remembered) ? remembered : null, navigator.languages);
}
