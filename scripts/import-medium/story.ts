import { load, type Cheerio } from "cheerio";
import type { Element } from "domhandler";
import { withAbsoluteUrls } from "../../src/content/block-urls.ts";
import type { Block } from "../../src/content/blocks.ts";
import { blockText } from "../../src/content/rich-text.ts";
import { GrafError, readBody, type RemoteImage } from "./grafs.ts";

// One file of Medium's export (`posts/<yyyy-mm-dd>_<Title-Slug>-<id>.html`, drafts `draft_<…>.html`) read into a
// story, or into the reason it is skipped. docs/decisions/007-medium-import-rules.md has the rules.

export interface Story {
  kind: "story";
  file: string;
  mediumId: string;
  slug: string;
  title: string;
  subtitle: string;
  /** YYYY-MM-DD */
  date: string;
  /** Where the date came from: Medium's dt-published, or the file name when a published story has none. */
  dateFrom: "published" | "file name";
  tags: string[];
  url: string;
  blocks: Block[];
  images: RemoteImage[];
  notes: string[];
}

export interface Skipped {
  kind: "skipped";
  file: string;
  title: string;
  reason: string;
}

export class StoryError extends Error {}

const fileName = /^(?:(draft)_|(\d{4}-\d{2}-\d{2})_)?(.*?)-([0-9a-f]{8,16})\.html$/i;

export function readStory(html: string, file: string): Story | Skipped {
  const $ = load(html);
  const fail = (message: string): never => {
    throw new StoryError(`${file}: ${message}`);
  };
  const article = $("article.h-entry").first();
  const body = article.find('section[data-field="body"].e-content').first();
  if (article.length === 0 || body.length === 0 || !/Exported from Medium/i.test($("footer").text())) {
    fail(
      'not a Medium export (no article.h-entry with section[data-field="body"] and an "Exported from Medium" footer)',
    );
  }
  const base = file.split("/").at(-1) ?? file;
  const [, draft, fileDate, fileSlug, fileId] = fileName.exec(base) ?? [];
  const title = article.find("h1.p-name").first().text().replace(/\s+/g, " ").trim();
  if (draft) return { kind: "skipped", file, title, reason: "draft: never published on Medium" };

  let parsed;
  try {
    parsed = readBody($, body);
  } catch (error) {
    if (error instanceof GrafError) fail(error.message);
    throw error;
  }
  const response = responseReason(body, title, parsed.blocks);
  if (response) return { kind: "skipped", file, title, reason: response };
  if (!title) fail("the story has no title (h1.p-name is missing or empty)");
  if (parsed.blocks.length === 0) fail(`"${title}" has no body (no paragraphs in section[data-field="body"])`);

  const url = article.find("footer a.p-canonical").attr("href")?.trim() ?? "";
  const urlMatch = /\/([^/]*?)-([0-9a-f]{8,16})\/?$/.exec(url);
  const mediumId = urlMatch?.[2] ?? fileId;
  if (!mediumId) fail("no Medium story id in the file name (…-<hex id>.html) or in a.p-canonical");
  const slug = slugify(urlMatch?.[1] || fileSlug || title);
  if (!slug) fail(`no address can be made from the title "${title}"`);

  const published = article.find("footer time.dt-published").attr("datetime");
  const publishedDate = published && !Number.isNaN(Date.parse(published)) ? new Date(published) : undefined;
  if (!publishedDate && !fileDate) fail("the story has no publication date (time.dt-published) and its file name none");
  const date = publishedDate ? publishedDate.toISOString().slice(0, 10) : (fileDate ?? "");

  const address = url || `https://medium.com/p/${mediumId ?? ""}`;
  return {
    kind: "story",
    file,
    mediumId: mediumId ?? "",
    slug,
    title,
    subtitle: article.find('section[data-field="subtitle"].p-summary').first().text().replace(/\s+/g, " ").trim(),
    date,
    dateFrom: publishedDate ? "published" : "file name",
    tags: article
      .find("footer a.p-tag")
      .toArray()
      .map((tag) => $(tag).text().trim())
      .filter(Boolean),
    url: address,
    // A link relative to the story on Medium (`/@someone`) would point into this site.
    blocks: withAbsoluteUrls(parsed.blocks, address),
    images: parsed.images,
    notes: parsed.notes,
  };
}

/**
 * Medium exports a writer's responses (comments on other stories) as posts of their own. A story always opens with
 * its title as a `graf--title` heading; a response never does, and Medium names it after its first words. Ghost's
 * importer (TryGhost/migrate, mg-medium-export) also treats a published post of at most one paragraph and no image
 * as a comment. Either sign makes it a response.
 */
function responseReason(body: Cheerio<Element>, title: string, blocks: Block[]): string | undefined {
  if (body.find(".graf--title").length > 0) return undefined;
  const opening = blocks[0] ? blockText(blocks[0]).replace(/\s+/g, " ") : "";
  const short = body.children("section").length <= 1 && body.find("p").length <= 1 && body.find("img").length === 0;
  const namedAfterOpening = title !== "" && opening.startsWith(title.replace(/…$/, ""));
  if (namedAfterOpening) return "response: no title heading, and named after its first words";
  if (short) return "response: no title heading, one paragraph and no image";
  return undefined;
}

/** An ASCII address segment: Medium's own slug where there is one, German letters spelled out. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .replace(/^(\d)/, "n$1");
}
