import { describe, expect, it } from "vitest";
import type { Block } from "./blocks.ts";
import { blockSource, fingerprint } from "./paragraph-fingerprint.ts";
import { compileRichText } from "./rich-text.ts";
import { fingerprintPattern } from "./schema.ts";

const text = "Strategien ändern sich, bestimmte Technologien werden nicht mehr unterstützt.";

describe("a paragraph's fingerprint", () => {
  it("is 12 hex digits, the same for the same text every time", () => {
    expect(fingerprint(text)).toMatch(fingerprintPattern);
    expect(fingerprint(text)).toBe(fingerprint(text.slice(0, 20) + text.slice(20)));
  });

  it("is pinned to SHA-256, since another algorithm would turn every stamped paragraph stale", () => {
    expect(fingerprint("abc")).toBe("ba7816bf8f01");
  });

  it("ignores how the paragraph is wrapped and indented, and Unicode composition", () => {
    expect(fingerprint("Strategien ändern sich,\n  bestimmte Technologien werden\tnicht mehr unterstützt. ")).toBe(
      fingerprint(text),
    );
    expect(fingerprint(text.normalize("NFD"))).toBe(fingerprint(text));
  });

  it("changes with a comma, a letter, a quotation mark or Markdown emphasis", () => {
    const edits = [
      text.replace("sich,", "sich"),
      text.replace("ändern", "änderten"),
      text.replace("nicht", "„nicht“"),
      text.replace("nicht", "*nicht*"),
    ];
    for (const edited of edits) expect(fingerprint(edited), edited).not.toBe(fingerprint(text));
  });
});

describe("a block's fingerprint", () => {
  const one = (markdown: string): Block => {
    const [block] = compileRichText(markdown, ["b"], "test.md", { measureImage: () => ({ width: 4, height: 3 }) });
    if (!block) throw new Error("no block");
    return block;
  };
  const print = (markdown: string) => fingerprint(blockSource(one(markdown)));

  it("counts every kind of text-bearing block, its kind and its markup", () => {
    const pairs = [
      ["## Kunden", "### Kunden"],
      ["## Kunden", "Kunden"],
      ["> Zitat, eins.", "> Zitat eins."],
      ["- eins\n- zwei", "- eins\n- drei"],
      ["1. eins\n2. zwei", "- eins\n- zwei"],
      ["Ein *Wort*.", "Ein **Wort**."],
      ["Ein [Link](https://example.org/a).", "Ein [Link](https://example.org/b)."],
      ["```\nx = 1\n```", "```\nx = 2\n```"],
    ];
    for (const [before, after] of pairs) expect(print(after!), after).not.toBe(print(before!));
  });

  it("stays as it is when only the Markdown's line wrapping changes", () => {
    expect(print("Ein Absatz,\nüber zwei Zeilen.")).toBe(print("Ein Absatz, über zwei Zeilen."));
  });

  it("takes a figure by its alt text and caption, not by its file or size", () => {
    const figure = one("![Ein Bild](a.png)\nDie Bildunterschrift.");
    if (figure.type !== "figure") throw new Error("not a figure");
    const print = (block: Block) => fingerprint(blockSource(block));
    expect(print({ ...figure, src: "assets/media/b-123.png", width: 800 })).toBe(print(figure));
    expect(print({ ...figure, alt: "Ein anderes Bild" })).not.toBe(print(figure));
    expect(print({ ...figure, caption: [{ type: "text", text: "Neu." }] })).not.toBe(print(figure));
  });
});
