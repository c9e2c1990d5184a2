import i18next from "i18next";
import type de from "./de.json";

export type Messages = typeof de;

const loaders = import.meta.glob<Messages>("./*.json", { import: "default" });

export const i18n = i18next.createInstance();
// Bundles arrive with route data (see routes.tsx), so i18next never fetches: init is synchronous.
void i18n.init({
  resources: {},
  partialBundledLanguages: true,
  fallbackLng: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function loadMessages(lang: string): Promise<Messages> {
  const loader = loaders[`./${lang}.json`];
  if (!loader) throw new Error(`No UI strings for language "${lang}"`);
  return loader();
}

/** Idempotent: safe to call while rendering, with the bundle that a route loader delivered. */
export function registerMessages(lang: string, messages: Messages): void {
  if (!i18n.hasResourceBundle(lang, "translation")) i18n.addResourceBundle(lang, "translation", messages);
}
