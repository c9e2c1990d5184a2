import { useMemo } from "react";
import { useMatches } from "react-router";
import { i18n } from "../i18n/i18n.ts";
import type { RouteHandle } from "../paths.ts";
import { site } from "../site.ts";

/** The language of the current URL (the route table knows it) and the strings for it. */
export function useLocale() {
  const matches = useMatches();
  const handle = matches.findLast((match) => (match.handle as RouteHandle | undefined)?.lang)?.handle as
    RouteHandle | undefined;
  const lang = handle?.lang ?? site.originalLanguage;
  // The language's strings are registered (from route data) before any page of it renders, and the page's language
  // only changes with its URL: a fixed `t` per language is all a component needs (no react-i18next, 2 kB gzip less).
  const t = useMemo(() => i18n.getFixedT(lang), [lang]);
  return { lang, page: handle?.page, t };
}
