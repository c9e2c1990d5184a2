/**
 * Where the reader is: the first paragraph still visible at the top of the viewport, with its
 * top edge's position (when it starts below the top) or how much of it was scrolled past.
 */
export interface ReadingAnchor {
  id: string;
  top: number;
  scrolledPast: number;
}

/**
 * The paragraphs of the page's own language (in the parallel view, the counterparts carry
 * `data-paragraph` but no id): the reading position is measured in the page's language.
 */
const PARAGRAPHS = "article [data-paragraph][id]";

/**
 * Where the reading region starts: at the header's bottom edge as it is now (it is sticky and grows with the
 * text size; a header that has scrolled away leaves the region at the top of the window).
 */
export function regionTop(): number {
  return Math.max(0, document.querySelector(".site-header")?.getBoundingClientRect().bottom ?? 0);
}

/** Like a ReadingAnchor, but holding the element itself: for a re-layout within the same page. */
export interface PlaceInPage {
  element: HTMLElement;
  top: number;
  scrolledPast: number;
}

function firstInView(selector: string): PlaceInPage | null {
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    const start = regionTop();
    const rect = element.getBoundingClientRect();
    const top = rect.top - start;
    // A paragraph with less than half a line still in view is not the one being read.
    const line = parseFloat(getComputedStyle(element).lineHeight) || 0;
    if (rect.bottom > start + line / 2 && rect.height > 0)
      return { element, top: Math.max(top, 0), scrolledPast: top < 0 ? -top / rect.height : 0 };
  }
  return null;
}

export function captureAnchor(): ReadingAnchor | null {
  const place = firstInView(PARAGRAPHS);
  return place && { id: place.element.dataset.paragraph ?? "", top: place.top, scrolledPast: place.scrolledPast };
}

/** The paragraph being read, in either language (a counterpart of the parallel view counts too). */
export const capturePlace = (): PlaceInPage | null => firstInView("article [data-paragraph]");

/** Scrolls so that the paragraph is where it was, however its size or the page above it changed. */
export function restorePlace({ element, top, scrolledPast }: PlaceInPage): void {
  if (!element.isConnected) return;
  const rect = element.getBoundingClientRect();
  const target = regionTop() + top - scrolledPast * rect.height;
  if (Math.abs(rect.top - target) >= 1) window.scrollBy({ top: rect.top - target, behavior: "instant" });
}

/** Puts the same paragraph (same id in every language and view) back where it was, even if its length changed. */
export function restoreAnchor(anchor: ReadingAnchor): void {
  const element = document.querySelector(`${PARAGRAPHS}[data-paragraph="${CSS.escape(anchor.id)}"]`);
  if (!element) return;
  const { top, height } = element.getBoundingClientRect();
  const target = regionTop() + anchor.top - anchor.scrolledPast * height;
  window.scrollBy({ top: top - target, behavior: "instant" });
}
