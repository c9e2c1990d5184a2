import type { ReactNode } from "react";
import type { Block, Inline } from "../content/blocks.ts";
import { ExternalLink } from "./external-link.tsx";

// Renders the tree that content compiles to (content/blocks.ts) as React elements: no HTML from content is ever
// injected, so a stray `<script>` in an essay can only ever be text.

const isExternal = (href: string) => /^https?:\/\//i.test(href);

export function RichInline({ content }: { content: readonly Inline[] }): ReactNode {
  return content.map((node, index) => {
    switch (node.type) {
      case "text":
        return node.text;
      case "em":
        return (
          <em key={index}>
            <RichInline content={node.children} />
          </em>
        );
      case "strong":
        return (
          <strong key={index}>
            <RichInline content={node.children} />
          </strong>
        );
      case "link": {
        const children = <RichInline content={node.children} />;
        return isExternal(node.href) ? (
          <ExternalLink key={index} href={node.href}>
            {children}
          </ExternalLink>
        ) : (
          <a key={index} href={node.href}>
            {children}
          </a>
        );
      }
      case "code":
        return (
          <code key={index} translate="no">
            {node.text}
          </code>
        );
      case "break":
        return <br key={index} />;
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
      const Heading = block.level === 2 ? "h2" : "h3";
      return (
        <Heading {...a}>
          <RichInline content={block.content} />
        </Heading>
      );
    }
    case "blockquote":
      return (
        <blockquote {...a}>
          {block.paragraphs.map((paragraph, index) => (
            <p key={index}>
              <RichInline content={paragraph} />
            </p>
          ))}
        </blockquote>
      );
    case "pullquote":
      return (
        <blockquote {...a} className="pullquote">
          <p>
            <RichInline content={block.content} />
          </p>
        </blockquote>
      );
    case "list": {
      const items = block.items.map((item, index) => (
        <li key={index}>
          <RichInline content={item} />
        </li>
      ));
      return block.ordered ? (
        <ol {...a} {...(block.start !== undefined && { start: block.start })}>
          {items}
        </ol>
      ) : (
        <ul {...a}>{items}</ul>
      );
    }
    case "code":
      // Long lines wrap (global.css) rather than scroll: nothing to reach by keyboard, nothing wider than 320 px.
      return (
        <pre {...a} className="code-block" translate="no">
          <code {...(block.language && { "data-language": block.language, className: `language-${block.language}` })}>
            {block.text}
          </code>
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
