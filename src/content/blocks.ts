// The typed tree an essay's Markdown compiles to at build time (rich-text.ts). Types only: the browser imports this
// module for its shapes and receives plain data; it never gets a Markdown parser.

export type Inline =
  | { type: "text"; text: string }
  | { type: "em"; children: Inline[] }
  | { type: "strong"; children: Inline[] }
  /** `href` is http(s), mailto or a site-relative address; external ones render with rel="noopener noreferrer". */
  | { type: "link"; href: string; children: Inline[] }
  | { type: "code"; text: string }
  /** A line break inside a block (Markdown's hard break; Medium's Shift+Enter). */
  | { type: "break" };

export type Block =
  | { type: "paragraph"; id: string; content: Inline[] }
  | { type: "heading"; id: string; level: 2 | 3; content: Inline[] }
  | { type: "blockquote"; id: string; paragraphs: Inline[][] }
  | { type: "pullquote"; id: string; content: Inline[] }
  | { type: "list"; id: string; ordered: boolean; start?: number; items: Inline[][] }
  | { type: "code"; id: string; language?: string; text: string }
  | {
      type: "figure";
      id: string;
      /** The image's address as written in the Markdown (relative to the essay's folder, or absolute). */
      src: string;
      alt: string;
      width: number;
      height: number;
      caption?: Inline[];
    }
  /** A section break (Markdown's thematic break, Medium's section divider). */
  | { type: "section-break"; id: string };

export type BlockType = Block["type"];
