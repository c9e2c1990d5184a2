/**
 * Where the reader is: the first paragraph still visible at the top of the viewport, with its
 * top edge's position (when it starts below the top) or how much of it was scrolled past.
 */
export interface ReadingAnchor {
  id: string;
  top: number;
  scrolledPast: number;
}

const PARAGRAPHS = "article p[id]";

/** Where the reading region starts: below the sticky header, as the stylesheet's `scroll-margin-top` says. */
const regionTop = (paragraph: Element) => parseFloat(getComputedStyle(paragraph).scrollMarginTop) || 0;

export function captureAnchor(): ReadingAnchor | null {
  for (const element of document.querySelectorAll<HTMLElement>(PARAGRAPHS)) {
    const start = regionTop(element);
    const rect = element.getBoundingClientRect();
    const top = rect.top - start;
    if (rect.bottom > start)
      return { id: element.id, top: Math.max(top, 0), scrolledPast: top < 0 ? -top / rect.height : 0 };
  }
  return null;
}

/** Puts the same paragraph (same id in every language) back where it was, even if its length changed. */
export function restoreAnchor(anchor: ReadingAnchor): void {
  const element = document.getElementById(anchor.id);
  if (!element) return;
  const { top, height } = element.getBoundingClientRect();
  const target = regionTop(element) + anchor.top - anchor.scrolledPast * height;
  window.scrollBy({ top: top - target, behavior: "instant" });
}
