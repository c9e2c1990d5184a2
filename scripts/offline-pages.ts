// Which pages the service worker precaches. Every page but the essays' is small and few; an essay's pages (each
// language, its parallel view, their data) are ~100 kB each, so a publication of a thousand essays would make
// every first visit download hundreds of megabytes. The newest essays are precached; older ones are cached when
// they are read (scripts/service-worker.ts).

/** A prerendered page as the service worker sees it: its folder in the output, and its essay, if it shows one. */
export interface BuiltPage {
  /** The page's folder relative to the output, with a trailing slash: `de/trennung-vom-kunden/parallel/`. */
  folder: string;
  /** From its data.json: the essay's id and publication date (`YYYY-MM-DD`). */
  essay?: { id: string; date: string };
}

/**
 * The folders of the pages to leave out of the precache: every page of every essay but the `keep` newest (by
 * publication date, then id, so the choice is stable from build to build). Pages without an essay are never left out.
 */
export function essayPagesLeftOut(pages: readonly BuiltPage[], keep: number): Set<string> {
  const dates = new Map<string, string>();
  for (const { essay } of pages) if (essay) dates.set(essay.id, essay.date);
  const newest = [...dates]
    .sort(([idA, dateA], [idB, dateB]) => dateB.localeCompare(dateA) || idA.localeCompare(idB))
    .slice(0, keep)
    .map(([id]) => id);
  const kept = new Set(newest);
  return new Set(pages.filter(({ essay }) => essay && !kept.has(essay.id)).map(({ folder }) => folder));
}
