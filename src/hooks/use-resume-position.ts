import { useCallback, useEffect, useLayoutEffect, useState, useSyncExternalStore, type RefObject } from "react";
import { readStored, removeStored, writeStored } from "../lib/storage.ts";
import { captureAnchor } from "../lib/reading-anchor.ts";
import { readingPosition } from "../lib/reading-position.ts";
import { resumeKeyPrefix } from "../lib/display-preferences.ts";

const noChanges = () => () => {};
const storageKey = (essayId: string) => `${resumeKeyPrefix}${essayId}`;

function storedParagraph(essayId: string, paragraphIds: readonly string[]): string | null {
  try {
    const { paragraph } = JSON.parse(readStored(storageKey(essayId)) ?? "null") as { paragraph?: unknown };
    return typeof paragraph === "string" && paragraphIds.includes(paragraph) ? paragraph : null;
  } catch {
    return null;
  }
}

/** The inline <head> script reserves the offer's room before the first paint (see prePaintScript): release it. */
const releaseReservedRoom = () => delete document.documentElement.dataset.resume;

/**
 * Remembers, per essay and by paragraph id (so it holds across languages), how far the reader got:
 * saved when the page is hidden or left, never while scrolling, and forgotten once the reader reached the end.
 * On a fresh visit it returns the paragraph to offer; the reader decides whether to go there.
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
  // Once the reader has moved on within the page (a paragraph link), the offer is gone for good: coming Back to
  // the address without a fragment returns them to their place, not to the offer. (State adjusted while rendering.)
  if (!freshVisit && !closed) setClosed(true);
  const offer = !closed && freshVisit && stored !== paragraphIds[0] ? stored : null;

  // Read from storage, not from `offer`: while hydrating, `offer` is still the prerendered null.
  useEffect(() => {
    const offered = storedParagraph(essayId, paragraphIds);
    if (closed || !freshVisit || !offered || offered === paragraphIds[0]) releaseReservedRoom();
  }, [closed, freshVisit, essayId, paragraphIds]);

  // A layout effect, so that leaving by a link saves too: its cleanup runs while the article is still in the page.
  useLayoutEffect(() => {
    const element = article.current;
    const save = () => {
      const anchor = captureAnchor();
      if (!element || !anchor) return;
      if (readingPosition(element).finished) removeStored(storageKey(essayId));
      else if (anchor.id !== paragraphIds[0] || anchor.scrolledPast > 0)
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
