import { isTag, isText, type AnyNode } from "domhandler";
import type { Inline } from "../../src/content/blocks.ts";

// Medium's inline markup (markup--em, --strong, --anchor, --code, <br>) as the rich-text tree's inlines, tidied the way
// the Markdown compiler reads them back: no empty marks, no spaces at a mark's edges, adjacent text merged.

export class UnsupportedMarkup extends Error {}

export function readInlines(nodes: readonly AnyNode[]): Inline[] {
  return trimBlock(tidy(nodes.flatMap(node)));
}

function node(current: AnyNode): Inline[] {
  if (isText(current)) return [{ type: "text", text: current.data.replace(/[ \t\r\n\f]+/g, " ") }];
  if (!isTag(current)) return [];
  const children = () => current.children.flatMap(node);
  switch (current.name) {
    case "em":
    case "i":
      return [{ type: "em", children: children() }];
    case "strong":
    case "b":
      return [{ type: "strong", children: children() }];
    case "a": {
      const href = current.attribs.href?.trim();
      return href ? [{ type: "link", href, children: children() }] : children();
    }
    case "code":
      return [{ type: "code", text: textOf(current.children) }];
    case "br":
      return [{ type: "break" }];
    case "img":
      throw new UnsupportedMarkup(`an image inside a line of text (${current.attribs.src ?? "no src"})`);
    default:
      // Highlights (markup--quote), spans, <u>: their text stays, their styling has no equivalent.
      return children();
  }
}

export function textOf(nodes: readonly AnyNode[]): string {
  return nodes
    .map((current) => {
      if (isText(current)) return current.data;
      if (!isTag(current)) return "";
      return current.name === "br" ? "\n" : textOf(current.children);
    })
    .join("");
}

type Mark = Extract<Inline, { children: Inline[] }>;

/** Normalizes a run of inlines: what Markdown cannot tell apart is made identical here. */
export function tidy(content: readonly Inline[], inside: ReadonlySet<Mark["type"]> = new Set()): Inline[] {
  const result: Inline[] = [];
  const pushText = (text: string) => {
    if (!text) return;
    const last = result.at(-1);
    if (last?.type === "text") last.text += text;
    else result.push({ type: "text", text });
  };
  for (const current of content) {
    if (current.type === "text") {
      pushText(current.text);
      continue;
    }
    if (current.type === "code" || current.type === "break") {
      if (current.type === "code" && !current.text) continue;
      result.push(current);
      continue;
    }
    // A mark inside the same mark (em in em) adds nothing; a link inside a link cannot be written.
    const children = tidy(current.children, new Set([...inside, current.type]));
    if (inside.has(current.type)) {
      for (const child of children) {
        if (child.type === "text") pushText(child.text);
        else result.push(child);
      }
      continue;
    }
    const [leading, trimmed, trailing] = trimEdges(children);
    pushText(leading);
    if (trimmed.length > 0) {
      const last = result.at(-1);
      // <em>a</em><em>b</em> is one emphasis to a reader, and `*a**b*` would not read back as two.
      if (last?.type === current.type && last.type !== "link") last.children = tidy([...last.children, ...trimmed]);
      else result.push({ ...current, children: trimmed });
    }
    pushText(trailing);
  }
  return trimAroundBreaks(result);
}

function trimEdges(children: Inline[]): [string, Inline[], string] {
  const copy = children.map((child) => (child.type === "text" ? { ...child } : child));
  let leading = "";
  let trailing = "";
  const first = copy[0];
  if (first?.type === "text") {
    leading = /^\s*/.exec(first.text)?.[0] ?? "";
    first.text = first.text.slice(leading.length);
  }
  const last = copy.at(-1);
  if (last?.type === "text") {
    trailing = /\s*$/.exec(last.text)?.[0] ?? "";
    last.text = last.text.slice(0, last.text.length - trailing.length);
  }
  return [leading, copy.filter((child) => child.type !== "text" || child.text), trailing];
}

/** Spaces around a line break are invisible in Markdown, and so is a second break in a row: drop them. */
function trimAroundBreaks(content: Inline[]): Inline[] {
  const result = content.filter((current, index) => current.type !== "break" || content[index + 1]?.type !== "break");
  result.forEach((current, index) => {
    if (current.type !== "text") return;
    if (result[index - 1]?.type === "break") current.text = current.text.trimStart();
    if (result[index + 1]?.type === "break") current.text = current.text.trimEnd();
  });
  return result.filter((current) => current.type !== "text" || current.text);
}

/** A block starts and ends with neither space nor line break. */
export function trimBlock(content: Inline[]): Inline[] {
  const result = [...content];
  while (result[0]?.type === "break") result.shift();
  while (result.at(-1)?.type === "break") result.pop();
  const first = result[0];
  if (first?.type === "text") result[0] = { type: "text", text: first.text.trimStart() };
  const last = result.at(-1);
  if (last?.type === "text") result[result.length - 1] = { type: "text", text: last.text.trimEnd() };
  return result.filter((current) => current.type !== "text" || current.text);
}
