import type { ReadingAnchor } from "./reading-anchor.ts";

/** What a navigation carries in `location.state` for the page it opens. */
export interface NavigationState {
  /** Where the reader was, to be kept in the new page. */
  anchor?: ReadingAnchor | null;
  /** A selector for the element that keeps focus (the control that was used), instead of the heading. */
  focus?: string;
}

export const navigationState = (state: unknown): NavigationState => (state && typeof state === "object" ? state : {});
