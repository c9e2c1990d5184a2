import { useTranslation } from "react-i18next";
import { useMatches } from "react-router";
import type { RouteHandle } from "../page-kinds.ts";
import { site } from "../site.ts";

/** The language of the current URL (the route table knows it), the kind of page, and the strings for it. */
export function useLocale() {
  const matches = useMatches();
  const handle = matches.findLast((match) => (match.handle as RouteHandle | undefined)?.lang)?.handle as
    RouteHandle | undefined;
  const lang = handle?.lang ?? site.defaultLanguage;
  // The language comes from the URL, never from i18next's own detection: `lng` fixes `t` to it.
  const { t } = useTranslation(undefined, { lng: lang });
  return { lang, kind: handle?.kind, t };
}
