import type { ComponentType } from "react";
import { matchRoutes, type Location, type Params } from "react-router";
import type { RouteHandle } from "../page-kinds.ts";

// A route table for React Router's declarative mode, with what its data mode would add: each route may load data
// before it is shown, and may catch what failed below it. Data mode costs 17.6 kB gzip more on every first visit;
// this is the part of it the app uses (docs/decisions/010-declarative-router-with-own-loaders.md). No React here
// beyond types: the prerender and the browser share it.

interface PageRouteFields {
  path?: string;
  caseSensitive?: boolean;
  handle?: RouteHandle;
  /** Its data, from the route's params. Throw `notFound()` (page-data/load.ts) for a page that does not exist. */
  load?: (params: Params) => Promise<unknown>;
  /**
   * Its data stays out of the page's HTML: the browser runs `load` again before hydrating. For data the browser
   * fetches as a cacheable file of its own anyway (a language's UI strings), which the HTML would only repeat.
   */
  loadInBrowser?: true;
  Component: ComponentType;
  /** Shown instead of `Component` when its own data or anything below it failed to load or to render. */
  ErrorBoundary?: ComponentType;
}

/** One route: React Router's path fields, plus the data it needs (`load`) and what it shows when that fails. */
export type PageRoute =
  | (PageRouteFields & { index: true; children?: undefined })
  | (PageRouteFields & { index?: false; children?: PageRoute[] });

export interface PageMatch {
  route: PageRoute;
  params: Params;
  /** The part of the path this route matched (no base). */
  pathname: string;
  /** What its `load` returned (undefined without one). */
  data: unknown;
}

/** A location with everything its routes need to render: what the router shows. */
export interface LoadedPage {
  location: Location;
  matches: PageMatch[];
  /** A failure, caught by the route at `at` (an index into `matches`): it shows its ErrorBoundary. */
  error?: { at: number; error: unknown };
}

/** The routes matching a location (no base), root first; throws if none does (the table ends with a catch-all). */
function match(routes: PageRoute[], location: Pick<Location, "pathname">) {
  const found = matchRoutes(routes, location.pathname);
  if (!found) throw new Error(`${location.pathname}: no route matches (the route table needs a "*" route)`);
  return found.map(({ route, params, pathname }) => ({ route, params, pathname }));
}

/** Where a failure at match `from` is shown: the nearest route at or above it with an ErrorBoundary. */
function catcher(matches: Pick<PageMatch, "route">[], from: number): number {
  for (let at = from; at >= 0; at--) if (matches[at]?.route.ErrorBoundary) return at;
  return 0;
}

/**
 * Matches `location` (its pathname without the base) and runs every matched route's `load` in parallel. A failure is
 * kept (the shallowest wins), never thrown: the page shows it with the ErrorBoundary that catches it.
 */
export async function loadPage(routes: PageRoute[], location: Location): Promise<LoadedPage> {
  const found = match(routes, location);
  const results = await Promise.allSettled(found.map(async ({ route, params }) => route.load?.(params)));
  const failed = results.findIndex((result) => result.status === "rejected");
  const matches = found.map((found, at) => {
    const result = results[at];
    return { ...found, data: result?.status === "fulfilled" ? result.value : undefined };
  });
  if (failed < 0) return { location, matches };
  const reason = (results[failed] as PromiseRejectedResult).reason as unknown;
  return { location, matches, error: { at: catcher(matches, failed), error: reason } };
}

/** What the prerendered page carries for hydration: each match's data, in order (JSON). */
export interface HydrationData {
  data: unknown[];
}

export const hydrationData = (page: LoadedPage): HydrationData => ({
  data: page.matches.map((match) => (match.route.loadInBrowser ? null : match.data)),
});

/**
 * The page the server rendered, from its hydration data and the `loadInBrowser` routes' own loads: the same matches
 * and data, so hydration renders what is on screen. Undefined if the data does not fit the routes (another build's
 * page, say): then load the page afresh. Rejects when a load fails (offline, and the file not kept).
 */
export async function hydratedPage(
  routes: PageRoute[],
  location: Location,
  hydration: unknown,
): Promise<LoadedPage | undefined> {
  const data = (hydration as Partial<HydrationData> | null)?.data;
  const found = match(routes, location);
  if (!Array.isArray(data) || data.length !== found.length) return undefined;
  const matches = await Promise.all(
    found.map(async (match, at) => ({
      ...match,
      // JSON has no undefined (a route without `load`): it comes back as null.
      data: match.route.loadInBrowser ? await match.route.load?.(match.params) : (data[at] ?? undefined),
    })),
  );
  return { location, matches };
}

/**
 * A path in the app's terms, without the base it is served under (`/essay/de/` → `/de/` for the base `/essay/`), as
 * React Router's location has it. A path outside the base stays as it is (it matches the catch-all).
 */
export function withoutBase(pathname: string, base: string): string {
  const prefix = base.replace(/\/$/, "");
  if (!prefix || !pathname.toLowerCase().startsWith(prefix.toLowerCase())) return pathname;
  const rest = pathname.slice(prefix.length);
  // `/essayist/` is not under `/essay/`.
  if (rest !== "" && !rest.startsWith("/")) return pathname;
  return rest || "/";
}
