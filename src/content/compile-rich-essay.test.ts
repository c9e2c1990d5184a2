import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compileEssay } from "./compile-content.ts";
import { blockSource, fingerprint } from "./paragraph-fingerprint.ts";

// An essay folder with rich text: blocks with the front matter's ids, images measured and given their built address,
// the importer's record accepted in essay.yml, and a translation held to the original's blocks.

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

  it("holds a translation to the original's blocks of every kind: read in the original's order, a revised one stale", () => {
    writeFileSync(join(folder, "essay.yml"), yml);
    const original = (heading: string) =>
      md(["h", "p", "l", "f"], `## ${heading}\n\nText.\n\n- one\n- two\n\n![A photo](photo.png)\nIts caption`);
    writeFileSync(join(folder, "en.md"), original("Part"));
    writeFileSync(
      join(folder, "de.md"),
      md(
        ["p", "h", "l", "f"],
        "Text.\n\n## Teil\n\n- eins\n- zwei\n\n![Ein Foto](photo.png)\nDie Unterschrift",
        "Ein Titel",
      ),
    );
    const stamp = (record: ReturnType<typeof compileEssay>) =>
      Object.fromEntries(record.texts.en!.paragraphs.map((block) => [block.id, fingerprint(blockSource(block))]));
    const sources = stamp(compileEssay(folder, "essays/a-title"));
    const de = readFileSync(join(folder, "de.md"), "utf8");
    writeFileSync(
      join(folder, "de.md"),
      de.replace(
        "slug:",
        `sources:\n${Object.entries(sources)
          .map(([id, f]) => `  ${id}: "${f}"`)
          .join("\n")}\nslug:`,
      ),
    );
    expect(compileEssay(folder, "essays/a-title").texts.de!.freshness!.counts).toMatchObject({ current: 4, stale: 0 });

    writeFileSync(join(folder, "en.md"), original("Part one"));
    const text = compileEssay(folder, "essays/a-title").texts.de!;
    expect(text.paragraphs.map((block) => [block.type, block.id, block.freshness])).toEqual([
      ["heading", "h", "stale"],
      ["paragraph", "p", undefined],
      ["list", "l", undefined],
      ["figure", "f", undefined],
    ]);
    expect(text.freshness?.orderDiffers).toBe(true);
  });
});
