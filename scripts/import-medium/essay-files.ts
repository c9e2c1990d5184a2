import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { join } from "node:path";
import { parseDocument, stringify } from "yaml";
import type { Block } from "../../src/content/blocks.ts";
import { blockText, compileRichText } from "../../src/content/rich-text.ts";
import { toMarkdown } from "../../src/content/rich-text-markdown.ts";
import { reservedSlugs } from "../../src/page-segments.ts";
import type { Story } from "./story.ts";

// What the importer writes for one story, `<content>/essays/<id>/essay.yml` and `<content>/essays/<id>/<lang>.md`, and
// whether it may: essay.yml records what it wrote (`imported:`), so a re-import recognizes its own files, updates a
// story that changed on Medium, and leaves translations and the writer's own edits alone.

export interface ImportRecord {
  from: "medium";
  story: string;
  file: string;
  sha256: string;
}

export interface EssayPlan {
  essayId: string;
  folder: string;
  status: "created" | "updated" | "unchanged";
  /** Files to write, path → content; empty when nothing changes. */
  writes: Map<string, string>;
  /** Why a file may not be written (without --force); the story is then left out entirely. */
  conflicts: string[];
}

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The essay folder a story was imported into before (found by Medium's story id, even if renamed), if any. */
export function findImported(contentDir: string, mediumId: string): string | undefined {
  const essays = join(contentDir, "essays");
  if (!existsSync(essays)) return undefined;
  return readdirSync(essays).find((id) => readRecord(join(essays, id, "essay.yml"))?.story === mediumId);
}

/** The `slug` in a Markdown file's front matter, if the file exists and has one. */
function slugIn(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const [, frontMatter] = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, "utf8")) ?? [];
  const data = frontMatter === undefined ? undefined : (parseDocument(frontMatter).toJS() as { slug?: unknown } | null);
  return typeof data?.slug === "string" ? data.slug : undefined;
}

/**
 * The addresses under `/<lang>/` that a story imported into `ownFolder` may not take: the site's own pages, the author
 * page, and every other essay's slug in that language (the build refuses a second page at one address).
 */
export function takenSlugs(contentDir: string, lang: string, ownFolder: string): Map<string, string> {
  const taken = new Map<string, string>(reservedSlugs(lang).map((slug) => [slug, "a page of the site"]));
  const author = slugIn(join(contentDir, "author", `${lang}.md`));
  if (author) taken.set(author, "the author page");
  const essays = join(contentDir, "essays");
  for (const id of existsSync(essays) ? readdirSync(essays) : []) {
    const slug = id === ownFolder ? undefined : slugIn(join(essays, id, `${lang}.md`));
    if (slug) taken.set(slug, `essays/${id}/${lang}.md`);
  }
  return taken;
}

/** The Medium story id in an essay folder's `imported:` record, if the importer wrote it. */
export function importedStory(contentDir: string, essayId: string): string | undefined {
  return readRecord(join(contentDir, "essays", essayId, "essay.yml"))?.story;
}

function readRecord(path: string): Partial<ImportRecord> | undefined {
  if (!existsSync(path)) return undefined;
  const data = parseDocument(readFileSync(path, "utf8")).toJS() as { imported?: Partial<ImportRecord> } | null;
  return data?.imported?.from === "medium" ? data.imported : undefined;
}

const descriptionMax = 170;
const descriptionMin = 50;

/** The subtitle when it fits the schema (50–170 characters), else the opening text, cut at a word. */
export function describe(story: Pick<Story, "subtitle" | "blocks">): string {
  const fits = (text: string) => text.length >= descriptionMin && text.length <= descriptionMax;
  if (fits(story.subtitle)) return story.subtitle;
  const opening = story.blocks
    .filter((block) => block.type === "paragraph" || block.type === "blockquote" || block.type === "pullquote")
    .map(blockText)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  const source = story.subtitle.length > descriptionMax ? story.subtitle : opening || story.subtitle;
  if (source.length <= descriptionMax) return source;
  const cut = source.slice(0, descriptionMax - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(" "), descriptionMin)).replace(/[\s,;:–—-]+$/, "");
  return `${atWord}…`;
}

export function essayMarkdown(story: Story, blocks: readonly Block[]): string {
  const body = toMarkdown(blocks);
  const ids = blocks.map((block) => block.id);
  // The Markdown must read back as exactly the tree Medium's HTML gave: anything else would lose or change text.
  const back = compileRichText(body, ids, story.file);
  const differs = blocks.findIndex((block, index) => !isDeepStrictEqual(block, back[index]));
  if (differs !== -1) {
    throw new Error(
      `${story.file}: block ${blocks[differs]?.id ?? differs} cannot be written as Markdown faithfully; please report it`,
    );
  }
  const frontMatter = stringify(
    { title: story.title, description: describe(story), slug: story.slug, paragraphs: ids },
    { lineWidth: 0 },
  );
  return `---\n${frontMatter}---\n\n${body}`;
}

function essayYaml(story: Story, lang: string, record: ImportRecord): string {
  return stringify(
    {
      original: lang,
      date: story.date,
      tags: story.tags,
      firstPublished: { name: "Medium", url: story.url },
      imported: record,
    },
    { lineWidth: 0 },
  );
}

/** Sets only `imported:` in an essay.yml the writer may have edited since (comments and other fields stay). */
function withRecord(yaml: string, record: ImportRecord): string {
  const document = parseDocument(yaml);
  document.set("imported", document.createNode(record));
  return document.toString({ lineWidth: 0 });
}

export function planEssay(
  story: Story,
  blocks: readonly Block[],
  options: { contentDir: string; lang: string; essayId: string; force: boolean },
): EssayPlan {
  const folder = join(options.contentDir, "essays", options.essayId);
  const ymlPath = join(folder, "essay.yml");
  const mdFile = `${options.lang}.md`;
  const mdPath = join(folder, mdFile);
  const markdown = essayMarkdown(story, blocks);
  const record: ImportRecord = { from: "medium", story: story.mediumId, file: mdFile, sha256: sha256(markdown) };
  const plan: EssayPlan = { essayId: options.essayId, folder, status: "created", writes: new Map(), conflicts: [] };

  const ymlExists = existsSync(ymlPath);
  const mdExists = existsSync(mdPath);
  const current = mdExists ? readFileSync(mdPath, "utf8") : undefined;
  const previous = readRecord(ymlPath);
  const ours = previous?.story === story.mediumId;

  if (options.force || (!ymlExists && !mdExists)) {
    plan.status = ymlExists || mdExists ? "updated" : "created";
    if (current === markdown && ours && previous.sha256 === record.sha256) plan.status = "unchanged";
    else {
      plan.writes.set(mdPath, markdown);
      plan.writes.set(ymlPath, essayYaml(story, options.lang, record));
    }
    return plan;
  }
  if (!ours) {
    plan.conflicts.push(
      `${ymlExists ? ymlPath : mdPath} was not written by this importer for this story (--force overwrites it)`,
    );
    return plan;
  }
  if (previous.file !== mdFile) {
    plan.conflicts.push(`${ymlPath}: the story was imported as ${previous.file ?? "?"}; run again with that language`);
    return plan;
  }
  if (current === markdown) {
    plan.status = "unchanged";
    return plan;
  }
  if (current !== undefined && sha256(current) !== previous.sha256) {
    plan.conflicts.push(`${mdPath} was edited since the import (--force overwrites it)`);
    return plan;
  }
  plan.status = current === undefined ? "created" : "updated";
  plan.writes.set(mdPath, markdown);
  plan.writes.set(ymlPath, withRecord(readFileSync(ymlPath, "utf8"), record));
  return plan;
}
