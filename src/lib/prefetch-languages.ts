import { loadMessages } from "../i18n/i18n.ts";
import { fetchPageData } from "../page-data/load.ts";
import type { PageData } from "../page-data/types.ts";
import { whenIdle } from "./when-idle.ts";

/**
 * A first visit downloads only its own language. Once the browser is idle, this fetches the page's other language
 * versions (their data and UI strings, a few kB), so that a language switch needs no network. A failed prefetch
 * costs nothing; the loader simply fetches again. `page`: the data of the page the document opened with.
 */
export function prefetchOtherLanguages(page: Partial<PageData> | undefined): void {
  const prefetch = () => {
    const lang = page?.head?.lang;
    for (const [other, path] of Object.entries(page?.head?.alternates ?? {})) {
      if (other === lang) continue;
      Promise.all([loadMessages(other), fetchPageData(path)]).catch(() => undefined);
    }
  };
  whenIdle(prefetch);
}
