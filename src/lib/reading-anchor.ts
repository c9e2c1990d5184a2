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

/** Where the reading region starts: below the sticky header, as the stylesheet's `scroll-margin-top` says. */
const regionTop = (paragraph: Element) => parseFloat(getComputedStyle(paragraph).scrollMarginTop) || 0;

/** Like a ReadingAnchor, but holding the element itself: for a re-layout within the same page. */
export interface PlaceInPage {
  element: HTMLElement;
  top: number;
  scrolledPast: number;
}

function firstInView(selector: string): PlaceInPage | null {
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    const start = regionTop(element);
    const rect = element.getBoundingClientRect();
    const top = rect.top - start;
    if (rect.bottom > start && rect.height > 0)
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
  const target = regionTop(element) + top - scrolledPast * rect.height;
  if (Math.abs(rect.top - target) >= 1) window.scrollBy({ top: rect.top - target, behavior: "instant" });
}

/** Puts the same paragraph (same id in every language and view) back where it was, even if its length changed. */
export function restoreAnchor(anchor: ReadingAnchor): void {
  const element = document.querySelector(`${PARAGRAPHS}[data-paragraph="${CSS.escape(anchor.id)}"]`);
  if (!element) return;
  const { top, height } = element.getBoundingClientRect();
  const target = regionTop(element) + anchor.top - anchor.scrolledPast * height;
  window.scrollBy({ top: top - target, behavior: "instant" });
}
