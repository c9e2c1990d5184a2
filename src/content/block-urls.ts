import type { Block, Inline } from "./blocks.ts";

// Text that leaves the page (a feed entry, a Markdown copy, an imported story) must not carry addresses relative to
// where it came from: every link and image is resolved against `base`.

const resolve = (href: string, base: string) => (/^[a-z][a-z0-9+.-]*:/i.test(href) ? href : new URL(href, base).href);

function inlines(content: readonly Inline[], base: string): Inline[] {
  return content.map((inline) => {
    if (inline.type === "link")
      return { ...inline, href: resolve(inline.href, base), children: inlines(inline.children, base) };
    if (inline.type === "em" || inline.type === "strong")
      return { ...inline, children: inlines(inline.children, base) };
    return inline;
  });
}

export function withAbsoluteUrls(blocks: readonly Block[], base: string): Block[] {
  return blocks.map((block): Block => {
    switch (block.type) {
      case "paragraph":
      case "heading":
      case "pullquote":
        return { ...block, content: inlines(block.content, base) };
      case "blockquote":
        return { ...block, paragraphs: block.paragraphs.map((paragraph) => inlines(paragraph, base)) };
      case "list":
        return { ...block, items: block.items.map((item) => inlines(item, base)) };
      case "figure":
        return {
          ...block,
          src: resolve(block.src, base),
          ...(block.caption && { caption: inlines(block.caption, base) }),
        };
      default:
        return block;
    }
  });
}
