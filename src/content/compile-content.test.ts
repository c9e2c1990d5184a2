import { describe, expect, it } from "vitest";
import { compileAuthor, compileEssay } from "./compile-content.ts";

const essay = (frontMatter: string, body: string) => `---\n${frontMatter}\n---\n\n${body}\n`;
const valid = [
  "id: un-essai",
  "lang: fr",
  "title: Un titre",
  "description: Une description assez longue pour passer le contrôle du schéma de contenu.",
  "date: 2017-08-22",
  "paragraphs: [first, second]",
].join("\n");

describe("compileEssay", () => {
  it("pairs paragraph ids with paragraphs, joining wrapped lines", () => {
    const { doc } = compileEssay(essay(valid, "Erste Zeile\nweiter.\n\nZweiter Absatz."), "/x/essay/fr.md");
    expect(doc.paragraphs).toEqual([
      { id: "first", text: "Erste Zeile weiter." },
      { id: "second", text: "Zweiter Absatz." },
    ]);
    expect(doc.words).toBe(5);
  });

  it("refuses a paragraph count that does not match the ids", () => {
    expect(() => compileEssay(essay(valid, "Only one."), "/x/essay/fr.md")).toThrow(/1 paragraphs, but 2 ids/);
  });

  it("refuses inline Markdown it would otherwise show as raw symbols", () => {
    expect(() => compileEssay(essay(valid, "A *bold* claim.\n\nTwo."), "/x/essay/fr.md")).toThrow(/plain paragraphs/);
  });

  it("refuses a language that does not match the file name, and unknown front matter", () => {
    expect(() => compileEssay(essay(valid, "One.\n\nTwo."), "/x/essay/de.md")).toThrow(/must match the file name/);
    expect(() => compileEssay(essay(`${valid}\nauthor: someone`, "One.\n\nTwo."), "/x/essay/fr.md")).toThrow(
      /invalid front matter/,
    );
  });
});

describe("compileAuthor", () => {
  it("reads the bio paragraphs", () => {
    const source = essay(
      "lang: fr\nslug: auteur\ndescription: Une description assez longue pour passer le contrôle du schéma.",
      "Bio.",
    );
    expect(compileAuthor(source, "/x/author/fr.md").doc.bio).toEqual(["Bio."]);
  });
});
