import { describe, expect, it } from "vitest";
import type { Block, Inline } from "./blocks.ts";
import { blockText, compileRichText, countWords } from "./rich-text.ts";
import { toMarkdown } from "./rich-text-markdown.ts";

const file = "/content/essays/x/en.md";
const one = (markdown: string, options = {}): Block => {
  const [block, ...rest] = compileRichText(markdown, ["only"], file, options);
  expect(rest).toEqual([]);
  return block!;
};
const text = (value: string): Inline => ({ type: "text", text: value });

describe("compileRichText: blocks", () => {
  it("gives every top-level block the id at its position", () => {
    const blocks = compileRichText("One.\n\n## Two\n\n---\n\nFour.", ["a", "b", "c", "d"], file);
    expect(blocks.map((block) => [block.type, block.id])).toEqual([
      ["paragraph", "a"],
      ["heading", "b"],
      ["section-break", "c"],
      ["paragraph", "d"],
    ]);
  });

  it("refuses a block count that does not match the ids, naming the file", () => {
    expect(() => compileRichText("One.\n\nTwo.", ["a"], file)).toThrow(
      `${file}: paragraphs: 2 blocks in the text, but 1 ids`,
    );
  });

  it("reads a paragraph, joining wrapped lines", () => {
    expect(one("First line\nwrapped.")).toEqual({
      type: "paragraph",
      id: "only",
      content: [text("First line wrapped.")],
    });
  });

  it("reads headings of level 2 and 3 and refuses the others", () => {
    expect(one("## Part")).toEqual({ type: "heading", id: "only", level: 2, content: [text("Part")] });
    expect(one("### Sub")).toMatchObject({ type: "heading", level: 3 });
    expect(() => one("# Title")).toThrow(/level-1 heading .*"# Title"/);
    expect(() => one("#### Deep")).toThrow(/level-4 heading/);
  });

  it("reads a block quote of several paragraphs", () => {
    expect(one("> One *a*\n>\n> Two")).toEqual({
      type: "blockquote",
      id: "only",
      paragraphs: [[text("One "), { type: "em", children: [text("a")] }], [text("Two")]],
    });
  });

  it("reads a pull quote, marked by [!pullquote] on the quote's first line", () => {
    expect(one("> [!pullquote]\n> Less is **more**.")).toEqual({
      type: "pullquote",
      id: "only",
      content: [text("Less is "), { type: "strong", children: [text("more")] }, text(".")],
    });
    expect(() => one("> [!pullquote]\n> One\n>\n> Two")).toThrow(/pull quote other than one paragraph/);
  });

  it("reads unordered and ordered lists with inline content", () => {
    expect(one("- one\n- `two`")).toEqual({
      type: "list",
      id: "only",
      ordered: false,
      items: [[text("one")], [{ type: "code", text: "two" }]],
    });
    expect(one("3. three\n4. four")).toEqual({
      type: "list",
      id: "only",
      ordered: true,
      start: 3,
      items: [[text("three")], [text("four")]],
    });
    expect(() => one("- one\n  - nested")).toThrow(/list item with more than one paragraph/);
  });

  it("reads a code block with and without a language, verbatim", () => {
    expect(one("```ts\nconst a = b < c && *d*;\n```")).toEqual({
      type: "code",
      id: "only",
      language: "ts",
      text: "const a = b < c && *d*;",
    });
    expect(one("```\nplain\n```")).toEqual({ type: "code", id: "only", text: "plain" });
  });

  it("reads a figure: an image alone in its paragraph, its size, and a caption on the following lines", () => {
    expect(one("![A desk](desk.jpg){width=1600 height=900}\nPhoto by [Jo](https://example.org/jo)")).toEqual({
      type: "figure",
      id: "only",
      src: "desk.jpg",
      alt: "A desk",
      width: 1600,
      height: 900,
      caption: [text("Photo by "), { type: "link", href: "https://example.org/jo", children: [text("Jo")] }],
    });
  });

  it("measures an image written without a size, and refuses one it cannot measure", () => {
    const measureImage = (src: string) => (src === "known.png" ? { width: 40, height: 30 } : undefined);
    expect(one("![Known](known.png)", { measureImage })).toMatchObject({ width: 40, height: 30 });
    expect(() => one("![Unknown](unknown.png)", { measureImage })).toThrow(
      `${file}: the image unknown.png has no size: write {width=… height=…} after it`,
    );
  });

  it("refuses images outside the essay's folder, on plain http, or inside a line of text", () => {
    expect(() => one("![x](../other/x.png){width=1 height=1}")).toThrow(/a file in the essay's folder/);
    expect(() => one("![x](http://example.org/x.png){width=1 height=1}")).toThrow(/an https address/);
    expect(() => one("Look: ![x](x.png)")).toThrow(/image inside a line of text/);
    expect(() => one("![x](x.png){width=1 height=1} and more")).toThrow(/anything but \{width/);
  });

  it("reads a thematic break as a section break", () => {
    expect(one("***")).toEqual({ type: "section-break", id: "only" });
  });

  it("refuses raw HTML and a title-level heading, naming the file and what it found", () => {
    expect(() => one("<div>hi</div>")).toThrow(`${file}: Raw HTML is not supported, found "<div>hi</div>"`);
    expect(() => one("Some <b>bold</b> text")).toThrow(`${file}: Raw HTML is not supported, found "<b>"`);
    expect(() => one("Setext\n===")).toThrow(/level-1 heading/);
    expect(one("Setext\n---")).toMatchObject({ type: "heading", level: 2 });
    expect(one("    indented code")).toEqual({ type: "code", id: "only", text: "indented code" });
  });
});

describe("compileRichText: inlines", () => {
  const content = (markdown: string) => (one(markdown) as Extract<Block, { type: "paragraph" }>).content;

  it("reads emphasis, strong, inline code and nesting", () => {
    expect(content("*a* **b** `c<d>` **e *f***")).toEqual([
      { type: "em", children: [text("a")] },
      text(" "),
      { type: "strong", children: [text("b")] },
      text(" "),
      { type: "code", text: "c<d>" },
      text(" "),
      { type: "strong", children: [text("e "), { type: "em", children: [text("f")] }] },
    ]);
  });

  it("reads links, keeping their address, and refuses addresses that would run script", () => {
    expect(content("[home](/en/) and <https://example.org/>")).toEqual([
      { type: "link", href: "/en/", children: [text("home")] },
      text(" and "),
      { type: "link", href: "https://example.org/", children: [text("https://example.org/")] },
    ]);
    expect(() => content("[x](javascript:alert(1))")).toThrow(/a link to javascript: is not allowed/);
  });

  it("decodes escapes and entities into plain text, and reads hard breaks", () => {
    expect(content("a \\*b\\* &amp; &auml;\\\nnext")).toEqual([text("a *b* & ä"), { type: "break" }, text("next")]);
  });

  it("leaves bare addresses as text (CommonMark, not GitHub's autolinks)", () => {
    expect(content("see www.example.org")).toEqual([text("see www.example.org")]);
  });
});

describe("blockText and countWords", () => {
  it("counts the words a reader reads in every kind of block", () => {
    const blocks = compileRichText(
      "One two.\n\n## Three\n\n> Four\n\n- five\n- six\n\n![alt words](a.png){width=1 height=1}\nseven\n\n---",
      ["a", "b", "c", "d", "e", "f"],
      file,
    );
    expect(blocks.map(blockText)).toEqual(["One two.", "Three", "Four", "five\nsix", "seven", ""]);
    expect(countWords(blocks)).toBe(7);
  });
});

describe("toMarkdown", () => {
  const ids = (blocks: Block[]) => blocks.map((block) => block.id);

  it("writes every kind of block so that compiling it gives the same tree back", () => {
    const blocks: Block[] = [
      { type: "heading", id: "h", level: 2, content: [text("A "), { type: "code", text: "`tick`" }] },
      {
        type: "paragraph",
        id: "p",
        content: [
          text("1. Not a list * _ [x] <b> &amp; #1 "),
          { type: "em", children: [text("em")] },
          text(", "),
          { type: "strong", children: [text("strong "), { type: "em", children: [text("both")] }] },
          text(" "),
          { type: "strong", children: [{ type: "em", children: [text("strong emphasis")] }] },
          text(" "),
          { type: "em", children: [{ type: "strong", children: [text("emphatic strength")] }] },
          text(" "),
          { type: "link", href: "https://example.org/a b(c)", children: [text("link")] },
          { type: "break" },
          text("- not a list either"),
        ],
      },
      { type: "blockquote", id: "q", paragraphs: [[text("# quoted")], [text("second")]] },
      { type: "pullquote", id: "pq", content: [text("Pulled "), { type: "strong", children: [text("out")] }] },
      { type: "list", id: "l1", ordered: false, items: [[text("a")], [text("b"), { type: "break" }, text("c")]] },
      { type: "list", id: "l2", ordered: false, items: [[text("d")]] },
      { type: "list", id: "l3", ordered: false, items: [[text("e")]] },
      { type: "list", id: "o1", ordered: true, items: [[text("one")], [text("two")]] },
      { type: "list", id: "o2", ordered: true, start: 5, items: [[text("five")]] },
      { type: "code", id: "c", language: "md", text: "```\nfenced\n```\n  indented" },
      { type: "figure", id: "f", src: "a b.png", alt: "An *alt* [x]", width: 3, height: 2 },
      { type: "section-break", id: "s" },
      {
        type: "figure",
        id: "g",
        src: "https://cdn-images-1.medium.com/max/800/1*abc.png",
        alt: "",
        width: 800,
        height: 600,
        caption: [text("By "), { type: "link", href: "mailto:a@b.c", children: [text("A")] }],
      },
    ];
    expect(compileRichText(toMarkdown(blocks), ids(blocks), file)).toEqual(blocks);
  });

  it("leaves prose punctuation alone, escaping a `!` only where a link would make it an image", () => {
    const blocks: Block[] = [
      { type: "paragraph", id: "a", content: [text("Wow (really!) > that! 2 > 1")] },
      {
        type: "paragraph",
        id: "b",
        content: [text("Look!"), { type: "link", href: "https://example.org/", children: [text("here")] }],
      },
    ];
    const markdown = toMarkdown(blocks);
    expect(markdown).toContain("Wow (really!) > that! 2 > 1");
    expect(compileRichText(markdown, ids(blocks), file)).toEqual(blocks);
  });
});
