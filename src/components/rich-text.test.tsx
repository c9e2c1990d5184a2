import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Block, Inline } from "../content/blocks.ts";
import { compileRichText } from "../content/rich-text.ts";
import { richBlock, RichText } from "./rich-text.tsx";

const text = (value: string): Inline => ({ type: "text", text: value });
const show = (blocks: Block[]) => render(<RichText blocks={blocks} />).container;

describe("RichText", () => {
  it("renders a paragraph with emphasis, strong, inline code and a line break", () => {
    const container = show([
      {
        type: "paragraph",
        id: "p",
        content: [
          { type: "em", children: [text("soft")] },
          text(" and "),
          { type: "strong", children: [text("bold")] },
          { type: "break" },
          { type: "code", text: "npm test" },
        ],
      },
    ]);
    const paragraph = container.querySelector("p#p")!;
    expect(paragraph).toHaveAttribute("data-paragraph", "p");
    expect(paragraph.innerHTML).toBe('<em>soft</em> and <strong>bold</strong><br><code translate="no">npm test</code>');
  });

  it("sends no referrer and no opener to external links, and keeps the site's own links plain", () => {
    show([
      {
        type: "paragraph",
        id: "p",
        content: [
          { type: "link", href: "https://example.org/", children: [text("elsewhere")] },
          { type: "link", href: "/en/author/", children: [text("home")] },
        ],
      },
    ]);
    expect(screen.getByRole("link", { name: "elsewhere" })).toHaveAttribute("rel", "noopener noreferrer external");
    expect(screen.getByRole("link", { name: "home" })).not.toHaveAttribute("rel");
  });

  it("renders headings at levels 2 and 3", () => {
    show([
      { type: "heading", id: "h2", level: 2, content: [text("Part")] },
      { type: "heading", id: "h3", level: 3, content: [text("Section")] },
    ]);
    expect(screen.getByRole("heading", { level: 2, name: "Part" })).toHaveAttribute("id", "h2");
    expect(screen.getByRole("heading", { level: 3, name: "Section" })).toHaveAttribute("id", "h3");
  });

  it("renders a block quote with its paragraphs, and a pull quote apart from it", () => {
    const container = show([
      { type: "blockquote", id: "q", paragraphs: [[text("One")], [text("Two")]] },
      { type: "pullquote", id: "pq", content: [text("Pulled")] },
    ]);
    expect(container.querySelectorAll("blockquote#q > p")).toHaveLength(2);
    expect(container.querySelector("blockquote#pq")).toHaveClass("pullquote");
    expect(container.querySelector("blockquote#pq")).toHaveTextContent("Pulled");
  });

  it("renders ordered and unordered lists with their items", () => {
    show([
      { type: "list", id: "u", ordered: false, items: [[text("a")], [text("b")]] },
      { type: "list", id: "o", ordered: true, start: 3, items: [[text("c")]] },
    ]);
    const [unordered, ordered] = screen.getAllByRole("list");
    expect(
      within(unordered!)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["a", "b"]);
    expect(ordered!.tagName).toBe("OL");
    expect(ordered).toHaveAttribute("start", "3");
  });

  it("renders a code block verbatim, not for translation", () => {
    const container = show([{ type: "code", id: "c", language: "ts", text: "if (a < b) {\n  go();\n}" }]);
    const pre = container.querySelector("pre#c")!;
    expect(pre).toHaveAttribute("translate", "no");
    expect(pre.textContent).toBe("if (a < b) {\n  go();\n}");
  });

  it("renders a figure with its size (no layout shift) and caption", () => {
    show([
      {
        type: "figure",
        id: "f",
        src: "/assets/desk.jpg",
        alt: "A desk by a window",
        width: 1600,
        height: 900,
        caption: [text("Photo: "), { type: "em", children: [text("mine")] }],
      },
    ]);
    const figure = screen.getByRole("figure");
    expect(figure.querySelector("figcaption")).toHaveTextContent("Photo: mine");
    const image = within(figure).getByRole("img", { name: "A desk by a window" });
    expect(image).toHaveAttribute("width", "1600");
    expect(image).toHaveAttribute("height", "900");
    expect(image).toHaveAttribute("src", "/assets/desk.jpg");
  });

  it("renders a section break as a separator", () => {
    show([{ type: "section-break", id: "s" }]);
    expect(screen.getByRole("separator")).toHaveAttribute("id", "s");
  });

  it("shows markup in content as text, never as HTML", () => {
    const blocks = compileRichText("A \\<script>alert(1)\\</script> and `<img src=x onerror=alert(1)>`", ["p"], "x.md");
    const container = show(blocks);
    expect(container.querySelector("script, img")).toBeNull();
    expect(container).toHaveTextContent("A <script>alert(1)</script> and <img src=x onerror=alert(1)>");
  });

  it("renders a block without its id when it is a second copy", () => {
    const { container } = render(<>{richBlock({ type: "paragraph", id: "p", content: [text("Copy")] })}</>);
    expect(container.querySelector("p")).not.toHaveAttribute("id");
  });
});
