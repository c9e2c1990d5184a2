import type { ReadingAnchor } from "./reading-anchor.ts";

/** What a navigation carries in `location.state` for the page it opens. */
export interface NavigationState {
  anchor?: ReadingAnchor | null;
  focus?: "language-toggle";
}

export const navigationState = (state: unknown): NavigationState => (state && typeof state === "object" ? state : {});
