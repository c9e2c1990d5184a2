import type { Paragraph } from "./schema.ts";
import type { TranslationFreshness } from "./paragraph-states.ts";

/**
 * A translation's blocks for reading, in the original's order: current and stale ones translated, missing ones
 * in the original (with its `lang`), never silently dropped. Orphaned ones are left out: the original no longer
 * says them. A block never stamped is shown without a note: nothing says its original was revised (the report
 * and the build's warning name it). `freshness` must come from these two texts (translationFreshness); an id it
 * names that either side lacks is an Error.
 */
export function translatedParagraphs(
  original: { lang: string; paragraphs: readonly Paragraph[] },
  translation: readonly Paragraph[],
  freshness: TranslationFreshness,
): Paragraph[] {
  const byId = (paragraphs: readonly Paragraph[]) => new Map(paragraphs.map((p) => [p.id, p]));
  const originalBlocks = byId(original.paragraphs);
  const translatedBlocks = byId(translation);
  const block = (map: Map<string, Paragraph>, id: string, side: string) => {
    const found = map.get(id);
    if (found === undefined) throw new Error(`the ${side} has no block "${id}"`);
    return found;
  };
  return freshness.paragraphs.flatMap(({ id, state, stamped }): Paragraph[] => {
    switch (state) {
      case "current":
        return [block(translatedBlocks, id, "translation")];
      case "stale":
        return [{ ...block(translatedBlocks, id, "translation"), ...(stamped && { freshness: "stale" as const }) }];
      case "missing":
        return [{ ...block(originalBlocks, id, "original"), freshness: "missing", lang: original.lang }];
      case "orphaned":
        return [];
    }
  });
}
