import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compileEssay } from "./compile-content.ts";

// An essay folder with rich text: blocks with the front matter's ids, images measured and given their built address,
// the importer's record accepted in essay.yml, and the same block ids required of a translation.

let folder: string;
const png = readFileSync(join(import.meta.dirname, "../../public/apple-touch-icon.png"));
const yml = "original: en\ndate: 2019-03-14\n";
const md = (ids: string[], body: string, title = "A title") =>
  `---\ntitle: ${title}\ndescription: A description long enough for the schema of the content, fifty characters.\nslug: a-title\nparagraphs: [${ids.join(", ")}]\n---\n\n${body}\n`;

beforeEach(() => {
  folder = join(mkdtempSync(join(tmpdir(), "rich-essay-")), "a-title");
  mkdirSync(folder);
  writeFileSync(join(folder, "photo.png"), png);
});
afterEach(() => rmSync(join(folder, ".."), { recursive: true, force: true }));

describe("compileEssay with rich text", () => {
  it("compiles every block with its id, measures a local image and counts the words read", () => {
    writeFileSync(join(folder, "essay.yml"), yml);
    writeFileSync(
      join(folder, "en.md"),
      md(["h", "p", "f"], "## Part one\n\nSome *words* here.\n\n![A photo](photo.png)\nIts caption"),
    );
    const essay = compileEssay(folder, "essays/a-title", "/essay/");
    const text = essay.texts.en!;
    expect(text.paragraphs.map((block) => [block.type, block.id])).toEqual([
      ["heading", "h"],
      ["paragraph", "p"],
      ["figure", "f"],
    ]);
    const figure = text.paragraphs[2]!;
    expect(figure.type === "figure" && [figure.width, figure.height]).toEqual([180, 180]);
    expect(figure.type === "figure" && figure.src).toMatch(/^\/essay\/assets\/media\/photo-[0-9a-f]{10}\.png$/);
    expect(essay.media).toEqual([{ from: join(folder, "photo.png"), to: (figure as { src: string }).src.slice(7) }]);
    expect(text.words).toBe(7);
  });

  it("accepts the importer's record in essay.yml, and refuses a malformed one naming the field", () => {
    const record = `imported:\n  from: medium\n  story: 8c2d4e6f8a0b\n  file: en.md\n  sha256: ${"a".repeat(64)}\n`;
    writeFileSync(join(folder, "essay.yml"), yml + record);
    writeFileSync(join(folder, "en.md"), md(["p"], "Text."));
    expect(compileEssay(folder, "essays/a-title").imported).toMatchObject({ from: "medium", story: "8c2d4e6f8a0b" });
    writeFileSync(join(folder, "essay.yml"), `${yml}imported:\n  from: ghost\n`);
    expect(() => compileEssay(folder, "essays/a-title")).toThrow(/essays\/a-title\/essay\.yml: imported\.from/);
  });

  it("refuses raw HTML in an essay, naming the file", () => {
    writeFileSync(join(folder, "essay.yml"), yml);
    writeFileSync(join(folder, "en.md"), md(["p"], "<script>alert(1)</script>"));
    expect(() => compileEssay(folder, "essays/a-title")).toThrow("essays/a-title/en.md: Raw HTML is not supported");
  });

  it("requires a translation to have the original's blocks, by id and in order", () => {
    writeFileSync(join(folder, "essay.yml"), yml);
    writeFileSync(join(folder, "en.md"), md(["h", "p"], "## Part\n\nText."));
    writeFileSync(join(folder, "de.md"), md(["p", "h"], "Text.\n\n## Teil", "Ein Titel"));
    expect(() => compileEssay(folder, "essays/a-title")).toThrow(
      /essays\/a-title\/de\.md: paragraphs: the ids must be those of en\.md/,
    );
  });
});
