import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import publication from "virtual:publication";
import { realEssay } from "../../tests/real-essay.ts";
import { blockText } from "./rich-text.ts";

const essay = publication.essays.find((candidate) => candidate.id === "trennung-vom-kunden")!;
const languages = essay.languages;
const loadEssay = (lang: string) => Promise.resolve(realEssay(lang));
const loadAuthor = (lang: string) => Promise.resolve(publication.authors[lang]!);

const seed = readFileSync(join(import.meta.dirname, "../../tests/fixtures/trennung-vom-kunden.medium.txt"), "utf8");

describe("essay content", () => {
  it("exists in German and English, the German original first, with its own slug in each", () => {
    expect(languages).toEqual(["de", "en"]);
    expect(essay.original).toBe("de");
    expect(essay.date).toBe("2017-08-22");
    expect(realEssay("de").slug).toBe("trennung-vom-kunden");
    expect(realEssay("en").slug).toBe("breaking-up-with-a-client");
  });

  it("has the same paragraph ids in the same order in every language", async () => {
    const [original, ...translations] = await Promise.all(languages.map(loadEssay));
    const ids = original!.paragraphs.map((p) => p.id);
    expect(ids).toHaveLength(7);
    for (const translation of translations) {
      expect(
        translation.paragraphs.map((p) => p.id),
        translation.lang,
      ).toEqual(ids);
    }
  });

  it("keeps the German original verbatim, title and all seven paragraphs", async () => {
    const essay = await loadEssay("de");
    expect(seed.startsWith(`${essay.title}\n`)).toBe(true);
    for (const paragraph of essay.paragraphs) expect(seed).toContain(`\n${blockText(paragraph)}\n`);
    expect(blockText(essay.paragraphs[0]!)).toMatch(/^Im privaten Umfeld sind Trennungen/);
    expect(blockText(essay.paragraphs.at(-1)!)).toMatch(/so können neue Dinge entstehen\.$/);
  });

  it("leaves out the host site's boilerplate in every language", async () => {
    for (const lang of languages) {
      const text = JSON.stringify([await loadEssay(lang), await loadAuthor(lang)]);
      for (const boilerplate of ["Medium", "Written by", "$5", "Upgrade", "Follow", "Explore", "min read", ")\n"]) {
        expect(text, `${lang}: ${boilerplate}`).not.toContain(boilerplate);
      }
    }
  });

  it("translates every paragraph (no German left in English)", async () => {
    const [de, en] = await Promise.all([loadEssay("de"), loadEssay("en")]);
    en.paragraphs.forEach((paragraph, i) => {
      expect(blockText(paragraph)).not.toBe(blockText(de.paragraphs[i]!));
      expect(blockText(paragraph)).not.toMatch(/[äöüß„]|\b(und|der|die|das|nicht)\b/);
    });
  });

  it("has an author page with a bio in every language, the German bio verbatim", async () => {
    expect(publication.authors.de?.slug).toBe("autor");
    expect(publication.authors.en?.slug).toBe("author");
    expect((await loadAuthor("de")).bio).toEqual([
      "Sie werden digitalisiert werden. Widerstand ist zwecklos. Gestaltung ist möglich.",
    ]);
    expect(seed).toContain((await loadAuthor("de")).bio[0]);
    expect(realEssay("en").title).toBe("Breaking Up with a Client");
  });
});
