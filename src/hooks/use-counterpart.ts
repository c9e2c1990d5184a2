import { useCallback, useState } from "react";
import type { Essay } from "../content/schema.ts";
import { loadEssay } from "../content/load-content.ts";

/** The essay in another language, fetched the first time a reader asks for it (a cached module after that). */
export function useCounterpart(lang: string) {
  const [essay, setEssay] = useState<Essay | null>(null);
  const load = useCallback(async () => {
    const loaded = await loadEssay(lang);
    setEssay(loaded);
    return loaded;
  }, [lang]);
  return { essay, load };
}
