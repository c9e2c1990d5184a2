import { describe, expect, it } from "vitest";
import { fingerprint } from "./paragraph-fingerprint.ts";
import { idsIn, translationFreshness, type OriginalParagraph } from "./translation-freshness.ts";

const original: OriginalParagraph[] = [
  { id: "private-breakups", text: "Im privaten Umfeld sind Trennungen eigentlich alltäglich." },
  { id: "business-relationships", text: "Auch für geschäftliche Beziehungen sollte dies gelten." },
  { id: "companies-evolve", text: "Unternehmen entwickeln sich weiter, müssen sich weiter entwickeln." },
  { id: "something-new", text: "So können neue Dinge entstehen." },
];
const ids = original.map((p) => p.id);
/** What the stamp records for these paragraphs. */
const stamp = (paragraphs: OriginalParagraph[]) =>
  Object.fromEntries(paragraphs.map((p) => [p.id, fingerprint(p.text)]));
const translation = { paragraphs: ids, sources: stamp(original) };

describe("the freshness of a translation", () => {
  it("is current throughout when the original is untouched since the stamp", () => {
    const freshness = translationFreshness(original, translation);
    expect(freshness.counts).toEqual({ current: 4, stale: 0, missing: 0, orphaned: 0 });
    expect(freshness.paragraphs.map((p) => p.id)).toEqual(ids);
    expect(freshness.orderDiffers).toBe(false);
  });

  it("marks exactly the paragraph whose original gained or lost a comma stale", () => {
    const edited = original.map((p) =>
      p.id === "companies-evolve" ? { ...p, text: p.text.replace("weiter, müssen", "weiter müssen") } : p,
    );
    const freshness = translationFreshness(edited, translation);
    expect(idsIn(freshness, "stale")).toEqual(["companies-evolve"]);
    expect(freshness.paragraphs.find((p) => p.id === "companies-evolve")).toEqual({
      id: "companies-evolve",
      state: "stale",
      stamped: true,
    });
    expect(freshness.counts).toEqual({ current: 3, stale: 1, missing: 0, orphaned: 0 });
  });

  it("keeps every paragraph current when the original is only re-wrapped", () => {
    const rewrapped = original.map((p) => ({ ...p, text: `${p.text.replace(/ /g, "\n")}\n` }));
    expect(translationFreshness(rewrapped, translation).counts.current).toBe(4);
  });

  it("marks a paragraph added to the original missing, in the original's place", () => {
    const added = [
      ...original.slice(0, 2),
      { id: "provider-resigns", text: "Ein Dienstleister kündigt?" },
      ...original.slice(2),
    ];
    const freshness = translationFreshness(added, translation);
    expect(freshness.paragraphs.map((p) => `${p.id}:${p.state}`)).toEqual([
      "private-breakups:current",
      "business-relationships:current",
      "provider-resigns:missing",
      "companies-evolve:current",
      "something-new:current",
    ]);
  });

  it("marks a paragraph removed from the original orphaned in the translation", () => {
    const freshness = translationFreshness(
      original.filter((p) => p.id !== "business-relationships"),
      translation,
    );
    expect(idsIn(freshness, "orphaned")).toEqual(["business-relationships"]);
    expect(freshness.counts).toEqual({ current: 3, stale: 0, missing: 0, orphaned: 1 });
  });

  it("treats paragraphs the original reordered as current, and reports that the order differs", () => {
    // Reordering moves whole paragraphs and changes no text: no paragraph needs translating again.
    const reordered = [original[2]!, original[0]!, original[1]!, original[3]!];
    const freshness = translationFreshness(reordered, translation);
    expect(freshness.counts).toEqual({ current: 4, stale: 0, missing: 0, orphaned: 0 });
    expect(freshness.paragraphs.map((p) => p.id)).toEqual(reordered.map((p) => p.id));
    expect(freshness.orderDiffers).toBe(true);
    // Once the translator follows the new order, nothing differs.
    expect(
      translationFreshness(reordered, { ...translation, paragraphs: reordered.map((p) => p.id) }).orderDiffers,
    ).toBe(false);
  });

  it("does not count an added or removed paragraph as a change of order", () => {
    expect(translationFreshness(original.slice(1), translation).orderDiffers).toBe(false);
    expect(translationFreshness(original, { ...translation, paragraphs: ids.slice(0, 3) }).orderDiffers).toBe(false);
  });

  it("holds a paragraph without a recorded fingerprint stale, since nothing proves it current", () => {
    const freshness = translationFreshness(original, { paragraphs: ids });
    expect(freshness.counts.stale).toBe(4);
    expect(freshness.paragraphs[0]).toEqual({ id: "private-breakups", state: "stale", stamped: false });
  });

  it("ignores fingerprints recorded for paragraphs the translation no longer has", () => {
    const freshness = translationFreshness(original, {
      ...translation,
      sources: { ...translation.sources, gone: "0123456789ab" },
    });
    expect(freshness.counts).toEqual({ current: 4, stale: 0, missing: 0, orphaned: 0 });
  });

  it("refuses a repeated paragraph id, naming it", () => {
    expect(() => translationFreshness([...original, original[0]!], translation)).toThrow(
      'the original repeats the paragraph id "private-breakups"',
    );
    expect(() => translationFreshness(original, { paragraphs: [...ids, "something-new"] })).toThrow(
      'the translation repeats the paragraph id "something-new"',
    );
  });
});
