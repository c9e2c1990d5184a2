import { decodeHTML } from "entities";
import { Lexer, type Token, type Tokens } from "marked";
import type { Block, Inline } from "./blocks.ts";

// Build time only: compiles an essay's Markdown body into the typed tree of blocks.ts. The dialect is CommonMark
// (marked) reduced to what an essay needs; everything else, raw HTML first of all, is refused with the file's name,
// so nothing a writer typed is silently dropped or shown as stray symbols. docs/decisions/006-rich-text-dialect.md has the forms.

export interface RichTextOptions {
  /** Size of an image written without `{width=… height=…}` (the build measures files in the essay's folder). */
  measureImage?: (src: string) => { width: number; height: number } | undefined;
}

/** The first line of a blockquote that makes it a pull quote: `> [!pullquote]`. */
export const pullquoteMarker = "[!pullquote]";
const pullquoteLine = /^\[!pullquote\][ \t]*\n/i;
/** Pandoc's attribute form after an image: `![alt](photo.jpg){width=1600 height=900}`. */
const sizeAttributes = /^\{width=(\d+) height=(\d+)\}$/;
const scheme = /^([a-z][a-z0-9+.-]*):/i;

class RichTextError extends Error {}

const preview = (raw: string) => JSON.stringify(raw.trim().replace(/\s+/g, " ").slice(0, 60));

/** The body's top-level blocks, each paired with the id at its position in `ids` (the front matter's `paragraphs`). */
export function compileRichText(body: string, ids: readonly string[], file: string, options: RichTextOptions = {}) {
  const tokens = new Lexer({ gfm: false }).lex(body).filter((token) => token.type !== "space" && token.type !== "def");
  if (tokens.length !== ids.length) {
    throw new Error(`${file}: paragraphs: ${tokens.length} blocks in the text, but ${ids.length} ids`);
  }
  try {
    return tokens.map((token, index) => block(token, ids[index] ?? "", options));
  } catch (error) {
    if (error instanceof RichTextError) throw new Error(`${file}: ${error.message}`, { cause: error });
    throw error;
  }
}

function unsupported(what: string, raw: string): never {
  throw new RichTextError(`${what} is not supported, found ${preview(raw)}`);
}

function block(token: Token, id: string, options: RichTextOptions): Block {
  switch (token.type) {
    case "paragraph": {
      const paragraph = token as Tokens.Paragraph;
      if (paragraph.tokens[0]?.type === "image") return figure(paragraph, id, options);
      return { type: "paragraph", id, content: inlines(paragraph.tokens) };
    }
    case "heading": {
      const heading = token as Tokens.Heading;
      if (heading.depth !== 2 && heading.depth !== 3) {
        unsupported(`A level-${heading.depth} heading (the title is level 1; use ## or ###)`, heading.raw);
      }
      return { type: "heading", id, level: heading.depth, content: inlines(heading.tokens) };
    }
    case "blockquote":
      return quote(token as Tokens.Blockquote, id);
    case "list":
      return list(token as Tokens.List, id);
    case "code": {
      const code = token as Tokens.Code;
      const language = code.lang?.trim().split(/\s+/)[0];
      return { type: "code", id, text: code.text, ...(language && { language }) };
    }
    case "hr":
      return { type: "section-break", id };
    case "html":
      return unsupported("Raw HTML", token.raw);
    default:
      return unsupported(`A ${token.type} block`, token.raw);
  }
}

function quote(token: Tokens.Blockquote, id: string): Block {
  if (pullquoteLine.test(token.text)) {
    const rest = new Lexer({ gfm: false }).lex(token.text.replace(pullquoteLine, "")).filter((t) => t.type !== "space");
    const [only] = rest;
    if (rest.length !== 1 || only?.type !== "paragraph") {
      unsupported("A pull quote other than one paragraph", token.raw);
    }
    return { type: "pullquote", id, content: inlines((only as Tokens.Paragraph).tokens) };
  }
  const paragraphs = token.tokens
    .filter((inner) => inner.type !== "space")
    .map((inner) => {
      if (inner.type !== "paragraph") unsupported(`A ${inner.type} inside a block quote`, inner.raw);
      return inlines((inner as Tokens.Paragraph).tokens);
    });
  return { type: "blockquote", id, paragraphs };
}

function list(token: Tokens.List, id: string): Block {
  const items = token.items.map((item) => {
    if (item.task) unsupported("A task list item", item.raw);
    const [only, ...more] = item.tokens.filter((inner) => inner.type !== "space");
    if (more.length > 0 || (only && only.type !== "text" && only.type !== "paragraph")) {
      unsupported("A list item with more than one paragraph of text (nested lists, quotes, code)", item.raw);
    }
    return only ? inlines((only as Tokens.Text).tokens ?? [only]) : [];
  });
  const start = typeof token.start === "number" && token.start !== 1 ? { start: token.start } : {};
  return { type: "list", id, ordered: token.ordered, ...start, items };
}

function figure(paragraph: Tokens.Paragraph, id: string, options: RichTextOptions): Block {
  const newline = paragraph.text.indexOf("\n");
  const [imageLine, captionSource] =
    newline === -1 ? [paragraph.text, ""] : [paragraph.text.slice(0, newline), paragraph.text.slice(newline + 1)];
  const [image, attributes, ...rest] = Lexer.lexInline(imageLine, { gfm: false });
  if (image?.type !== "image" || rest.length > 0) unsupported("An image inside a line of text", paragraph.raw);
  const { href, tokens } = image as Tokens.Image;
  const src = imageSource(href);
  const alt = plain(inlines(tokens));
  let size: { width: number; height: number } | undefined;
  if (attributes) {
    const match = attributes.type === "text" ? sizeAttributes.exec(attributes.raw) : null;
    if (!match) unsupported("After an image, anything but {width=… height=…} on its line", paragraph.raw);
    size = { width: Number(match[1]), height: Number(match[2]) };
  } else {
    size = options.measureImage?.(src);
  }
  if (!size || size.width <= 0 || size.height <= 0) {
    throw new RichTextError(`the image ${src} has no size: write {width=… height=…} after it (${preview(imageLine)})`);
  }
  const caption = captionSource.trim() ? { caption: inlines(Lexer.lexInline(captionSource, { gfm: false })) } : {};
  return { type: "figure", id, src, alt, ...size, ...caption };
}

function imageSource(href: string): string {
  const protocol = scheme.exec(href)?.[1]?.toLowerCase();
  if (protocol ? protocol !== "https" : href.startsWith("/") || href.split("/").includes("..")) {
    throw new RichTextError(`an image must be a file in the essay's folder or an https address, found ${href}`);
  }
  if (protocol) return href;
  try {
    return decodeURI(href); // `my%20photo.jpg` names the file `my photo.jpg`
  } catch {
    return href;
  }
}

function linkTarget(href: string): string {
  const protocol = scheme.exec(href)?.[1]?.toLowerCase();
  if (protocol && !["http", "https", "mailto"].includes(protocol)) {
    throw new RichTextError(
      `a link to ${protocol}: is not allowed (http, https, mailto or a relative address), ${href}`,
    );
  }
  return href;
}

function inlines(tokens: readonly Token[]): Inline[] {
  const result: Inline[] = [];
  const pushText = (text: string) => {
    const last = result.at(-1);
    if (last?.type === "text") last.text += text;
    else if (text) result.push({ type: "text", text });
  };
  for (const token of tokens) {
    switch (token.type) {
      case "text": {
        const text = token as Tokens.Text;
        // A text token of a list item holds its inline tokens; a plain one holds text with entities still encoded.
        if (text.tokens) for (const inline of inlines(text.tokens)) pushInline(result, inline, pushText);
        else pushText(decodeHTML(text.text).replace(/[ \t]*\n[ \t]*/g, " "));
        break;
      }
      case "escape":
        pushText((token as Tokens.Escape).text);
        break;
      case "em":
      case "strong":
        result.push({ type: token.type, children: inlines((token as Tokens.Em).tokens) });
        break;
      case "link": {
        const link = token as Tokens.Link;
        result.push({ type: "link", href: linkTarget(link.href), children: inlines(link.tokens) });
        break;
      }
      case "codespan":
        result.push({ type: "code", text: (token as Tokens.Codespan).text });
        break;
      case "br":
        result.push({ type: "break" });
        break;
      case "html":
        return unsupported("Raw HTML", token.raw);
      case "image":
        return unsupported("An image inside a line of text (an image stands alone in its paragraph)", token.raw);
      default:
        return unsupported(`Inline ${token.type}`, token.raw);
    }
  }
  return result;
}

function pushInline(result: Inline[], inline: Inline, pushText: (text: string) => void): void {
  if (inline.type === "text") pushText(inline.text);
  else result.push(inline);
}

/** The text of a run of inlines, without markup (alt text, word counts, descriptions). */
export function plain(content: readonly Inline[]): string {
  return content
    .map((inline) => {
      switch (inline.type) {
        case "text":
        case "code":
          return inline.text;
        case "break":
          return "\n";
        default:
          return plain(inline.children);
      }
    })
    .join("");
}

/** A block's text as a reader would read it aloud: used for word counts and plain-text copies. */
export function blockText(block: Block): string {
  switch (block.type) {
    case "paragraph":
    case "heading":
    case "pullquote":
      return plain(block.content);
    case "blockquote":
      return block.paragraphs.map(plain).join("\n\n");
    case "list":
      return block.items.map(plain).join("\n");
    case "code":
      return block.text;
    case "figure":
      return block.caption ? plain(block.caption) : "";
    case "section-break":
      return "";
  }
}

/** Words a reader reads (for reading time): tokens with a letter or digit in them. */
export function countWords(blocks: readonly Block[]): number {
  return blocks
    .map(blockText)
    .join(" ")
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The text a list shows as an essay's opening lines: its first paragraph (not a heading, figure or code). */
export function openingText(blocks: readonly Block[]): string {
  const first = blocks.find((block) => block.type === "paragraph");
  return first ? blockText(first).replace(/\s*\n\s*/g, " ") : "";
}
