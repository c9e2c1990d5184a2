import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Lexer } from "marked";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { splitFrontMatter } from "./front-matter.ts";
import { fingerprintPattern } from "./paragraph-fingerprint.ts";
import type { OriginalParagraph, TranslationRecord } from "./translation-freshness.ts";

// Reads essay folders straight from disk, for the translation commands (Node only). The build checks the same files
// with the full content schema; these commands read just what freshness needs, so they work on any content folder.

/** The content folder: CONTENT_DIR if set (relative to the working directory), else src/content. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CONTENT_DIR ?? "src/content";
}

/** One language's file of an essay. */
export interface EssayLanguageFile extends TranslationRecord {
  lang: string;
  file: string;
  /** Its paragraphs, id and Markdown source of each top-level block of the body, in order. */
  texts: OriginalParagraph[];
  translated?: string | undefined;
  translator?: string | undefined;
}

export interface EssayFolder {
  id: string;
  dir: string;
  original: EssayLanguageFile;
  /** Every other language's file, by language code in alphabetical order. */
  translations: EssayLanguageFile[];
}

const essayYml = z.looseObject({ original: z.string().regex(/^[a-z]{2}$/, "a two-letter language code, e.g. de") });
const languageFile = z.looseObject({
  paragraphs: z.array(z.string().min(1)).min(1),
  sources: z.record(z.string(), z.string().regex(fingerprintPattern, "a fingerprint, 12 hex digits")).optional(),
  translated: z.iso.date().optional(),
  translator: z.string().min(1).optional(),
});

/** The ids of the essays in `<dir>/essays/`, sorted; throws naming the folder if there is none. */
export function essayIds(dir: string): string[] {
  const essays = join(dir, "essays");
  if (!existsSync(essays)) throw new Error(`${essays}: no such folder (set CONTENT_DIR to a content folder)`);
  return readdirSync(essays, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Reads `<dir>/essays/<id>/`: `essay.yml` (which language is the original) and every `<lang>.md`. Throws an Error
 * naming the file and field when a file is absent, its YAML or front matter is invalid, or its body has another
 * number of blocks than `paragraphs` has ids.
 */
export function readEssayFolder(dir: string, id: string): EssayFolder {
  const folder = join(dir, "essays", id);
  if (!existsSync(folder)) {
    const known = existsSync(join(dir, "essays")) ? essayIds(dir) : [];
    throw new Error(`${folder}: no such essay (essays in ${join(dir, "essays")}: ${known.join(", ") || "none"})`);
  }
  const ymlFile = join(folder, "essay.yml");
  if (!existsSync(ymlFile)) throw new Error(`${ymlFile}: missing (it names the original's language: "original: de")`);
  const { original } = checked(essayYml, parseYamlFile(readFileSync(ymlFile, "utf8"), ymlFile), ymlFile);
  const languages = readdirSync(folder)
    .filter((name) => /^[a-z]{2}\.md$/.test(name))
    .map((name) => name.slice(0, 2))
    .sort();
  const files = languages.map((lang) => readLanguageFile(join(folder, `${lang}.md`), lang));
  const originalFile = files.find((f) => f.lang === original);
  if (!originalFile) {
    throw new Error(`${ymlFile}: "original: ${original}", but there is no ${join(folder, `${original}.md`)}`);
  }
  return { id, dir: folder, original: originalFile, translations: files.filter((f) => f.lang !== original) };
}

/** A translation of an essay by language; throws naming what exists when it does not. */
export function translationOf(essay: EssayFolder, lang: string): EssayLanguageFile {
  if (lang === essay.original.lang)
    throw new Error(`${essay.original.file}: "${lang}" is the original, not a translation`);
  const found = essay.translations.find((t) => t.lang === lang);
  if (found) return found;
  const existing = essay.translations.map((t) => t.lang).join(", ") || "none yet";
  throw new Error(`${join(essay.dir, `${lang}.md`)}: no such translation (translations of ${essay.id}: ${existing})`);
}

function readLanguageFile(file: string, lang: string): EssayLanguageFile {
  const { frontMatter, body } = splitFrontMatter(readFileSync(file, "utf8"), file);
  const data = checked(languageFile, parseYamlFile(frontMatter, file), file);
  const blocks = bodyBlocks(body);
  if (blocks.length !== data.paragraphs.length) {
    throw new Error(
      `${file}: the body has ${blocks.length} paragraphs, but "paragraphs" lists ${data.paragraphs.length} ids`,
    );
  }
  return {
    lang,
    file,
    paragraphs: data.paragraphs,
    texts: data.paragraphs.map((id, i) => ({ id, text: blocks[i] ?? "" })),
    sources: data.sources,
    translated: data.translated,
    translator: data.translator,
  };
}

/** The Markdown source of each top-level block of a body (paragraphs, headings, quotes…), blank lines between. */
export function bodyBlocks(body: string): string[] {
  return new Lexer()
    .lex(body)
    .filter((token) => token.type !== "space")
    .map((token) => token.raw.trim());
}

function parseYamlFile(text: string, file: string): unknown {
  try {
    return parseYaml(text) as unknown;
  } catch (error) {
    throw new Error(`${file}: invalid YAML: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

function checked<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new Error(`${file}: invalid\n${z.prettifyError(result.error)}`);
}
