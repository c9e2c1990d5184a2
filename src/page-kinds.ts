import { authorSlugs } from "virtual:content-index";
import type { PageData } from "./page-data/types.ts";
import { homePageSegment } from "./page-segments.ts";

// The one table of page kinds. The router, the language toggle, the prerender list, the sitemap, the feeds, the
// head tags and llms.txt all read it. Free of React (routes.tsx attaches the components), so the build can use it.

export type PageKind = "home" | "essay" | "parallel" | "author" | "not-found";

/** What picks one page of a kind in a language: an essay's slug, a home page's number. */
export interface PageParams {
  slug?: string;
  page?: number;
}

export interface PageRef {
  kind: PageKind;
  lang: string;
  params: PageParams;
}

/** What React Router's route handle says about a route. */
export interface RouteHandle {
  lang: string;
  kind?: PageKind | "root";
}

/** The parallel view's segment: the same word in German and English. */
export const parallelSegment = "parallel";

export function authorSlug(lang: string): string {
  const slug = authorSlugs[lang];
  if (!slug) throw new Error(`No author page in language "${lang}" (author/${lang}.md in the content folder)`);
  return slug;
}

interface PageKindSpec {
  /** React Router path patterns under `/<lang>/` ("" is the language's index). */
  routes(lang: string): string[];
  /** The canonical path of one page: trailing slash, no base. */
  path(lang: string, params: PageParams): string;
  /** Where its plain-Markdown copy lives (llms.txt), if it has one. */
  markdownCopy: boolean;
  /**
   * Build time only: the module that lists its pages, makes their data (loader), head and Markdown copy from the
   * content. The browser never runs it: it reads the data the build wrote (see page-data/load.ts).
   */
  build: (() => Promise<PageBuilder>) | undefined;
}

export interface PageBuilder<D extends PageData = PageData> {
  /** Every page of the kind in a language (the prerender list). */
  instances(lang: string): PageParams[];
  /** The page's data, or undefined when it does not exist (a 404). */
  load(lang: string, params: PageParams): Promise<D | undefined>;
  /** Its text as Markdown, for llms.txt. */
  markdown?(data: D): Promise<string>;
}

// The browser never builds a page (it reads the data the build wrote), so a client build leaves the builders out.
const buildTime = import.meta.env.SSR || !import.meta.env.PROD;

export const pageKinds: Record<PageKind, PageKindSpec> = {
  home: {
    routes: (lang) => ["", `${homePageSegment(lang)}/:page`],
    path: (lang, { page = 1 }) => (page === 1 ? `/${lang}/` : `/${lang}/${homePageSegment(lang)}/${page}/`),
    markdownCopy: true,
    build: buildTime ? () => import("./page-data/home.ts").then((m) => m.home) : undefined,
  },
  essay: {
    routes: () => [":slug"],
    path: (lang, { slug }) => `/${lang}/${slug ?? ""}/`,
    markdownCopy: true,
    build: buildTime ? () => import("./page-data/essay.ts").then((m) => m.essay) : undefined,
  },
  parallel: {
    routes: () => [`:slug/${parallelSegment}`],
    path: (lang, { slug }) => `/${lang}/${slug ?? ""}/${parallelSegment}/`,
    markdownCopy: true,
    build: buildTime ? () => import("./page-data/parallel.ts").then((m) => m.parallel) : undefined,
  },
  author: {
    routes: (lang) => [authorSlug(lang)],
    path: (lang) => `/${lang}/${authorSlug(lang)}/`,
    markdownCopy: true,
    build: buildTime ? () => import("./page-data/author.ts").then((m) => m.author) : undefined,
  },
  "not-found": {
    // `404` is the path each language's 404.html is rendered at (a reserved slug); `*` is every unknown address.
    routes: () => ["404", "*"],
    path: (lang) => `/${lang}/404/`,
    markdownCopy: false,
    build: undefined,
  },
};

export const pathFor = (kind: PageKind, lang: string, params: PageParams = {}): string =>
  pageKinds[kind].path(lang, params);

/** A page's home page number from the router's `:page` param: only 2, 3, … (page 1 is `/<lang>/`). */
export function parsePageNumber(raw: string | undefined): number | undefined {
  if (raw === undefined) return 1;
  return /^[1-9]\d*$/.test(raw) && raw !== "1" ? Number(raw) : undefined;
}

/** Where the plain-Markdown copy of a page's text lives (the llms.txt convention): `/de/` → `/de/index.html.md`. */
export const markdownCopyPath = (path: string): string => `${path}index.html.md`;

/** Where the build writes a page's data, which client-side navigations fetch. */
export const pageDataPath = (path: string): string => `${path}data.json`;

/** The Atom feed of a language. */
export const feedPath = (lang: string): string => `/${lang}/feed.xml`;
