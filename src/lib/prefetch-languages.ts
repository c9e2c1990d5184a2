import type { DataRouter } from "react-router";
import { loadAuthor, loadEssay } from "../content/load-content.ts";
import { loadMessages } from "../i18n/i18n.ts";
import { languages } from "../i18n/languages.ts";
import type { RouteHandle } from "../paths.ts";
import { whenIdle } from "./when-idle.ts";

/**
 * A first visit downloads only its own language. Once the browser is idle, this fetches every other language's
 * content and strings (a few kB), so that a language switch needs no network: the route loaders then find the
 * modules already loaded. A failed prefetch costs nothing; the loader simply fetches again.
 */
export function prefetchOtherLanguages(router: DataRouter): void {
  const current = router.state.matches.findLast((match) => (match.route.handle as RouteHandle | undefined)?.lang)?.route
    .handle as RouteHandle | undefined;
  const others = languages.filter((lang) => lang !== current?.lang);
  const prefetch = () => {
    for (const lang of others) {
      Promise.all([loadMessages(lang), loadEssay(lang), loadAuthor(lang)]).catch(() => undefined);
    }
  };
  whenIdle(prefetch);
}
