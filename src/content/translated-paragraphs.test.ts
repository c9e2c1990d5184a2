import { describe, expect, it } from "vitest";
import { blockSource, fingerprint, fingerprinted } from "./paragraph-fingerprint.ts";
import type { Paragraph } from "./schema.ts";
import { translatedParagraphs } from "./translated-paragraphs.ts";
import { translationFreshness as freshnessOf } from "./translation-freshness.ts";

const block = ({ id, text }: { id: string; text: string }): Paragraph => ({
  type: "paragraph",
  id,
  content: [{ type: "text", text }],
});
const blocks = (paragraphs: readonly { id: string; text: string }[]) => paragraphs.map(block);
const translationFreshness = (original: readonly Paragraph[], record: Parameters<typeof freshnessOf>[1]) =>
  freshnessOf(original.map(fingerprinted), record);

const stamped = { eins: "Erster Absatz, mit Komma.", zwei: "Zweiter Absatz." };
const en = blocks([
  { id: "eins", text: "First paragraph, with a comma." },
  { id: "zwei", text: "Second paragraph." },
  { id: "alt", text: "A paragraph the original dropped." },
]);
const sources = Object.fromEntries(
  Object.entries(stamped).map(([id, text]) => [id, fingerprint(blockSource(block({ id, text })))]),
);

describe("a translation's paragraphs as readers get them", () => {
  it("follow the original's order: translated where it can, the original's text where a paragraph is missing", () => {
    const de = blocks([
      { id: "zwei", text: "Zweiter Absatz." },
      { id: "neu", text: "Ein neuer Absatz." },
      { id: "eins", text: "Erster Absatz mit Komma." },
    ]);
    const freshness = translationFreshness(de, { paragraphs: en.map((p) => p.id), sources });
    expect(translatedParagraphs({ lang: "de", paragraphs: de }, en, freshness)).toEqual([
      block({ id: "zwei", text: "Second paragraph." }),
      { ...block({ id: "neu", text: "Ein neuer Absatz." }), freshness: "missing", lang: "de" },
      { ...block({ id: "eins", text: "First paragraph, with a comma." }), freshness: "stale" },
    ]);
  });

  it("are the translation as it is when it is current", () => {
    const de = blocks(Object.entries(stamped).map(([id, text]) => ({ id, text })));
    const current = en.slice(0, 2);
    const freshness = translationFreshness(de, { paragraphs: ["eins", "zwei"], sources });
    expect(translatedParagraphs({ lang: "de", paragraphs: de }, current, freshness)).toEqual(current);
  });

  it("refuse a freshness that does not belong to these texts", () => {
    const de = [block({ id: "eins", text: stamped.eins })];
    const freshness = translationFreshness(de, { paragraphs: ["eins"], sources });
    expect(() => translatedParagraphs({ lang: "de", paragraphs: de }, [], freshness)).toThrow(
      'the translation has no block "eins"',
    );
  });

  it("claim no revision for a paragraph that was never stamped", () => {
    const de = blocks(Object.entries(stamped).map(([id, text]) => ({ id, text })));
    const freshness = translationFreshness(de, { paragraphs: ["eins", "zwei"] });
    expect(freshness.counts.stale).toBe(2);
    expect(translatedParagraphs({ lang: "de", paragraphs: de }, en.slice(0, 2), freshness)).toEqual(en.slice(0, 2));
  });
});
