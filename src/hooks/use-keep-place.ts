import type { MouseEvent } from "react";
import { useNavigate } from "react-router";
import type { NavigationState } from "../lib/navigation-state.ts";
import { captureAnchor } from "../lib/reading-anchor.ts";

/**
 * A click handler for links to the same text in another form (another language, the parallel view):
 * a plain click navigates in place, keeping the paragraph the reader was at and the focus on
 * the control (`focus`, a selector); modified clicks (new tab, new window) are left to the browser.
 */
export function useKeepPlace() {
  const navigate = useNavigate();
  return (to: string, focus: string, before?: () => void) => (event: MouseEvent<HTMLAnchorElement>) => {
    before?.();
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const state: NavigationState = { anchor: captureAnchor(), focus };
    void navigate(to, { preventScrollReset: true, state });
  };
}
