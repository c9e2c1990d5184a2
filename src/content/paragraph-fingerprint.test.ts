import { describe, expect, it } from "vitest";
import { fingerprint } from "./paragraph-fingerprint.ts";
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
