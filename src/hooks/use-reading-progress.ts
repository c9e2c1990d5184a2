import { useEffect, useState, type RefObject } from "react";

/**
 * How far through `element` the reader is, from 0 (its top at the top of the viewport)
 * to 1 (its bottom visible). An element shorter than the viewport counts as read once it is all in view.
 */
export function readingProgress(rect: { top: number; height: number }, viewportHeight: number): number {
  const scrollable = rect.height - viewportHeight;
  if (scrollable <= 0) return rect.top + rect.height <= viewportHeight ? 1 : 0;
  return Math.min(1, Math.max(0, -rect.top / scrollable));
}

/** Reading progress in whole percent, measured at most once per animation frame. */
export function useReadingProgress(target: RefObject<HTMLElement | null>): number {
  const [percent, setPercent] = useState(0);

  useEffect(() => {
    const element = target.current;
    if (!element) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      setPercent(Math.round(readingProgress(element.getBoundingClientRect(), window.innerHeight) * 100));
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(measure);
    };
    // Text size, font loading and window size all move the article's end.
    const resizes = new ResizeObserver(schedule);
    resizes.observe(element);
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule, { passive: true });
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      resizes.disconnect();
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [target]);

  return percent;
}
