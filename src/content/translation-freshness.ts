import { fingerprint } from "./paragraph-fingerprint.ts";
import type { ParagraphFreshness, ParagraphState, TranslationFreshness } from "./paragraph-states.ts";

export interface OriginalParagraph {
  id: string;
  /** The paragraph's text as it stands in the original now. */
  text: string;
}

export interface TranslationRecord {
  /** The translation's paragraph ids, in its order. */
  paragraphs: readonly string[];
  /** The original's fingerprints at the last stamp, by paragraph id (`sources` in front matter). */
  sources?: Readonly<Record<string, string>> | undefined;
}

/**
 * Derives the state of every paragraph of a translation from the original's paragraphs (in order) and what the
 * translation recorded. Pure; throws an Error naming the id if either side repeats a paragraph id (the content
 * schema rejects that earlier, with the file's name). Fingerprints recorded for ids the translation no longer has
 * are ignored: the next stamp drops them.
 */
export function translationFreshness(
  original: readonly OriginalParagraph[],
  translation: TranslationRecord,
): TranslationFreshness {
  const originalIds = unique(
    original.map((p) => p.id),
    "original",
  );
  const translated = new Set(unique(translation.paragraphs, "translation"));
  const sources = translation.sources ?? {};
  const paragraphs: ParagraphFreshness[] = original.map(({ id, text }) => {
    if (!translated.has(id)) return { id, state: "missing" };
    const recorded = Object.hasOwn(sources, id) ? sources[id] : undefined;
    if (recorded === undefined) return { id, state: "stale", stamped: false };
    return recorded === fingerprint(text) ? { id, state: "current" } : { id, state: "stale", stamped: true };
  });
  const known = new Set(originalIds);
  for (const id of translation.paragraphs) if (!known.has(id)) paragraphs.push({ id, state: "orphaned" });

  const shared = (ids: readonly string[], other: Set<string>) => ids.filter((id) => other.has(id)).join("\n");
  const counts = { current: 0, stale: 0, missing: 0, orphaned: 0 };
  for (const { state } of paragraphs) counts[state] += 1;
  return {
    paragraphs,
    counts,
    orderDiffers: shared(originalIds, translated) !== shared(translation.paragraphs, known),
  };
}

/** The ids of the paragraphs in one state, in the order of `paragraphs`. */
export function idsIn(freshness: TranslationFreshness, state: ParagraphState): string[] {
  return freshness.paragraphs.filter((p) => p.state === state).map((p) => p.id);
}

function unique(ids: readonly string[], side: string): readonly string[] {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new Error(`the ${side} repeats the paragraph id "${id}"`);
    seen.add(id);
  }
  return ids;
}
