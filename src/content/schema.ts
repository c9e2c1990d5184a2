import { z } from "zod";

// Front matter of the content files, checked when Vite compiles them: a typo fails the build, not the reader.
const lang = z.string().regex(/^[a-z]{2}$/, "a two-letter language code");
const paragraphId = z.string().regex(/^[a-z][a-z0-9-]*$/, "a kebab-case id");

export const essayFrontMatter = z.strictObject({
  /** The essay's identity in every language (its translations share it). */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  lang,
  title: z.string().min(1),
  description: z.string().min(50).max(170),
  date: z.iso.date(),
  paragraphs: z.array(paragraphId).min(1),
});

export const authorFrontMatter = z.strictObject({
  lang,
  slug: z.string().regex(/^[a-z][a-z0-9-]*$/),
  description: z.string().min(50).max(170),
});

export interface Paragraph {
  id: string;
  text: string;
}

export type EssayMeta = z.infer<typeof essayFrontMatter>;
export type Essay = Omit<EssayMeta, "paragraphs"> & {
  paragraphs: Paragraph[];
  words: number;
};

export type AuthorMeta = z.infer<typeof authorFrontMatter>;
export type Author = AuthorMeta & { bio: string[] };

// What pages in every language need to know about each language's essay and author page. Bundled into the first
// load for all languages, so it holds no text: descriptions, paragraphs and bios come with their own language.
export type EssayIndexEntry = Pick<EssayMeta, "lang" | "title" | "date">;
export type AuthorIndexEntry = Pick<AuthorMeta, "lang" | "slug">;
