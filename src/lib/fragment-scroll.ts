import type { DataRouter, Location } from "react-router";

// A ¶ link is a plain fragment link (`#grown-apart`): the browser itself navigates, scrolls and marks the paragraph
// (`:target`), and only then tells the router (popstate). The router would save the page it left at the position the
// browser had already scrolled to, so Back would not return to where the reader was. Two fixes, both small:

let positionBeforeFragment: number | undefined;

/**
 * The position to save for the entry being left: before a fragment link scrolled the page, the reader's own. (The
 * router asks for it while it handles the browser's popstate, which comes after the scroll.)
 */
export function trackFragmentLinks(router: DataRouter): void {
  document.addEventListener(
    "click",
    (event) => {
      const link = event.target instanceof Element ? event.target.closest("a[href^='#']") : null;
      if (!(link instanceof HTMLAnchorElement) || link.href === window.location.href) return;
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      positionBeforeFragment = window.scrollY;
    },
    true,
  );
  // Once the router has saved it (its popstate listener came first), or if the click navigated nowhere, the live
  // position counts again.
  const forget = () => (positionBeforeFragment = undefined);
  window.addEventListener("popstate", forget);
  document.addEventListener("click", (event) => event.defaultPrevented && forget());
  const enable = router.enableScrollRestoration.bind(router);
  router.enableScrollRestoration = (positions, position, key) =>
    enable(positions, (...args) => positionBeforeFragment ?? position(...args), key);
}

/**
 * The key an entry's position is saved under. Entries the browser made itself (a fragment link, the first page) carry
 * no key of the router's and would all share "default": they are told apart by their address.
 */
export const scrollKey = (location: Location): string =>
  location.key === "default" ? `${location.pathname}${location.search}${location.hash}` : location.key;
