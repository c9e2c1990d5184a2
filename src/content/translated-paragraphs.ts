import type { TranslationFreshness } from "./translation-freshness.ts";

interface Paragraph {
  id: string;
  text: string;
}

/** A paragraph as a translation's reader gets it: the translated text, or for `missing` the original's. */
export type ReaderParagraph = Paragraph & {
  /** Absent when current. */
  freshness?: "stale" | "missing";
  /** For `missing`: the language of the text, the original's (the page's language otherwise). */
  lang?: string;
};

/**
 * A translation's paragraphs for reading, in the original's order: current and stale ones translated, missing ones
 * in the original (with its `lang`), never silently dropped. Orphaned ones are left out: the original no longer
 * says them. A paragraph never stamped is shown without a note: nothing says its original was revised (the report
 * and the build's warning name it). `freshness` must come from these two texts (translationFreshness); an id it
 * names that either side lacks is an Error.
 */
export function translatedParagraphs(
  original: { lang: string; paragraphs: readonly Paragraph[] },
  translation: readonly Paragraph[],
  freshness: TranslationFreshness,
): ReaderParagraph[] {
  const texts = (paragraphs: readonly Paragraph[]) => new Map(paragraphs.map((p) => [p.id, p.text]));
  const originalTexts = texts(original.paragraphs);
  const translatedTexts = texts(translation);
  const text = (map: Map<string, string>, id: string, side: string) => {
    const found = map.get(id);
    if (found === undefined) throw new Error(`the ${side} has no paragraph "${id}"`);
    return found;
  };
  return freshness.paragraphs.flatMap(({ id, state, stamped }): ReaderParagraph[] => {
    switch (state) {
      case "current":
        return [{ id, text: text(translatedTexts, id, "translation") }];
      case "stale":
        return [
          { id, text: text(translatedTexts, id, "translation"), ...(stamped && { freshness: "stale" as const }) },
        ];
      case "missing":
        return [{ id, text: text(originalTexts, id, "original"), freshness: "missing", lang: original.lang }];
      case "orphaned":
        return [];
    }
  });
}
