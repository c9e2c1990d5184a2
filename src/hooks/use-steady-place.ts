import { useEffect } from "react";
import { capturePlace, restorePlace, type PlaceInPage } from "../lib/reading-anchor.ts";

/** The layout's size: when it changes, the text re-flowed (text size, window width, something revealed). */
const layoutSize = () => `${document.documentElement.clientWidth}×${document.body.scrollHeight}`;

/**
 * Keeps the paragraph being read at the same place whenever the page re-flows under the reader: the place is
 * noted after each scroll (in an animation frame) and put back after each re-layout, before it is painted.
 * The browser's own scroll anchoring does not cover this: it keeps a line, not the paragraph's start, and
 * gives up when the text size changes. At the very top the page stays at the top.
 */
export function useSteadyPlace(page: string): void {
  useEffect(() => {
    let place: PlaceInPage | null = null;
    let size = layoutSize();
    let frame = 0;
    const settle = () => {
      const now = layoutSize();
      if (now !== size && place) {
        const kept = place;
        restorePlace(kept);
        // The header may settle a frame later (its height follows its contents): check once more then.
        requestAnimationFrame(() => {
          restorePlace(kept);
          size = layoutSize();
        });
      }
      size = now;
    };
    const note = () => {
      frame = 0;
      // A re-layout since the last note (a window resize fires scroll first): put the place back, not a new one.
      if (layoutSize() !== size) {
        settle();
        return;
      }
      place = window.scrollY > 0 ? capturePlace() : null;
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(note);
    };
    const resizes = new ResizeObserver(settle);
    resizes.observe(document.body);
    resizes.observe(document.documentElement);
    window.addEventListener("scroll", onScroll, { passive: true });
    onScroll();
    return () => {
      cancelAnimationFrame(frame);
      resizes.disconnect();
      window.removeEventListener("scroll", onScroll);
    };
  }, [page]);
}
