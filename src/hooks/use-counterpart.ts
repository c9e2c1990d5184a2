import { useCallback, useState } from "react";
import { loadPage } from "../page-data/load.ts";
import type { EssayData, EssayView } from "../page-data/types.ts";

/** The essay in another language (its page's data), fetched the first time a reader asks for it. */
export function useCounterpart(counterpart: { lang: string; slug: string } | undefined) {
  const [essay, setEssay] = useState<EssayView | null>(null);
  const lang = counterpart?.lang;
  const slug = counterpart?.slug;
  const load = useCallback(async () => {
    if (!lang || !slug) return null;
    const loaded = (await loadPage<EssayData>("essay", lang, { slug })).essay;
    setEssay(loaded);
    return loaded;
  }, [lang, slug]);
  return { essay, load };
}
