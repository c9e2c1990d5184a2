import { useMatches } from "../router/page-context.ts";
import type { LanguageData, PageData } from "../page-data/types.ts";

const isPageData = (value: unknown): value is PageData =>
  typeof value === "object" && value !== null && "head" in value && "kind" in value;

/** The data of the page on screen (none for a 404): the frame (toggle, footer) reads it. */
export function usePageData(): PageData | undefined {
  const matches = useMatches();
  const data = matches.at(-1)?.data;
  return isPageData(data) ? data : undefined;
}

/** Every language's name, in itself and in the page's language, as the language's loader made them. */
export function useLanguageNames(): LanguageData["names"] {
  const matches = useMatches();
  const layout = matches.findLast((match) => {
    const data = match.data as Partial<LanguageData> | undefined;
    return data?.messages !== undefined && data.names !== undefined;
  });
  return (layout?.data as LanguageData | undefined)?.names ?? {};
}
