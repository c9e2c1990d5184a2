import { Fragment, type ReactNode } from "react";
import type { Block, Inline } from "../content/blocks.ts";

// Renders the tree that content compiles to (content/blocks.ts) as React elements: no HTML from content is ever
// injected, so a stray `<script>` in an essay can only ever be text. Kept small: it is part of every first load
// (which is also why the stylesheet, not a class, styles `pre` and `hr`).

/** A run of inline text (a function, not a component: it has no state, and every element it returns has a key). */
export function richInline(content: readonly Inline[]): ReactNode {
  return content.map((node, index) => {
    if (node.type === "text") return node.text;
    if (node.type === "break") return <br key={index} />;
    if (node.type === "code")
      return (
        <code key={index} translate="no">
          {node.text}
        </code>
      );
    // A link that leaves the site sends no referrer, and a tab it opens gets no `window.opener` (as ExternalLink).
    if (node.type === "link")
      return (
        <a key={index} href={node.href} rel={node.href.includes("//") ? "noopener noreferrer external" : undefined}>
          {richInline(node.children)}
        </a>
      );
    const Mark = node.type;
    return <Mark key={index}>{richInline(node.children)}</Mark>;
  });
}

/**
 * One block as an element (a function, like richInline). `anchored`: its id on its outermost element, which makes it
 * the target of paragraph links, resume and show-original (left out for a second copy, such as a revealed original),
 * and with it the block's own `lang` where it differs from the page's (a translation's block shown in the original).
 */
export function richBlock(block: Block & { lang?: string | undefined }, anchored?: boolean): ReactNode {
  const a = anchored && { id: block.id, "data-paragraph": block.id, tabIndex: -1, lang: block.lang };
  switch (block.type) {
    case "paragraph":
    case "heading": {
      const Tag = block.type === "heading" ? (`h${block.level}` as const) : "p";
      return <Tag {...a}>{richInline(block.content)}</Tag>;
    }
    case "blockquote":
    case "pullquote": {
      const pull = block.type === "pullquote";
      return (
        <blockquote {...a} className={block.type}>
          {(pull ? [block.content] : block.paragraphs).map((paragraph, index) => (
            <p key={index}>{richInline(paragraph)}</p>
          ))}
        </blockquote>
      );
    }
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List {...a} start={block.start}>
          {block.items.map((item, index) => (
            <li key={index}>{richInline(item)}</li>
          ))}
        </List>
      );
    }
    case "code":
      return (
        <pre {...a} translate="no">
          <code>{block.text}</code>
        </pre>
      );
    case "figure":
      return (
        <figure {...a}>
          <img src={block.src} alt={block.alt} width={block.width} height={block.height} loading="lazy" />
          {block.caption && <figcaption>{richInline(block.caption)}</figcaption>}
        </figure>
      );
    case "section-break":
      return <hr {...a} />;
  }
}

/** A whole body, every block with its id. */
export function RichText({ blocks }: { blocks: readonly Block[] }) {
  return blocks.map((block) => <Fragment key={block.id}>{richBlock(block, true)}</Fragment>);
}
