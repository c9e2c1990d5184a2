// The shapes of a translation's freshness, apart from how it is derived (translation-freshness.ts, which needs
// Node's crypto): the compiled content's types (schema.ts) name them, and browser code reads those.

/**
 * How a translation's paragraph stands against the original:
 * - `current`: the original's paragraph has the text it had when the translation was stamped;
 * - `stale`: the original's paragraph changed since the stamp, or it was never stamped (nothing proves it current);
 * - `missing`: the original has the paragraph, the translation does not;
 * - `orphaned`: the translation has the paragraph, the original no longer does.
 */
export type ParagraphState = "current" | "stale" | "missing" | "orphaned";

export const paragraphStates: readonly ParagraphState[] = ["current", "stale", "missing", "orphaned"];

export interface ParagraphFreshness {
  id: string;
  state: ParagraphState;
  /** For `stale`: whether a fingerprint was recorded (the original was edited) or none was (never stamped). */
  stamped?: boolean;
}

export interface TranslationFreshness {
  /** The original's paragraphs in its order (`current`, `stale`, `missing`), then the `orphaned` ones. */
  paragraphs: ParagraphFreshness[];
  counts: Record<ParagraphState, number>;
  /**
   * Whether the paragraphs both files have stand in another order in the translation. Moving a paragraph changes
   * no text, so it changes no state: readers get the original's order anyway; the report tells the translator.
   */
  orderDiffers: boolean;
}
