import type { Block, Inline } from "./blocks.ts";
import { pullquoteMarker } from "./rich-text.ts";

// The inverse of rich-text.ts: writes a tree as Markdown in the same dialect, so that compiling the result gives the
// same tree back (the importer writes essays with it; Markdown copies of pages use it too).

/** Characters that are markup anywhere in a line of CommonMark text (`!` only where it would start an image). */
const inlineSpecial = /[\\`*_[\]<]|!(?=\[)/g;
const entityLike = /&(?=#?[a-z0-9]+;)/gi;

function escapeText(text: string): string {
  return text.replace(inlineSpecial, "\\$&").replace(entityLike, "\\&");
}

/** What would start a heading, quote, list or setext underline at the beginning of a line. */
function escapeLineStarts(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) => line.replace(/^([#>+=-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2"))
    .join("\n");
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || /^ .* $/.test(text) ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

function destination(href: string): string {
  return /[()<>\s]/.test(href) ? `<${href.replace(/[<>\n]/g, encodeURIComponent)}>` : href;
}

export function inlineMarkdown(content: readonly Inline[]): string {
  return escapeLineStarts(inlines(content));
}

/** A run of inlines; a `!` that a link would turn into an image (`![`) is escaped. */
function inlines(content: readonly Inline[]): string {
  return content
    .map(inline)
    .reduce(
      (markdown, next) =>
        (/(^|[^\\])!$/.test(markdown) && next.startsWith("[") ? `${markdown.slice(0, -1)}\\!` : markdown) + next,
      "",
    );
}

function inline(node: Inline): string {
  switch (node.type) {
    case "text":
      return escapeText(node.text);
    case "em":
      return `*${inlines(node.children)}*`;
    case "strong": {
      // `***a***` reads back as emphasis around strong; strong around emphasis needs the other delimiter inside.
      const [only, ...more] = node.children;
      if (only?.type === "em" && more.length === 0) return `**_${inlines(only.children)}_**`;
      return `**${inlines(node.children)}**`;
    }
    case "link":
      return `[${inlines(node.children)}](${destination(node.href)})`;
    case "code":
      return codeSpan(node.text);
    case "break":
      return "\\\n";
  }
}

const indent = (text: string, prefix: string, rest = " ".repeat(prefix.length)) =>
  text
    .split("\n")
    .map((line, index) => (index === 0 ? prefix : rest) + line)
    .join("\n");

function codeFence(text: string): string {
  const longest = Math.max(2, ...(text.match(/^`+/gm) ?? []).map((run) => run.length));
  return "`".repeat(longest + 1);
}

export interface MarkdownOptions {
  /** Plain CommonMark for other programs (Markdown copies): no image sizes, a pull quote as a plain quote. */
  portable?: boolean;
}

function blockMarkdown(block: Block, alternate: boolean, { portable = false }: MarkdownOptions): string {
  switch (block.type) {
    case "paragraph":
      return inlineMarkdown(block.content);
    case "heading":
      return `${"#".repeat(block.level)} ${inlineMarkdown(block.content.map((n) => (n.type === "break" ? { type: "text", text: " " } : n)))}`;
    case "blockquote":
      return block.paragraphs.map((paragraph) => indent(inlineMarkdown(paragraph), "> ", "> ")).join("\n>\n");
    case "pullquote":
      return indent(`${portable ? "" : `${pullquoteMarker}\n`}${inlineMarkdown(block.content)}`, "> ", "> ");
    case "list": {
      const start = block.start ?? 1;
      return block.items
        .map((item, index) => {
          const marker = block.ordered ? `${start + index}${alternate ? ")" : "."} ` : alternate ? "* " : "- ";
          return indent(inlineMarkdown(item), marker);
        })
        .join("\n");
    }
    case "code": {
      const fence = codeFence(block.text);
      return `${fence}${block.language ?? ""}\n${block.text}\n${fence}`;
    }
    case "figure": {
      const alt = escapeText(block.alt.replace(/\s*\n\s*/g, " "));
      const size = portable ? "" : `{width=${block.width} height=${block.height}}`;
      const image = `![${alt}](${destination(block.src)})${size}`;
      return block.caption ? `${image}\n${inlineMarkdown(block.caption)}` : image;
    }
    case "section-break":
      return "---";
  }
}

/** The blocks as a Markdown body: one block per paragraph, separated by blank lines. */
export function toMarkdown(blocks: readonly Block[], options: MarkdownOptions = {}): string {
  let alternate = false;
  const parts = blocks.map((block, index) => {
    // Two lists of a kind in a row would merge into one in Markdown unless every other one uses the other marker.
    const previous = blocks[index - 1];
    const follows = block.type === "list" && previous?.type === "list" && previous.ordered === block.ordered;
    alternate = follows ? !alternate : false;
    return blockMarkdown(block, alternate, options);
  });
  return `${parts.join("\n\n")}\n`;
}
