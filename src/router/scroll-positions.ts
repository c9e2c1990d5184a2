import type { Location } from "react-router";

// Where the reader was on each history entry, so Back and Forward return there (what React Router's
// <ScrollRestoration> does in data mode). Kept for the tab's life in sessionStorage, like the browser's own.

const storageKey = "scroll-positions";
let positions: Record<string, number> | undefined;

function stored(): Record<string, number> {
  if (positions) return positions;
  try {
    positions = JSON.parse(sessionStorage.getItem(storageKey) ?? "{}") as Record<string, number>;
  } catch {
    // Storage blocked or its entry malformed: positions last for this document only.
    positions = {};
  }
  return positions;
}

/**
 * The key an entry's position is saved under: its own (loaded-routes.tsx gives every entry one). Without one ("default",
 * where history could not be written), the entry's address.
 */
export const scrollKey = (location: Location): string =>
  location.key === "default" ? `${location.pathname}${location.search}${location.hash}` : location.key;

// A ¶ link is a plain fragment link (`#grown-apart`): the browser itself navigates, scrolls and marks the paragraph
// (`:target`), and only then tells the router (popstate). The position to save for the entry being left is the one
// before that scroll.
let positionBeforeFragment: { y: number; href: string } | undefined;

/** Takes over scrolling on history steps from the browser and starts watching fragment links. Once, in the browser. */
export function startScrollRestoration(): void {
  window.history.scrollRestoration = "manual";
  // A document restored from the back/forward cache is this one again.
  window.addEventListener("pageshow", () => (window.history.scrollRestoration = "manual"));
  document.addEventListener(
    "click",
    (event) => {
      const link = event.target instanceof Element ? event.target.closest("a[href^='#']") : null;
      if (!(link instanceof HTMLAnchorElement) || link.href === window.location.href) return;
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      positionBeforeFragment = { y: window.scrollY, href: link.href };
    },
    true,
  );
  // A click that navigated nowhere: the live position counts again.
  document.addEventListener("click", (event) => event.defaultPrevented && (positionBeforeFragment = undefined));
}

/**
 * The document goes (`pagehide`) with `location` on screen: its position is kept with the others for the tab's life,
 * and the browser restores places itself again, before any script, on a reload or a return to this document.
 */
export function leaveDocument(location: Location): void {
  savePosition(location);
  window.history.scrollRestoration = "auto";
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(stored()));
  } catch {
    // Storage blocked or full: nothing to keep.
  }
}

/** Saves the reader's position on the entry being left (call before the next page is shown). */
export function savePosition(location: Location): void {
  // The position before a ¶ link, if that link is what brought the browser to the address it now shows.
  const before = positionBeforeFragment?.href === window.location.href ? positionBeforeFragment.y : undefined;
  stored()[scrollKey(location)] = before ?? window.scrollY;
  positionBeforeFragment = undefined;
}

/** The position saved for an entry (px from the top), if it was left before. */
export const savedPosition = (location: Location): number | undefined => stored()[scrollKey(location)];
