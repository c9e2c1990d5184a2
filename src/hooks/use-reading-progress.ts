import { useEffect, useState } from "react";
import { readingPosition, type ReadingPosition } from "../lib/reading-position.ts";

const ARTICLE = "main article";

/**
 * The reading position in the page's article, measured at most once per animation frame; null until
 * measured (the prerendered page cannot know where this reader is).
 */
export function useReadingProgress(): ReadingPosition | null {
  const [position, setPosition] = useState<ReadingPosition | null>(null);

  useEffect(() => {
    const article = document.querySelector(ARTICLE);
    if (!article) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const next = readingPosition(article);
      setPosition((previous) =>
        previous?.percent === next.percent &&
        previous.wordsLeft === next.wordsLeft &&
        previous.finished === next.finished
          ? previous
          : next,
      );
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(measure);
    };
    // Text size, a revealed counterpart and window size all move the paragraphs.
    const resizes = new ResizeObserver(schedule);
    resizes.observe(article);
    resizes.observe(document.documentElement);
    window.addEventListener("scroll", schedule, { passive: true });
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      resizes.disconnect();
      window.removeEventListener("scroll", schedule);
    };
  }, []);

  return position;
}
