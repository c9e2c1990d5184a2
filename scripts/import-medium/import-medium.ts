import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Block } from "../../src/content/blocks.ts";
import { findImported, importedStory, planEssay, takenSlugs, type EssayPlan } from "./essay-files.ts";
import { fetchImages, type ImageFailure, type LocalImage } from "./images.ts";
import { readExport } from "./read-export.ts";
import { readStory, StoryError, type Skipped, type Story } from "./story.ts";

// Reads an export, decides everything, and only then writes: a bad file, an image that cannot be fetched or a file
// the importer may not overwrite leaves the content folder as it was (for that story, or for all).

export interface ImportOptions {
  input: string;
  contentDir: string;
  /** The language of a story's text (from --lang, or the writer's confirmed guess). */
  languageOf: (story: Story) => string;
  force?: boolean;
  keepRemoteImages?: boolean;
  fetchTimeoutMs?: number;
}

export interface ImportedStory {
  file: string;
  title: string;
  path: string;
  status: EssayPlan["status"];
  date: string;
  dateFrom: Story["dateFrom"];
  images: number;
  notes: string[];
}

export interface ImportReport {
  imported: ImportedStory[];
  skipped: Skipped[];
  /** Stories left out because a file is in the way: the story's file and why. */
  conflicts: { file: string; message: string }[];
  /** Hosts the site's Content-Security-Policy must allow for images (with --keep-remote-images). */
  remoteImageHosts: string[];
}

export class ImportError extends Error {}

export function readStories(input: string): { stories: Story[]; skipped: Skipped[] } {
  const stories: Story[] = [];
  const skipped: Skipped[] = [];
  const errors: string[] = [];
  for (const { file, html } of readExport(input)) {
    try {
      const result = readStory(html, file);
      if (result.kind === "story") stories.push(result);
      else skipped.push(result);
    } catch (error) {
      if (!(error instanceof StoryError)) throw error;
      errors.push(error.message);
    }
  }
  if (errors.length > 0) throw new ImportError(`Nothing was imported:\n${errors.map((e) => `  ${e}`).join("\n")}`);
  return { stories, skipped };
}

/**
 * Each story's folder and address. A story imported before keeps its folder (found by its Medium id); a new one takes
 * its slug, or `<slug>-<first 4 of its id>` where another story of this archive or an earlier import has that name.
 * The address (front matter `slug`) is moved the same way off any address the language already has, and says so.
 */
function placeStories(
  stories: readonly Story[],
  contentDir: string,
  languageOf: (story: Story) => string,
): Map<Story, { id: string; slug: string }> {
  const places = new Map<Story, { id: string; slug: string }>();
  const folders = new Set<string>();
  const addresses = new Map<string, string>();
  for (const story of stories) {
    const suffixed = `${story.slug}-${story.mediumId.slice(0, 4)}`;
    let id = findImported(contentDir, story.mediumId);
    if (id === undefined) {
      const other = importedStory(contentDir, story.slug);
      id = folders.has(story.slug) || (other !== undefined && other !== story.mediumId) ? suffixed : story.slug;
    }
    folders.add(id);
    const lang = languageOf(story);
    const taken = takenSlugs(contentDir, lang, id);
    for (const [address, owner] of addresses) if (address.startsWith(`${lang}/`)) taken.set(address.slice(3), owner);
    let slug = story.slug;
    const holder = taken.get(slug);
    if (holder !== undefined) {
      slug = suffixed;
      story.notes.push(`the address /${lang}/${story.slug}/ is taken by ${holder}: this story's is /${lang}/${slug}/`);
    }
    addresses.set(`${lang}/${slug}`, story.file);
    places.set(story, { id, slug });
  }
  return places;
}

function withImages(blocks: readonly Block[], images: readonly LocalImage[]): Block[] {
  const byBlock = new Map(images.map((image) => [image.block, image]));
  return blocks.map((block) => {
    const image = block.type === "figure" ? byBlock.get(block.id) : undefined;
    return block.type === "figure" && image
      ? { ...block, src: image.fileName, width: image.width, height: image.height }
      : block;
  });
}

export async function importMedium(options: ImportOptions): Promise<ImportReport> {
  const { stories, skipped } = readStories(options.input);
  const languages = new Map(stories.map((story) => [story, options.languageOf(story)]));
  for (const [story, lang] of languages) {
    if (!/^[a-z]{2}$/.test(lang))
      throw new ImportError(`${story.file}: no language for "${story.title}" (got "${lang}")`);
  }
  const languageOf = (story: Story) => languages.get(story) ?? "";
  const places = placeStories(stories, options.contentDir, languageOf);
  const folderOf = (story: Story) => join(options.contentDir, "essays", places.get(story)?.id ?? story.slug);

  const local = new Map<Story, LocalImage[]>();
  const failures: (ImageFailure & { file: string })[] = [];
  for (const story of stories) {
    if (options.keepRemoteImages) {
      const unsized = story.images.find((image) => !(image.width > 0 && image.height > 0));
      if (unsized) throw new ImportError(`${story.file}: the image ${unsized.url} has no data-width/data-height`);
      continue;
    }
    const fetched = await fetchImages(story.images, folderOf(story), options.fetchTimeoutMs);
    local.set(story, fetched.images);
    failures.push(...fetched.failures.map((failure) => ({ ...failure, file: story.file })));
  }
  if (failures.length > 0) {
    throw new ImportError(
      [
        `Nothing was imported: ${failures.length} image(s) could not be downloaded (offline?):`,
        ...failures.map((failure) => `  ${failure.file}: ${failure.url} (${failure.reason})`),
        "Run again when they can be reached, or with --keep-remote-images to keep Medium's addresses (the site's",
        "Content-Security-Policy must then allow images from their host).",
      ].join("\n"),
    );
  }

  const report: ImportReport = { imported: [], skipped, conflicts: [], remoteImageHosts: [] };
  // Every story is planned (and checked) before the first file is written.
  const plans = stories.map((story) => {
    const images = local.get(story) ?? [];
    const place = places.get(story) ?? { id: story.slug, slug: story.slug };
    const plan = planEssay({ ...story, slug: place.slug }, withImages(story.blocks, images), {
      contentDir: options.contentDir,
      lang: languageOf(story),
      essayId: place.id,
      force: options.force ?? false,
    });
    return { story, images, plan };
  });
  for (const { story, images, plan } of plans) {
    if (plan.conflicts.length > 0) {
      report.conflicts.push(...plan.conflicts.map((message) => ({ file: story.file, message })));
      continue;
    }
    for (const [path, content] of plan.writes) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    for (const image of images) if (image.data) writeFileSync(join(plan.folder, image.fileName), image.data);
    report.imported.push({
      file: story.file,
      title: story.title,
      path: join(plan.folder, `${languageOf(story)}.md`),
      status: plan.status,
      date: story.date,
      dateFrom: story.dateFrom,
      images: story.images.length,
      notes: story.notes,
    });
  }
  if (options.keepRemoteImages) {
    const hosts = stories.flatMap((story) => story.images.map((image) => new URL(image.url).host));
    report.remoteImageHosts = [...new Set(hosts)].sort();
  }
  return report;
}
