import type { PageId } from "../paths.ts";

/**
 * The address of the same text in another form (another language, the other view, the language chosen at `/`), with
 * what the reader's address carried: the query (`?ref=newsletter`) always, the fragment (`#grown-apart`) wherever
 * the page has the same paragraphs (every language and view of the essay has the same ids; the author page has none).
 */
export function carryAddress(path: string, page: PageId, { search, hash }: { search: string; hash: string }): string {
  return `${path}${search}${page === "author" ? "" : hash}`;
}
