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
 * kept (the shallowest wins), never thrown: the page shows it with the ErrorBoundary that catches it. The prerender
 * and every navigation run it, and so does the browser before hydrating a prerendered page: a route's data is a file
 * of its own (a page's data.json, a language's strings), which the HTML does not repeat.
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
