import { createHash } from "node:crypto";
import type { Cheerio, CheerioAPI } from "cheerio";
import { isTag, type Element } from "domhandler";
import type { Block, Inline } from "../../src/content/blocks.ts";
import { readInlines, textOf, tidy, trimBlock, UnsupportedMarkup } from "./inlines.ts";

// Medium's body, `section.section--body` > `div.section-inner` > grafs, as the rich-text tree. Every graf kind the
// export has maps to a block; an embed (which would load another site) becomes a link and a note; anything else
// stops the import with the file's name, so nothing is silently lost.

export interface RemoteImage {
  /** The figure's block id, to set its local file later. */
  block: string;
  url: string;
  imageId: string;
  width: number;
  height: number;
}

export interface Body {
  blocks: Block[];
  images: RemoteImage[];
  notes: string[];
}

const is = (element: Element, className: string) => element.attribs.class?.split(/\s+/).includes(className) ?? false;
const describe = (element: Element) => {
  const kind = element.attribs.class?.split(/\s+/).find((name) => name.startsWith("graf--")) ?? "";
  const name = element.attribs.name ? ` name="${element.attribs.name}"` : "";
  return `<${element.name}${kind ? ` class="${kind}"` : ""}${name}>`;
};

export class GrafError extends Error {}

export function readBody($: CheerioAPI, body: Cheerio<Element>): Body {
  const ids = new BlockIds();
  const result: Body = { blocks: [], images: [], notes: [] };
  body.children("section").each((index, section) => {
    if (index > 0) result.blocks.push({ type: "section-break", id: ids.take(section.attribs.name, "section") });
    $(section)
      .find("div.section-inner")
      .each((_, inner) => {
        for (const graf of inner.children) if (isTag(graf)) readGraf($, graf, ids, result);
      });
  });
  // A divider Medium shows before the first graf, or after the last, separates nothing.
  while (result.blocks[0]?.type === "section-break") result.blocks.shift();
  while (result.blocks.at(-1)?.type === "section-break") result.blocks.pop();
  return result;
}

function inlines(graf: Element): Inline[] {
  try {
    return readInlines(graf.children);
  } catch (error) {
    if (error instanceof UnsupportedMarkup) throw new GrafError(`${describe(graf)} has ${error.message}`);
    throw error;
  }
}

function readGraf($: CheerioAPI, graf: Element, ids: BlockIds, result: Body): void {
  const push = (block: Block) => result.blocks.push(block);
  const id = () => ids.take(graf.attribs.name, textOf(graf.children));
  // The title and subtitle open the body again; the essay shows them from the front matter.
  if (is(graf, "graf--title") || is(graf, "graf--subtitle")) return;
  switch (graf.name) {
    case "p": {
      const content = inlines(graf);
      if (content.length > 0) push({ type: "paragraph", id: id(), content });
      return;
    }
    case "h2":
    case "h3":
    case "h4": {
      const content = inlines(graf).map((node): Inline => (node.type === "break" ? { type: "text", text: " " } : node));
      if (content.length > 0) push({ type: "heading", id: id(), level: graf.name === "h4" ? 3 : 2, content });
      return;
    }
    case "blockquote": {
      const content = inlines(graf);
      if (content.length === 0) return;
      if (is(graf, "graf--pullquote")) push({ type: "pullquote", id: id(), content });
      else push({ type: "blockquote", id: id(), paragraphs: [content] });
      return;
    }
    case "ul":
    case "ol": {
      const items = $(graf)
        .children("li")
        .toArray()
        .map((item) => inlines(item));
      const first = $(graf).children("li").first().attr("name");
      if (items.length > 0)
        push({ type: "list", id: ids.take(first, textOf(graf.children)), ordered: graf.name === "ol", items });
      return;
    }
    case "pre": {
      const text = textOf(graf.children).replace(/\u00a0/g, " ");
      const language = graf.attribs["data-code-block-lang"]?.trim();
      push({ type: "code", id: id(), text, ...(language && { language }) });
      return;
    }
    case "figure":
      figure($, graf, ids, result);
      return;
    case "div":
      if (!is(graf, "graf--mixtapeEmbed")) break;
      embedLink($, graf, id(), result, "link preview");
      return;
    case "hr":
      return;
  }
  throw new GrafError(
    `unknown kind of paragraph ${describe(graf)}: ${JSON.stringify(textOf(graf.children).slice(0, 60))}`,
  );
}

function figure($: CheerioAPI, graf: Element, ids: BlockIds, result: Body): void {
  const images = $(graf).find("img").toArray();
  if (images.length === 0) {
    const iframe = $(graf).find("iframe").attr("src") ?? $(graf).find("a").attr("href");
    if (!is(graf, "graf--iframe") && !iframe) throw new GrafError(`${describe(graf)} has no image`);
    embedLink($, graf, ids.take(graf.attribs.name, iframe ?? ""), result, "embed");
    return;
  }
  const captionElement = $(graf).children("figcaption").get(0);
  const caption = captionElement ? inlines(captionElement) : [];
  images.forEach((image, index) => {
    const url = image.attribs.src ?? "";
    const width = Number(image.attribs["data-width"]);
    const height = Number(image.attribs["data-height"]);
    if (!/^https?:\/\//.test(url)) throw new GrafError(`${describe(graf)} has an image without a web address: ${url}`);
    const id = ids.take(index === 0 ? graf.attribs.name : undefined, `${graf.attribs.name ?? ""}${url}`);
    const last = index === images.length - 1;
    result.blocks.push({
      type: "figure",
      id,
      src: url,
      alt: (image.attribs.alt ?? "").trim(),
      width,
      height,
      ...(last && caption.length > 0 && { caption }),
    });
    result.images.push({ block: id, url, imageId: image.attribs["data-image-id"] ?? "", width, height });
  });
}

/** An embed or link preview would load another site: it becomes a paragraph with a link to it, and a note. */
function embedLink($: CheerioAPI, graf: Element, id: string, result: Body, kind: string): void {
  const anchor = $(graf).find("a[href]").first();
  const href = $(graf).find("iframe").attr("src") ?? anchor.attr("href");
  if (!href) throw new GrafError(`${describe(graf)} is an ${kind} without an address`);
  const title = $(graf).find("strong").first().text().trim() || anchor.text().trim() || href;
  const description = $(graf).find("em").first().text().trim();
  const caption = $(graf).children("figcaption").get(0);
  const content = trimBlock(
    tidy([
      { type: "link", href, children: [{ type: "text", text: title }] },
      ...(description ? [{ type: "text", text: ` – ${description}` } as const] : []),
      ...(caption ? [{ type: "text", text: " – " } as const, ...inlines(caption)] : []),
    ]),
  );
  result.blocks.push({ type: "paragraph", id, content });
  result.notes.push(`${kind} ${href} became a link (block ${id})`);
}

/**
 * Paragraph ids from Medium's graf names (`name="4ed1"`), which Medium keeps while a story is edited: a re-import
 * gives each block the id it had. A graf without a name gets one from its text.
 */
class BlockIds {
  private readonly used = new Set<string>();

  take(name: string | undefined, fallback: string): string {
    const base = name && /^[a-z0-9]+$/i.test(name) ? `p-${name.toLowerCase()}` : `p-${hash(fallback)}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 6);
