import { z } from "zod";
import type { Block } from "./blocks.ts";
import type { TranslationFreshness } from "./paragraph-states.ts";

// The content folder's files, checked when the build reads them: a typo fails the build, naming file and field.
const lang = z.string().regex(/^[a-z]{2}$/, "a two-letter language code");
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a kebab-case id (a–z, 0–9, -)");
const isoDate = z.iso.date("a date like 2017-08-22");

/** The pattern of a paragraph's fingerprint (paragraph-fingerprint.ts). */
export const fingerprintPattern = /^[0-9a-f]{12}$/;

/** `essays/<essay-id>/essay.yml`: what holds for the essay in every language. */
export const essayFile = z.strictObject({
  /** The language it was written in; its `<lang>.md` must exist. */
  original: lang,
  /** First publication. */
  date: isoDate,
  updated: isoDate.optional(),
  tags: z.array(z.string().min(1)).default([]),
  /** Where it first appeared, shown to readers ("first published on Medium"). */
  firstPublished: z.strictObject({ name: z.string().min(1), url: z.url({ protocol: /^https?$/ }) }).optional(),
  /** Written by `npm run import:medium`: which story, and the hash of the file it wrote (docs/decisions/007). */
  imported: z
    .strictObject({
      from: z.literal("medium"),
      story: z.string().min(1),
      file: z.string().regex(/^[a-z]{2}\.md$/),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    })
    .optional(),
});

/** `essays/<essay-id>/<lang>.md`: one language's text. */
export const essayFrontMatter = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(50).max(170),
  /** The page's address in this language: `/<lang>/<slug>/`. */
  slug: id,
  /** One id per top-level block of the body, in order: the same in every language. */
  paragraphs: z.array(id).min(1),
  /** Translations only: who translated it, and when. */
  translator: z.string().min(1).optional(),
  translated: isoDate.optional(),
  /** Translations only, written by `npm run translation:stamp`: the original's paragraph fingerprints at that time. */
  sources: z.record(id, z.string().regex(fingerprintPattern, "a fingerprint: 12 hex digits")).optional(),
});

/** `author/<lang>.md`. */
export const authorFrontMatter = z.strictObject({
  /** The author page's address in this language: `/<lang>/<slug>/`. */
  slug: id,
  description: z.string().min(50).max(170),
});

export { lang as languageCode };

/**
 * One top-level block of an essay's text (paragraph, heading, quote, list, code, figure, section break). In a
 * translation, `freshness` is absent when current: its original was revised since (`stale`), or it is not
 * translated yet and the block is the original's (`missing`, with the original's `lang`).
 */
export type Paragraph = Block & { freshness?: "stale" | "missing"; lang?: string; note?: FreshnessNote };

/**
 * What a page says under a lagging block, in the page's language, made with the page's data (page-data/notes.ts):
 * the browser gets the words, never the logic. `link`: the block in the original, for a stale one.
 */
export interface FreshnessNote {
  text: string;
  lang: string;
  link?: { to: string; lang: string; label: string };
}

export type EssayInfo = z.infer<typeof essayFile>;

/** One language of an essay, compiled. */
export type EssayText = Omit<z.infer<typeof essayFrontMatter>, "paragraphs"> & {
  lang: string;
  /** For reading, in the original's order (a translation's missing paragraphs in the original, see freshness). */
  paragraphs: Paragraph[];
  words: number;
  /** The file, as build messages name it. */
  file: string;
  /** A translation's freshness against its original, paragraph by paragraph. */
  freshness?: TranslationFreshness;
};

/** An essay in every language it exists in. */
export type EssayRecord = EssayInfo & {
  id: string;
  /** Its languages, the original first. */
  languages: string[];
  texts: Record<string, EssayText>;
};

export type Author = z.infer<typeof authorFrontMatter> & { lang: string; bio: string[] };

/** The whole content folder, compiled: what the build reads (never the browser: it gets each page's data). */
export interface Publication {
  /** Newest first. */
  essays: EssayRecord[];
  authors: Record<string, Author>;
  /** The essays' images, to copy into the built site. */
  media: MediaFile[];
}

/** An essay's image file, copied into the built site (content/essay-images.ts, at build time). */
export interface MediaFile {
  /** The file in the content folder. */
  from: string;
  /** Its path in the built site, relative to the base path (`assets/media/…`). */
  to: string;
}
