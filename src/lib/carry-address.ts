import type { PageKind } from "../page-kinds.ts";

/**
 * The address of the same text in another form (another language, the other view, the language chosen at `/`), with
 * what the reader's address carried: the query (`?ref=newsletter`) always, the fragment (`#grown-apart`) wherever
 * the page has the same paragraphs (every language and view of an essay has the same ids), and to a home, which sends
 * a paragraph's fragment on to its essay (page-data/home.ts); author pages have no paragraphs.
 */
export function carryAddress(
  path: string,
  kind: PageKind | undefined,
  { search, hash }: { search: string; hash: string },
): string {
  return `${path}${search}${kind === "essay" || kind === "parallel" || kind === "home" ? hash : ""}`;
}
