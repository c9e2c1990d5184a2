import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { Lexer, type Tokens } from "marked";
import { parse as parseYaml } from "yaml";
import type { ZodType } from "zod";
import { localImages, measureIn } from "./essay-images.ts";
import { compileRichText, countWords } from "./rich-text.ts";
import {
  authorFrontMatter,
  essayFile,
  essayFrontMatter,
  languageCode,
  type Author,
  type EssayRecord,
  type EssayText,
  type MediaFile,
  type Paragraph,
  type Publication,
} from "./schema.ts";
import { fingerprinted } from "./paragraph-fingerprint.ts";
import { translatedParagraphs } from "./translated-paragraphs.ts";
import { translationFreshness } from "./translation-freshness.ts";

// Runs at build time only (the Vite plugin, Node scripts): the browser receives plain data, never a Markdown parser.

export class ContentError extends Error {
  override name = "ContentError";
}

function yaml(text: string, file: string): unknown {
  try {
    return parseYaml(text) as unknown;
  } catch (error) {
    throw new ContentError(`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function split(source: string, file: string): { data: unknown; body: string } {
  const [, frontMatter, body] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source) ?? [];
  if (frontMatter === undefined || body === undefined) throw new ContentError(`${file}: missing front matter`);
  return { data: yaml(frontMatter, file), body };
}

/** Every problem at once, each as `file: field: message`. */
function checked<T>(schema: ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${file}: ${issue.path.join(".") || "(top level)"}: ${issue.message}`,
  );
  throw new ContentError(problems.join("\n"));
}

/** An author's bio: plain paragraphs (an essay's text is rich: rich-text.ts). Inline Markdown is refused. */
export function compileBody(body: string, file: string): string[] {
  const blocks = new Lexer().lex(body).filter((token) => token.type !== "space");
  return blocks.map((token) => {
    const paragraph = token.type === "paragraph" ? (token as Tokens.Paragraph) : undefined;
    if (!paragraph || paragraph.tokens.some((t) => t.type !== "text" && t.type !== "escape")) {
      throw new ContentError(
        `${file}: only plain paragraphs are supported, found ${token.type}: ${token.raw.slice(0, 40)}`,
      );
    }
    return paragraph.text.replace(/\s*\n\s*/g, " ");
  });
}

/** Where an essay's images are (its folder) and will be served (under the site's base path). */
export interface EssayFiles {
  folder: string;
  base: string;
}

/** One language of an essay: front matter checked, body compiled to blocks (rich-text.ts), images resolved. */
export function compileEssayText(
  source: string,
  file: string,
  lang: string,
  { folder, base }: EssayFiles,
): { text: EssayText; media: MediaFile[] } {
  const { data, body } = split(source, file);
  const { paragraphs: ids, ...meta } = checked(essayFrontMatter, data, file);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw new ContentError(`${file}: paragraphs: the id "${repeated}" repeats`);
  let compiled: Paragraph[];
  try {
    compiled = compileRichText(body, ids, file, { measureImage: measureIn(folder) });
  } catch (error) {
    throw new ContentError(error instanceof Error ? error.message : String(error), { cause: error });
  }
  const { blocks, media } = localImages(compiled, { folder, file, base });
  return { text: { ...meta, lang, file, paragraphs: blocks, words: countWords(blocks) }, media };
}

export function compileAuthor(source: string, file: string, lang: string): Author {
  const { data, body } = split(source, file);
  return { ...checked(authorFrontMatter, data, file), lang, bio: compileBody(body, file) };
}

const langOfFile = (file: string, label: string): string => {
  const lang = basename(file, ".md");
  if (!languageCode.safeParse(lang).success) {
    throw new ContentError(`${label}: the file name must be a two-letter language code (de.md, en.md, …)`);
  }
  return lang;
};

/** One essay folder: `essay.yml` and one `<lang>.md` per language. */
export function compileEssay(folder: string, label: string, base = "/"): EssayRecord & { media: MediaFile[] } {
  const id = basename(folder);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    throw new ContentError(`${label}: the folder name is the essay's id: a–z, 0–9 and - only`);
  }
  const infoFile = join(folder, "essay.yml");
  if (!existsSync(infoFile)) throw new ContentError(`${label}/essay.yml: missing (original language and date)`);
  const info = checked(essayFile, yaml(readFileSync(infoFile, "utf8"), `${label}/essay.yml`), `${label}/essay.yml`);
  const compiled: Record<string, EssayText> = {};
  const media: MediaFile[] = [];
  for (const name of readdirSync(folder).filter((file) => file.endsWith(".md"))) {
    const lang = langOfFile(name, `${label}/${name}`);
    const language = compileEssayText(readFileSync(join(folder, name), "utf8"), `${label}/${name}`, lang, {
      folder,
      base,
    });
    compiled[lang] = language.text;
    media.push(...language.media);
  }
  const original = compiled[info.original];
  if (!original) {
    throw new ContentError(`${label}/essay.yml: original: "${info.original}", but there is no ${info.original}.md`);
  }
  // A translation may lag behind its original (paragraphs stale, missing, orphaned): readers get it in the
  // original's order, missing paragraphs in the original; the build warns (content-plugin.ts).
  const texts: Record<string, EssayText> = {};
  for (const [lang, text] of Object.entries(compiled)) {
    if (lang === info.original) {
      texts[lang] = text;
      continue;
    }
    const freshness = translationFreshness(original.paragraphs.map(fingerprinted), {
      paragraphs: text.paragraphs.map((p) => p.id),
      sources: text.sources,
    });
    const paragraphs = translatedParagraphs(original, text.paragraphs, freshness);
    texts[lang] = { ...text, paragraphs, words: countWords(paragraphs), freshness };
  }
  const languages = [
    info.original,
    ...Object.keys(texts)
      .filter((lang) => lang !== info.original)
      .sort(),
  ];
  return { ...info, id, languages, texts, media };
}

/**
 * The whole content folder: `essays/<essay-id>/…` and `author/<lang>.md`. Checks what spans files too: a slug is
 * used once per language, and never by another page (`reserved`: the author page's and the site's own segments).
 */
export function compilePublication(
  dir: string,
  reserved: (lang: string) => readonly string[] = () => [],
  { base = "/" }: { base?: string } = {},
): Publication {
  const label = (path: string) => relative(process.cwd(), path) || ".";
  const authorsDir = join(dir, "author");
  if (!existsSync(authorsDir))
    throw new ContentError(`${label(authorsDir)}: missing (the author, one <lang>.md per language)`);
  const authors: Record<string, Author> = {};
  for (const name of readdirSync(authorsDir).filter((file) => file.endsWith(".md"))) {
    const file = join(authorsDir, name);
    const lang = langOfFile(name, label(file));
    authors[lang] = compileAuthor(readFileSync(file, "utf8"), label(file), lang);
  }
  const essaysDir = join(dir, "essays");
  const folders = existsSync(essaysDir)
    ? readdirSync(essaysDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(essaysDir, entry.name))
    : [];
  const media: MediaFile[] = [];
  const essays = folders.map((folder) => {
    const { media: files, ...essay } = compileEssay(folder, label(folder), base);
    media.push(...files);
    return essay;
  });
  const taken = new Map<string, string>();
  for (const essay of essays) {
    for (const [lang, text] of Object.entries(essay.texts)) {
      const where = `${label(join(essaysDir, essay.id, `${lang}.md`))}: slug`;
      const key = `${lang}/${text.slug}`;
      const other = taken.get(key);
      if (other) throw new ContentError(`${where}: "${text.slug}" is also the slug of ${other} in ${lang}`);
      if ([authors[lang]?.slug, ...reserved(lang)].includes(text.slug)) {
        throw new ContentError(`${where}: "${text.slug}" is taken by a page of the site in ${lang}`);
      }
      taken.set(key, essay.id);
    }
  }
  // Newest first; the same day by id, so the order never depends on the file system.
  essays.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return { essays, authors, media };
}
