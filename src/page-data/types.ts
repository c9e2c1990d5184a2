import type { Author, Paragraph } from "../content/schema.ts";
import type { Messages } from "../i18n/i18n.ts";
import type { PageKind } from "../page-kinds.ts";

// What the build hands each page: made once from the content (page-data/<kind>.ts), embedded in the page's HTML
// for hydration and written beside it as data.json for client-side navigations. Every label is formatted already.

/** What a page says about itself in `<head>`. */
export interface PageHead {
  lang: string;
  kind: PageKind | "root";
  /** Canonical path (no base); none for a 404. */
  path?: string;
  title: string;
  description: string;
  /** The same page in other languages (hreflang), this one included: only pages that exist. */
  alternates: Record<string, string>;
  /** Whether a plain-Markdown copy exists (llms.txt). */
  markdown?: boolean;
}

/** An essay as a list entry (home, author page). */
export interface EssaySummary {
  id: string;
  lang: string;
  title: string;
  description: string;
  path: string;
  date: string;
  dateLabel: string;
  minutes: number;
  /** Every language it exists in, this one included, in the essay's order (the original first). */
  languages: { lang: string; path: string; name: string }[];
}

/** One language of an essay, as its page shows it. */
export interface EssayView {
  id: string;
  lang: string;
  title: string;
  description: string;
  date: string;
  dateLabel: string;
  paragraphs: Paragraph[];
  words: number;
}

interface Base {
  head: PageHead;
}

export interface HomeData extends Base {
  kind: "home";
  page: number;
  pageCount: number;
  newer?: string;
  older?: string;
  cover?: { essay: EssaySummary; opening: string };
  /** The oldest essay's paragraph ids, each with its path (first page only): see paragraphAnchors in page-data/home.ts. */
  anchors?: Record<string, string>;
  essays: EssaySummary[];
  /** Essays not in this language, each in its original. */
  elsewhere: EssaySummary[];
}

export interface EssayData extends Base {
  kind: "essay";
  essay: EssayView;
  author: Author;
  /** For a translation: its original. */
  original?: { lang: string; path: string; title: string; dateLabel: string; languageName: string };
  /** For the original: its translations. */
  translations: { lang: string; path: string; title: string; name: string }[];
  translator?: string;
  translatedLabel?: string;
  /** When the page's text last changed: a translation's stamp date, or the original's `updated` (JSON-LD). */
  modified?: string;
  firstPublished?: { name: string; url: string };
  /** The language revealed under each paragraph and shown beside it in the parallel view. */
  counterpart?: { lang: string; name: string; path: string; slug: string };
  parallelPath?: string;
  /** The footer's credit line. */
  credit: string;
}

export interface ParallelData extends Base {
  kind: "parallel";
  essay: EssayView;
  counterpart: EssayView;
  author: Author;
  essayPath: string;
  names: { own: string; other: string; ownHere: string; otherHere: string };
  credit: string;
}

export interface AuthorData extends Base {
  kind: "author";
  author: Author;
  essays: EssaySummary[];
  elsewhere: EssaySummary[];
  total: number;
  /** The home, when the list above is not all of them. */
  allPath?: string;
}

export type PageData = HomeData | EssayData | ParallelData | AuthorData;

/** What every page under `/<lang>/` gets from its language's loader. */
export interface LanguageData {
  messages: Messages;
  /** Every language's name in itself (`own`) and in the page's language (`here`). */
  names: Record<string, { own: string; here: string }>;
}
