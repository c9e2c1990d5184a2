import { createContext, use } from "react";
import type { Location, NavigationType } from "react-router";
import type { LoadedPage, PageMatch } from "./page-routes.ts";

// The page on screen, as its components read it. Apart from the router itself (loaded-routes.tsx), so that code
// loaded on demand, which reads the page, does not pull React Router's components into a chunk shared with the app.

export interface Shown extends LoadedPage {
  navigationType: NavigationType;
  /** False for the page the document arrived with (its scroll is the browser's), true after a navigation. */
  navigated: boolean;
}

export const ShownContext = createContext<Shown | null>(null);
/** The match a route's component renders for (its data), and the failure it shows, if it is the one that catches. */
export const RouteContext = createContext<{ match: PageMatch | undefined; error: unknown }>({
  match: undefined,
  error: undefined,
});

export function useShown(): Shown {
  const shown = use(ShownContext);
  if (!shown) throw new Error("Page hooks need <PageRouter> or <StaticPage> above them");
  return shown;
}

/** The matched routes of the page on screen, root first, each with its handle and data. */
export const useMatches = (): readonly PageMatch[] => useShown().matches;

/** The data the route rendering this component loaded, typed by the caller (as React Router's own hook). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the route's data type is the caller's
export const useLoaderData = <T>(): T => use(RouteContext).match?.data as T;

/** What failed, inside an ErrorBoundary. */
export const useRouteError = (): unknown => use(RouteContext).error;

/** The location of the page on screen: the same object until the page changes (effects may depend on it). */
export const useLocation = (): Location => useShown().location;

/** How the page on screen was reached: PUSH, REPLACE, or POP (history, and the document's first page). */
export const useNavigationType = (): NavigationType => useShown().navigationType;
