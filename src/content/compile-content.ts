import { Lexer, type Tokens } from "marked";
import { parse as parseYaml } from "yaml";
import { authorFrontMatter, essayFrontMatter } from "./schema.ts";
import type { Author, AuthorIndexEntry, Essay, EssayIndexEntry } from "./schema.ts";

// Runs at build time only (from the Vite plugin): the browser receives plain data, never a Markdown parser.

function split(source: string, file: string): { data: unknown; body: string } {
  const [, frontMatter, body] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source) ?? [];
  if (frontMatter === undefined || body === undefined) throw new Error(`${file}: missing front matter`);
  return { data: parseYaml(frontMatter) as unknown, body };
}

/** The body's paragraphs as text. Inline Markdown is refused rather than silently shown as asterisks. */
function paragraphs(body: string, file: string): string[] {
  const blocks = new Lexer().lex(body).filter((token) => token.type !== "space");
  return blocks.map((token) => {
    const paragraph = token.type === "paragraph" ? (token as Tokens.Paragraph) : undefined;
    if (!paragraph || paragraph.tokens.some((t) => t.type !== "text" && t.type !== "escape")) {
      throw new Error(`${file}: only plain paragraphs are supported, found ${token.type}: ${token.raw.slice(0, 40)}`);
    }
    return paragraph.text.replace(/\s*\n\s*/g, " ");
  });
}

function checked<T>(schema: { parse(data: unknown): T }, data: unknown, file: string): T {
  try {
    return schema.parse(data);
  } catch (error) {
    throw new Error(`${file}: invalid front matter\n${String(error)}`, { cause: error });
  }
}

function expectLangMatchesFile(lang: string, file: string): void {
  if (!file.endsWith(`/${lang}.md`)) throw new Error(`${file}: lang "${lang}" must match the file name`);
}

export function compileEssay(source: string, file: string): { meta: EssayIndexEntry; doc: Essay } {
  const { data, body } = split(source, file);
  const meta = checked(essayFrontMatter, data, file);
  expectLangMatchesFile(meta.lang, file);
  const texts = paragraphs(body, file);
  if (texts.length !== meta.paragraphs.length) {
    throw new Error(`${file}: ${texts.length} paragraphs, but ${meta.paragraphs.length} ids in the front matter`);
  }
  if (new Set(meta.paragraphs).size !== meta.paragraphs.length) throw new Error(`${file}: paragraph ids repeat`);
  const words = texts
    .join(" ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return {
    meta: { lang: meta.lang, title: meta.title, date: meta.date },
    doc: { ...meta, paragraphs: meta.paragraphs.map((id, i) => ({ id, text: texts[i] ?? "" })), words },
  };
}

export function compileAuthor(source: string, file: string): { meta: AuthorIndexEntry; doc: Author } {
  const { data, body } = split(source, file);
  const meta = checked(authorFrontMatter, data, file);
  expectLangMatchesFile(meta.lang, file);
  return { meta: { lang: meta.lang, slug: meta.slug }, doc: { ...meta, bio: paragraphs(body, file) } };
}
