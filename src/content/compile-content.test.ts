import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileAuthor, compileEssayText as compileWithMedia, compilePublication } from "./compile-content.ts";

const md = (frontMatter: string, body: string) => `---\n${frontMatter}\n---\n\n${body}\n`;
const valid = [
  "title: Un titre",
  "description: Une description assez longue pour passer le contrôle du schéma de contenu.",
  "slug: un-titre",
  "paragraphs: [first, second]",
].join("\n");
/** One language of an essay, in a folder without images. */
const compileEssayText = (source: string, file: string, lang: string) =>
  compileWithMedia(source, file, lang, { folder: tmpdir(), base: "/" }).text;
const bio = "slug: auteur\ndescription: Une description assez longue pour passer le contrôle du schéma.";

/** A content folder in a temporary directory, from `path → text`. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "content-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("compileEssayText", () => {
  it("pairs paragraph ids with paragraphs, joining wrapped lines", () => {
    const text = compileEssayText(md(valid, "Erste Zeile\nweiter.\n\nZweiter Absatz."), "x/fr.md", "fr");
    expect(text.paragraphs).toEqual([
      { type: "paragraph", id: "first", content: [{ type: "text", text: "Erste Zeile weiter." }] },
      { type: "paragraph", id: "second", content: [{ type: "text", text: "Zweiter Absatz." }] },
    ]);
    expect(text.words).toBe(5);
    expect(text.slug).toBe("un-titre");
  });

  it("refuses a paragraph count that does not match the ids, naming file and field", () => {
    expect(() => compileEssayText(md(valid, "Only one."), "x/fr.md", "fr")).toThrow(
      "x/fr.md: paragraphs: 1 blocks in the text, but 2 ids",
    );
  });

  it("names the file of front matter that is not YAML", () => {
    expect(() => compileEssayText(md("title: a: b", "One."), "x/fr.md", "fr")).toThrow(/^x\/fr\.md: not valid YAML/);
  });

  it("refuses raw HTML rather than inject it or show it as symbols, naming the file", () => {
    expect(() => compileEssayText(md(valid, "A <b>bold</b> claim.\n\nTwo."), "x/fr.md", "fr")).toThrow(
      'x/fr.md: Raw HTML is not supported, found "<b>"',
    );
  });

  it("names every wrong or unknown field with its file", () => {
    const broken = valid.replace("slug: un-titre", "slug: Un Titre").concat("\nauthor: someone");
    expect(() => compileEssayText(md(broken, "One.\n\nTwo."), "x/fr.md", "fr")).toThrow(/x\/fr\.md: slug: .*kebab/);
    expect(() => compileEssayText(md(broken, "One.\n\nTwo."), "x/fr.md", "fr")).toThrow(/x\/fr\.md: .*author/);
  });
});

describe("compileAuthor", () => {
  it("reads the bio paragraphs", () => {
    expect(compileAuthor(md(bio, "Bio."), "x/author/fr.md", "fr").bio).toEqual(["Bio."]);
  });
});

describe("compilePublication", () => {
  const essay = (date: string, slug: string) => ({
    "essay.yml": `original: fr\ndate: ${date}\n`,
    "fr.md": md(valid.replace("un-titre", slug), "One.\n\nTwo."),
  });
  const publication = (essays: Record<string, Record<string, string>>, extra: Record<string, string> = {}) =>
    folder({
      "author/fr.md": md(bio, "Bio."),
      ...Object.fromEntries(
        Object.entries(essays).flatMap(([id, files]) =>
          Object.entries(files).map(([name, text]) => [`essays/${id}/${name}`, text]),
        ),
      ),
      ...extra,
    });

  it("reads every essay folder, newest first, with its languages and the original first", () => {
    const dir = publication({ older: essay("2017-01-01", "older"), newer: essay("2020-05-05", "newer") });
    const { essays, authors } = compilePublication(dir);
    expect(essays.map((e) => e.id)).toEqual(["newer", "older"]);
    expect(essays[0]?.languages).toEqual(["fr"]);
    expect(authors.fr?.slug).toBe("auteur");
  });

  it("names the file and field of a bad essay.yml, and a missing original", () => {
    const badDate = publication({
      one: { ...essay("2017-01-01", "one"), "essay.yml": "original: fr\ndate: 22.8.2017\n" },
    });
    expect(() => compilePublication(badDate)).toThrow(/essays\/one\/essay\.yml: date: /);
    const noOriginal = publication({
      one: { ...essay("2017-01-01", "one"), "essay.yml": "original: de\ndate: 2017-01-01\n" },
    });
    expect(() => compilePublication(noOriginal)).toThrow(
      /essays\/one\/essay\.yml: original: "de", but there is no de\.md/,
    );
  });

  it("refuses a slug used twice in a language, or taken by a page of the site", () => {
    const twice = publication({ one: essay("2017-01-01", "same"), two: essay("2018-01-01", "same") });
    expect(() => compilePublication(twice)).toThrow(/slug: "same" is also the slug of/);
    const taken = publication({ one: essay("2017-01-01", "auteur") });
    expect(() => compilePublication(taken)).toThrow(/slug: "auteur" is taken by a page of the site/);
    const reserved = publication({ one: essay("2017-01-01", "page") });
    expect(() => compilePublication(reserved, () => ["page"])).toThrow(/"page" is taken/);
  });

  it("compiles a translation that lags its original, in the original's order, with each paragraph's state", () => {
    const dir = publication({
      one: {
        ...essay("2017-01-01", "one"),
        "de.md": md(valid.replace("[first, second]", "[second, gone]"), "Zwei.\n\nWeg."),
      },
    });
    const text = compilePublication(dir).essays[0]?.texts.de;
    // Never stamped: nothing claims the original changed, but nothing proves it current either.
    expect(text?.freshness?.paragraphs.map((p) => `${p.id}:${p.state}`)).toEqual([
      "first:missing",
      "second:stale",
      "gone:orphaned",
    ]);
    expect(text?.paragraphs).toEqual([
      { type: "paragraph", id: "first", content: [{ type: "text", text: "One." }], freshness: "missing", lang: "fr" },
      { type: "paragraph", id: "second", content: [{ type: "text", text: "Zwei." }] },
    ]);
  });
});
