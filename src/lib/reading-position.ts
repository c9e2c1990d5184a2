import { regionTop } from "./reading-anchor.ts";

/**
 * How much of the essay the reader has read, counted in words: everything above the reading line (the top of
 * the reading region, below the sticky header) is read, everything below is not. Only at the very end of the
 * page, where nothing can scroll up any more, does what is on screen count as read.
 */
export interface ReadingPosition {
  /** Whole percent of the essay's words read. */
  percent: number;
  wordsLeft: number;
  finished: boolean;
}

/** The page language's paragraphs (in the parallel view the counterparts carry no id). */
const PARAGRAPHS = "[data-paragraph][id]";
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function readingPosition(article: Element): ReadingPosition {
  const paragraphs = [...article.querySelectorAll<HTMLElement>(PARAGRAPHS)];
  const scroller = document.documentElement;
  const atEnd = scroller.scrollTop + window.innerHeight >= scroller.scrollHeight - 2;
  const line = atEnd ? window.innerHeight : regionTop();
  let total = 0;
  let read = 0;
  for (const paragraph of paragraphs) {
    const words = countWords(paragraph.textContent);
    const { top, height } = paragraph.getBoundingClientRect();
    total += words;
    read += words * Math.min(1, Math.max(0, height > 0 ? (line - top) / height : 0));
  }
  const wordsLeft = Math.round(total - read);
  const finished = total > 0 && wordsLeft === 0;
  return { percent: total > 0 ? Math.round((read / total) * 100) : 0, wordsLeft, finished };
}
