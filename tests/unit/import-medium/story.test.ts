import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Inline } from "../../../src/content/blocks.ts";
import { readStory, slugify, type Story } from "../../../scripts/import-medium/story.ts";
import { fixturePosts } from "../../fixtures/medium/fixture-archive.ts";

// A story in Medium's export format around the given grafs (one section per string).
function medium(
  sections: string[],
  { title = "A Title", footer = publishedFooter, subtitle = "A subtitle" } = {},
): string {
  const body = sections
    .map(
      (grafs, index) =>
        `<section name="s${index}" class="section section--body"><div class="section-divider"><hr class="section-divider"></div>` +
        `<div class="section-content"><div class="section-inner sectionLayout--insetColumn">${grafs}</div></div></section>`,
    )
    .join("");
  return `<!DOCTYPE html><html><head><title>${title}</title></head><body><article class="h-entry">
<header><h1 class="p-name">${title}</h1></header>
<section data-field="subtitle" class="p-summary">${subtitle}</section>
<section data-field="body" class="e-content">${body}</section>
<footer>${footer}<p>Exported from <a href="https://medium.com">Medium</a> on November 28, 2026.</p></footer>
</article></body></html>`;
}
const publishedFooter =
  '<p>By <a class="p-author h-card" href="https://medium.com/@me">me</a> on <a href="https://medium.com/p/abcdef123456"><time class="dt-published" datetime="2021-06-01T22:30:00.000Z">June 1, 2021</time></a>.</p>' +
  '<p>Tags: <a href="https://medium.com/tag/a" class="p-tag">Essays</a></p>' +
  '<p><a href="https://medium.com/@me/a-title-abcdef123456" class="p-canonical">Canonical link</a></p>';
const titleGraf = '<h3 name="t1" class="graf graf--h3 graf--leading graf--title">A Title</h3>';
const file = "posts/2021-06-01_A-Title-abcdef123456.html";

const story = (grafs: string, options = {}): Story => {
  const result = readStory(medium([titleGraf + grafs], options), file);
  if (result.kind !== "story") throw new Error(`skipped: ${result.reason}`);
  return result;
};
const blocks = (grafs: string): Block[] => story(grafs).blocks;
const inlines = (html: string): Inline[] => {
  const [block] = blocks(`<p name="p1" class="graf graf--p">${html}</p>`);
  if (block?.type !== "paragraph") throw new Error("not a paragraph");
  return block.content;
};
const text = (value: string): Inline => ({ type: "text", text: value });

describe("grafs", () => {
  it("reads the story's title, date, tags and Medium address; the title and subtitle grafs are not repeated", () => {
    const result = story(
      '<h4 name="t2" class="graf graf--h4 graf--subtitle">A subtitle</h4><p name="a1b2" class="graf graf--p">Text.</p>',
    );
    expect(result).toMatchObject({
      title: "A Title",
      subtitle: "A subtitle",
      date: "2021-06-01",
      dateFrom: "published",
      tags: ["Essays"],
      url: "https://medium.com/@me/a-title-abcdef123456",
      mediumId: "abcdef123456",
      slug: "a-title",
    });
    expect(result.blocks).toEqual([{ type: "paragraph", id: "p-a1b2", content: [text("Text.")] }]);
  });

  it("gives each block an id from Medium's graf name, and one from its text where there is none", () => {
    const [named, unnamed, again] = blocks(
      '<p name="Ab12" class="graf graf--p">One.</p><p class="graf graf--p">Two.</p><p class="graf graf--p">Two.</p>',
    );
    expect(named?.id).toBe("p-ab12");
    expect(unnamed?.id).toMatch(/^p-[0-9a-f]{6}$/);
    expect(again?.id).toBe(`${unnamed?.id}-2`);
  });

  it("reads h3 as a level-2 and h4 as a level-3 heading", () => {
    expect(blocks('<h3 name="h1" class="graf graf--h3">Part</h3><h4 name="h2" class="graf graf--h4">Sub</h4>')).toEqual(
      [
        { type: "heading", id: "p-h1", level: 2, content: [text("Part")] },
        { type: "heading", id: "p-h2", level: 3, content: [text("Sub")] },
      ],
    );
  });

  it("reads a figure with its image, size, alt text and caption", () => {
    const result = story(
      '<figure name="f1" class="graf graf--figure"><img class="graf-image" data-image-id="1*x.png" data-width="1600" data-height="900" alt="A desk" src="https://cdn-images-1.medium.com/max/800/1*x.png">' +
        '<figcaption class="imageCaption">Photo by <a href="https://example.org/" class="markup--anchor">Jo</a></figcaption></figure>',
    );
    expect(result.blocks).toEqual([
      {
        type: "figure",
        id: "p-f1",
        src: "https://cdn-images-1.medium.com/max/800/1*x.png",
        alt: "A desk",
        width: 1600,
        height: 900,
        caption: [text("Photo by "), { type: "link", href: "https://example.org/", children: [text("Jo")] }],
      },
    ]);
    expect(result.images).toEqual([
      {
        block: "p-f1",
        url: "https://cdn-images-1.medium.com/max/800/1*x.png",
        imageId: "1*x.png",
        width: 1600,
        height: 900,
      },
    ]);
  });

  it("reads a row of images as one figure each, the caption with the last", () => {
    const img = (id: string) =>
      `<img class="graf-image" data-image-id="${id}" data-width="10" data-height="10" alt="" src="https://cdn-images-1.medium.com/max/800/${id}">`;
    const result = blocks(
      `<figure name="f2" class="graf graf--figure graf--layoutOutsetRow">${img("a.png")}${img("b.png")}<figcaption class="imageCaption">Both</figcaption></figure>`,
    );
    expect(result.map((block) => [block.type, block.id, block.type === "figure" && (block.caption ?? false)])).toEqual([
      ["figure", "p-f2", false],
      ["figure", expect.stringMatching(/^p-[0-9a-f]{6}$/), [text("Both")]],
    ]);
  });

  it("reads unordered and ordered lists, the list's id from its first item", () => {
    expect(
      blocks(
        '<ul class="postList"><li name="l1" class="graf graf--li">One</li><li name="l2" class="graf graf--li">Two</li></ul>' +
          '<ol class="postList"><li name="l3" class="graf graf--li">First</li></ol>',
      ),
    ).toEqual([
      { type: "list", id: "p-l1", ordered: false, items: [[text("One")], [text("Two")]] },
      { type: "list", id: "p-l3", ordered: true, items: [[text("First")]] },
    ]);
  });

  it("reads block quotes and pull quotes", () => {
    expect(
      blocks(
        '<blockquote name="q1" class="graf graf--blockquote">Said.</blockquote><blockquote name="q2" class="graf graf--pullquote">Pulled.</blockquote>',
      ),
    ).toEqual([
      { type: "blockquote", id: "p-q1", paragraphs: [[text("Said.")]] },
      { type: "pullquote", id: "p-q2", content: [text("Pulled.")] },
    ]);
  });

  it("reads a code block verbatim, its lines and language", () => {
    expect(
      blocks(
        '<pre name="c1" class="graf graf--pre" data-code-block-lang="js"><span class="pre--content">if (a &lt; b) {<br>  go(*x*);<br>}</span></pre>',
      ),
    ).toEqual([{ type: "code", id: "p-c1", language: "js", text: "if (a < b) {\n  go(*x*);\n}" }]);
  });

  it("reads the divider between sections as a section break, with the section's name", () => {
    const result = readStory(
      medium([`${titleGraf}<p name="a" class="graf graf--p">One.</p>`, '<p name="b" class="graf graf--p">Two.</p>']),
      file,
    );
    expect(result.kind === "story" && result.blocks.map((block) => [block.type, block.id])).toEqual([
      ["paragraph", "p-a"],
      ["section-break", "p-s1"],
      ["paragraph", "p-b"],
    ]);
  });

  it("turns a link preview and an embed into a link, and says so", () => {
    const result = story(
      '<div name="m1" class="graf graf--mixtapeEmbed"><a href="https://example.org/story" class="markup--anchor markup--mixtapeEmbed-anchor"><strong class="markup--strong">A story</strong><br><em class="markup--em">About things</em>example.org</a></div>' +
        '<figure name="v1" class="graf graf--figure graf--iframe"><iframe src="https://www.youtube.com/embed/abc" width="700" height="393"></iframe><figcaption class="imageCaption">A talk</figcaption></figure>',
    );
    expect(result.blocks).toEqual([
      {
        type: "paragraph",
        id: "p-m1",
        content: [
          { type: "link", href: "https://example.org/story", children: [text("A story")] },
          text(" – About things"),
        ],
      },
      {
        type: "paragraph",
        id: "p-v1",
        content: [
          {
            type: "link",
            href: "https://www.youtube.com/embed/abc",
            children: [text("https://www.youtube.com/embed/abc")],
          },
          text(" – A talk"),
        ],
      },
    ]);
    expect(result.notes).toEqual([
      "link preview https://example.org/story became a link (block p-m1)",
      "embed https://www.youtube.com/embed/abc became a link (block p-v1)",
    ]);
  });

  it("stops at a kind of graf it does not know, naming the file and the graf", () => {
    expect(() => blocks('<aside name="z9" class="graf graf--aside">?</aside>')).toThrow(
      `${file}: unknown kind of paragraph <aside class="graf--aside" name="z9">: "?"`,
    );
  });
});

describe("inline markup", () => {
  it("reads emphasis, strong, links and code, nested", () => {
    expect(
      inlines(
        'A <em class="markup--em">b</em> <strong class="markup--strong">c <em class="markup--em">d</em></strong> <a href="https://example.org/" class="markup--anchor">e</a> <code class="markup--code">f()</code>',
      ),
    ).toEqual([
      text("A "),
      { type: "em", children: [text("b")] },
      text(" "),
      { type: "strong", children: [text("c "), { type: "em", children: [text("d")] }] },
      text(" "),
      { type: "link", href: "https://example.org/", children: [text("e")] },
      text(" "),
      { type: "code", text: "f()" },
    ]);
  });

  it("moves spaces out of a mark's edges, merges marks in a row and drops empty ones", () => {
    expect(inlines('a<em class="markup--em"> b </em>c<strong></strong> <em>d</em><em>e</em>')).toEqual([
      text("a "),
      { type: "em", children: [text("b")] },
      text(" c "),
      { type: "em", children: [text("de")] },
    ]);
  });

  it("makes links relative to the story on Medium absolute", () => {
    expect(inlines('<a href="/@someone" class="markup--user-anchor">Someone</a>')).toEqual([
      { type: "link", href: "https://medium.com/@someone", children: [text("Someone")] },
    ]);
  });

  it("reads Shift+Enter line breaks, without the spaces around them", () => {
    expect(inlines("<br>One line, <br> the next<br>")).toEqual([
      text("One line,"),
      { type: "break" },
      text("the next"),
    ]);
  });

  it("keeps the text of highlights and other spans, and decodes entities", () => {
    expect(inlines('<span class="markup--quote">highlighted</span> &amp; &lt;b&gt; a\n  b')).toEqual([
      text("highlighted & <b> a b"),
    ]);
  });

  it("refuses an image inside a line of text, naming the file", () => {
    expect(() => inlines('Look <img src="https://x.org/a.png">')).toThrow(
      `${file}: <p class="graf--p" name="p1"> has an image inside a line of text`,
    );
  });
});

describe("skip rules", () => {
  it("skips a draft by its file name", () => {
    const draft = readFileSync(join(fixturePosts, "draft_Half-Finished-Thoughts-77aa88bb99cc.html"), "utf8");
    expect(readStory(draft, "posts/draft_Half-Finished-Thoughts-77aa88bb99cc.html")).toMatchObject({
      kind: "skipped",
      title: "Half-Finished Thoughts",
      reason: "draft: never published on Medium",
    });
  });

  it("skips a response: no title heading, named after its first words", () => {
    const name = "2019-04-01_Great-point-about-budgets-1234abcd5678.html";
    expect(readStory(readFileSync(join(fixturePosts, name), "utf8"), name)).toMatchObject({
      kind: "skipped",
      reason: "response: no title heading, and named after its first words",
    });
  });

  it("skips a response by Ghost's rule: no title heading, one paragraph, no image", () => {
    const response = medium(['<p name="r" class="graf graf--p">Thanks, I agree with every word of this.</p>'], {
      title: "Something else",
    });
    expect(readStory(response, file)).toMatchObject({
      kind: "skipped",
      reason: "response: no title heading, one paragraph and no image",
    });
  });

  it("imports a story without a title heading when it is longer than a response", () => {
    const longer = medium(['<p name="r" class="graf graf--p">First.</p><p name="s" class="graf graf--p">Second.</p>'], {
      title: "A story",
    });
    expect(readStory(longer, file).kind).toBe("story");
  });

  it("takes the date of a published story without dt-published from its file name, and says where it came from", () => {
    const noDate = medium([`${titleGraf}<p name="a" class="graf graf--p">Text.</p>`], {
      footer: '<p><a href="https://medium.com/@me/a-title-abcdef123456" class="p-canonical">Canonical link</a></p>',
    });
    expect(readStory(noDate, "posts/2018-05-02_A-Title-abcdef123456.html")).toMatchObject({
      date: "2018-05-02",
      dateFrom: "file name",
    });
  });
});

describe("errors name the file", () => {
  it("not a Medium export", () => {
    expect(() => readStory("<html><body><p>Hello</p></body></html>", "posts/x.html")).toThrow(
      /^posts\/x\.html: not a Medium export/,
    );
  });

  it("a story without a title", () => {
    expect(() => story('<p name="a" class="graf graf--p">Text.</p>', { title: "" })).toThrow(
      `${file}: the story has no title`,
    );
  });

  it("a story without a body", () => {
    expect(() => story("")).toThrow(`${file}: "A Title" has no body`);
  });
});

describe("slugify", () => {
  it("makes an ASCII address, German letters spelled out", () => {
    expect(slugify("Über Größe & Maß — 2017")).toBe("ueber-groesse-mass-2017");
    expect(slugify("2017 in review")).toBe("n2017-in-review");
  });
});
