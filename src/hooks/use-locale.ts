import { useMemo } from "react";
import { useMatches } from "../router/page-context.ts";
import { i18n } from "../i18n/i18n.ts";
import { site } from "../site.ts";

/** The language of the current URL (the route table knows it), the kind of page, and the strings for it. */
export function useLocale() {
  const matches = useMatches();
  const handle = matches.findLast((match) => match.route.handle?.lang)?.route.handle;
  const lang = handle?.lang ?? site.defaultLanguage;
  // The language comes from the URL, never from i18next's own detection. Its strings are registered (from route
  // data) before any page of it renders, and a page's language changes only with its URL: a `t` fixed to the
  // language is all a component needs. (react-i18next would add 2 kB gzip for re-renders on i18next events that
  // never happen here: see docs/decisions/004-first-paint-without-the-app.md.)
  const t = useMemo(() => i18n.getFixedT(lang), [lang]);
  return { lang, kind: handle?.kind, t };
}
