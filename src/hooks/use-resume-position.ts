import { useCallback, useLayoutEffect, useState, useSyncExternalStore, type RefObject } from "react";
import { readStored, removeStored, writeStored } from "../lib/storage.ts";
import { captureAnchor } from "../lib/reading-anchor.ts";
import { readingProgress } from "./use-reading-progress.ts";

const noChanges = () => () => {};
const storageKey = (essayId: string) => `reading-position:${essayId}`;

function storedParagraph(essayId: string, paragraphIds: readonly string[]): string | null {
  try {
    const { paragraph } = JSON.parse(readStored(storageKey(essayId)) ?? "null") as { paragraph?: unknown };
    return typeof paragraph === "string" && paragraphIds.includes(paragraph) ? paragraph : null;
  } catch {
    return null;
  }
}

/**
 * Remembers, per essay and by paragraph id (so it holds across languages), how far the reader got:
 * saved when the page is hidden or left, never while scrolling. On a fresh visit it returns the paragraph
 * to offer; the reader decides whether to go there.
 */
export function useResumePosition(
  essayId: string,
  paragraphIds: readonly string[],
  article: RefObject<HTMLElement | null>,
  freshVisit: boolean,
) {
  const [closed, setClosed] = useState(false);
  const stored = useSyncExternalStore(
    noChanges,
    () => storedParagraph(essayId, paragraphIds),
    // The prerendered HTML cannot know what this reader read: the offer appears after hydration.
    () => null,
  );
  const offer = !closed && freshVisit && stored !== paragraphIds[0] ? stored : null;

  // A layout effect, so that leaving by a link saves too: its cleanup runs while the article is still in the page.
  useLayoutEffect(() => {
    const element = article.current;
    const save = () => {
      const anchor = captureAnchor();
      if (!element || !anchor) return;
      const finished = readingProgress(element.getBoundingClientRect(), window.innerHeight) === 1;
      if (finished) removeStored(storageKey(essayId));
      else if (anchor.id !== paragraphIds[0])
        writeStored(storageKey(essayId), JSON.stringify({ paragraph: anchor.id }));
    };
    const saveWhenHidden = () => {
      if (document.visibilityState === "hidden") save();
    };
    document.addEventListener("visibilitychange", saveWhenHidden);
    window.addEventListener("pagehide", save);
    return () => {
      save();
      document.removeEventListener("visibilitychange", saveWhenHidden);
      window.removeEventListener("pagehide", save);
    };
  }, [essayId, paragraphIds, article]);

  const dismiss = useCallback(() => {
    removeStored(storageKey(essayId));
    setClosed(true);
  }, [essayId]);

  return { offer, dismiss, accept: () => setClosed(true) };
}
