import type { ReactNode } from "react";
import type { Block, Inline } from "../content/blocks.ts";

// Renders the tree that content compiles to (content/blocks.ts) as React elements: no HTML from content is ever
// injected, so a stray `<script>` in an essay can only ever be text. Kept small: it is part of every first load.

/** A link that leaves the site sends no referrer, and a tab it opens gets no `window.opener` (as ExternalLink). */
const external = (href: string) => /^https?:\/\//i.test(href) && { rel: "noopener noreferrer external" };

export function RichInline({ content }: { content: readonly Inline[] }): ReactNode {
  return content.map((node, index) => {
    switch (node.type) {
      case "text":
        return node.text;
      case "code":
        return (
          <code key={index} translate="no">
            {node.text}
          </code>
        );
      case "break":
        return <br key={index} />;
      case "link":
        return (
          <a key={index} href={node.href} {...external(node.href)}>
            <RichInline content={node.children} />
          </a>
        );
      default: {
        const Mark = node.type;
        return (
          <Mark key={index}>
            <RichInline content={node.children} />
          </Mark>
        );
      }
    }
  });
}

/** What makes a block a target of paragraph links, resume and show-original: its id on its outermost element. */
export interface BlockAnchor {
  id: string;
  "data-paragraph": string;
  tabIndex: -1;
}

export const blockAnchor = (block: Block): BlockAnchor => ({ id: block.id, "data-paragraph": block.id, tabIndex: -1 });

/** One block; `anchor` carries its id (leave it out for a second copy of a block, such as a revealed original). */
export function RichBlock({ block, anchor }: { block: Block; anchor?: BlockAnchor | undefined }) {
  const a = anchor ?? {};
  switch (block.type) {
    case "paragraph":
      return (
        <p {...a}>
          <RichInline content={block.content} />
        </p>
      );
    case "heading": {
      const Heading = `h${block.level}` as const;
      return (
        <Heading {...a}>
          <RichInline content={block.content} />
        </Heading>
      );
    }
    case "blockquote":
    case "pullquote":
      return (
        <blockquote {...a} {...(block.type === "pullquote" && { className: "pullquote" })}>
          {(block.type === "pullquote" ? [block.content] : block.paragraphs).map((paragraph, index) => (
            <p key={index}>
              <RichInline content={paragraph} />
            </p>
          ))}
        </blockquote>
      );
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List {...a} start={block.start}>
          {block.items.map((item, index) => (
            <li key={index}>
              <RichInline content={item} />
            </li>
          ))}
        </List>
      );
    }
    case "code":
      // Long lines wrap (global.css) rather than scroll: nothing to reach by keyboard, nothing wider than 320 px.
      return (
        <pre {...a} className="code-block" translate="no">
          <code data-language={block.language}>{block.text}</code>
        </pre>
      );
    case "figure":
      return (
        <figure {...a}>
          <img
            src={block.src}
            alt={block.alt}
            width={block.width}
            height={block.height}
            loading="lazy"
            decoding="async"
          />
          {block.caption && (
            <figcaption>
              <RichInline content={block.caption} />
            </figcaption>
          )}
        </figure>
      );
    case "section-break":
      return <hr {...a} className="section-break" />;
  }
}

/** A whole body, every block with its id. */
export function RichText({ blocks }: { blocks: readonly Block[] }) {
  return blocks.map((block) => <RichBlock key={block.id} block={block} anchor={blockAnchor(block)} />);
}
