import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import type { Paragraph } from "../content/schema.ts";
import { withNotes } from "./notes.ts";

// Stands in for the page's strings: the key, and the language a missing note names.
const t = ((key: string, options?: { language?: string }) =>
  options?.language ? `${key} (${options.language})` : key) as unknown as TFunction;

const block = (id: string, extra: Partial<Paragraph> = {}) =>
  ({ type: "heading", id, level: 2, content: [{ type: "text", text: id }], ...extra }) as Paragraph;

describe("the notes a page's lagging blocks carry", () => {
  const blocks = [
    block("current"),
    block("stale", { freshness: "stale" }),
    block("new", { freshness: "missing", lang: "de" }),
  ];

  it("says each state in the page's language; a stale block links to itself in the original", () => {
    const [current, stale, missing] = withNotes(blocks, t, "en", { lang: "de", path: "/de/trennung-vom-kunden/" });
    expect(current).toEqual(blocks[0]);
    expect(stale?.note).toEqual({
      text: "paragraph.stale",
      lang: "en",
      link: { to: "/de/trennung-vom-kunden/#stale", lang: "de", label: "provenance.readOriginal" },
    });
    expect(missing?.note).toEqual({ text: "paragraph.missing (German)", lang: "en" });
  });

  it("links nowhere without the original's page (the parallel view has it beside)", () => {
    expect(withNotes(blocks, t, "de")[1]?.note).toEqual({ text: "paragraph.stale", lang: "de" });
  });
});
