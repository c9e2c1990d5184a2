import {
  Component as ReactComponent,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ComponentType,
  type ReactNode,
} from "react";
import {
  createPath,
  NavigationType,
  Router,
  useRoutes,
  type Location,
  type Navigator,
  type RouteObject,
  type To,
} from "react-router";
import { documentRestoresPlace } from "../lib/document-restores-place.ts";
import { fragmentId } from "../lib/fragment-id.ts";
import { navigationState } from "../lib/navigation-state.ts";
import { loadPage, withoutBase, type LoadedPage, type PageMatch, type PageRoute } from "./page-routes.ts";
import { RouteContext, ShownContext, useShown, type Shown } from "./page-context.ts";
import { leaveDocument, savedPosition, savePosition } from "./scroll-positions.ts";

// Shows a page once its routes' data is in, and only then moves the address bar to it (until then the page before
// stays, as with React Router's data mode); restores scroll on history steps; hands each route its data.

interface BoundaryProps {
  fallback: ComponentType;
  match: PageMatch | undefined;
  /** The address shown: a new one starts without the last page's render error. */
  pathname: string;
  children: ReactNode;
}

/** Catches what a route's subtree throws while rendering, and shows the route's ErrorBoundary with it. */
class RenderErrorBoundary extends ReactComponent<BoundaryProps, { error: unknown; pathname: string }> {
  override state = { error: undefined as unknown, pathname: this.props.pathname };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  static getDerivedStateFromProps(props: BoundaryProps, state: { pathname: string }) {
    return props.pathname === state.pathname ? null : { error: undefined, pathname: props.pathname };
  }
  override render() {
    const { fallback: Fallback, match, children } = this.props;
    if (this.state.error === undefined) return children;
    return (
      <RouteContext value={{ match, error: this.state.error }}>
        <Fallback />
      </RouteContext>
    );
  }
}

/** One route of the page on screen: its component with its match, or its ErrorBoundary with what failed. */
function Routed({ route }: { route: PageRoute }) {
  const { matches, error, location } = useShown();
  const at = matches.findIndex((match) => match.route === route);
  const match = matches[at];
  const failed = error?.at === at;
  const Shown = failed && route.ErrorBoundary ? route.ErrorBoundary : route.Component;
  const element = (
    <RouteContext value={{ match, error: failed ? error.error : undefined }}>
      <Shown />
    </RouteContext>
  );
  if (!route.ErrorBoundary) return element;
  return (
    <RenderErrorBoundary fallback={route.ErrorBoundary} match={match} pathname={location.pathname}>
      {element}
    </RenderErrorBoundary>
  );
}

/**
 * React Router's route objects for the table (made once per table). One element type for every route, so that a
 * component two routes share (a language's frame) stays mounted from one to the other, as in React Router.
 */
function routeObjects(routes: PageRoute[]): RouteObject[] {
  return routes.map((route): RouteObject => {
    const common = { element: <Routed route={route} />, ...(route.caseSensitive && { caseSensitive: true }) };
    if (route.index) return { ...common, index: true };
    return {
      ...common,
      ...(route.path !== undefined && { path: route.path }),
      ...(route.children && { children: routeObjects(route.children) }),
    };
  });
}

/** The page: React Router renders its routes (so `Outlet`, `Link` and `useParams` work), each with its match. */
export function ShownRoutes({ routes, shown }: { routes: PageRoute[]; shown: Shown }) {
  const objects = useMemo(() => routeObjects(routes), [routes]);
  return <ShownContext value={shown}>{useRoutes(objects)}</ShownContext>;
}

interface EntryState {
  /** What the navigation carried (`navigate(to, { state })`). */
  usr: unknown;
  key: string;
}

/** A location of the app as React Router's `<Router>` takes it: under the base. */
export const withBase = (location: Location, basename: string): Location => ({
  ...location,
  pathname: `${basename.replace(/\/$/, "")}${location.pathname}`,
});

const newKey = () => Math.random().toString(36).slice(2, 10);

/** Gives the current history entry a key if the browser made it (its state is not ours), keeping what it carries. */
function keyEntry(): void {
  const entry = window.history.state as Partial<EntryState> | null;
  if (entry?.key) return;
  window.history.replaceState({ usr: entry?.usr ?? null, key: newKey() } satisfies EntryState, "");
}

/**
 * The address bar as a location of the app (without the base), with what the navigation to it carried. An entry the
 * browser made (the document's first, a fragment link's) gets a key of its own first, so that two entries at one
 * address keep two scroll positions.
 */
export function currentLocation(basename: string): Location {
  keyEntry();
  const { pathname, search, hash } = window.location;
  const entry = window.history.state as Partial<EntryState> | null;
  return {
    pathname: withoutBase(pathname, basename),
    search,
    hash,
    state: entry?.usr ?? null,
    key: entry?.key ?? "default",
  };
}

/**
 * React Router's navigator for the page router: `push` and `replace` load the next page's data first, then write
 * the address and show the page together; `show` does the same for an address the browser has moved to already.
 */
class PageNavigator implements Navigator {
  private readonly routes: PageRoute[];
  private readonly basename: string;
  private readonly setShown: (page: Shown) => void;
  /** The page on screen (or being shown: set with it). */
  private onScreen: Shown;
  private latest = 0;

  constructor(routes: PageRoute[], basename: string, setShown: (page: Shown) => void, initial: Shown) {
    this.routes = routes;
    this.basename = basename;
    this.setShown = setShown;
    this.onScreen = initial;
  }

  /** Where the page on screen is. */
  get location(): Location {
    return this.onScreen.location;
  }

  /** Loads `target`, then (unless another navigation started meanwhile) writes the address and shows it. */
  show(target: Location, action: NavigationType, write?: () => void): void {
    const id = (this.latest += 1);
    const current = this.onScreen;
    const loaded =
      // The same page at another fragment or query: its data stays (unless it failed: then it is tried again).
      target.pathname === current.location.pathname && !current.error
        ? Promise.resolve({ ...current, location: target })
        : loadPage(this.routes, target);
    void loaded.then((page) => {
      if (id !== this.latest) return;
      savePosition(this.onScreen.location);
      write?.();
      const next: Shown = { ...page, location: target, navigationType: action, navigated: true };
      this.onScreen = next;
      this.setShown(next);
    });
  }

  private navigate(action: NavigationType.Push | NavigationType.Replace, to: To, state: unknown): void {
    // As the address bar will have it (percent-encoded), so that it compares with what the browser reports later.
    const url = new URL(this.createHref(to), window.location.href);
    const href = `${url.pathname}${url.search}${url.hash}`;
    const entry: EntryState = { usr: state ?? null, key: newKey() };
    const pathname = withoutBase(url.pathname, this.basename);
    const target = { pathname, search: url.search, hash: url.hash, state: entry.usr, key: entry.key };
    this.show(target, action, () => {
      try {
        if (action === NavigationType.Push) window.history.pushState(entry, "", href);
        else window.history.replaceState(entry, "", href);
      } catch {
        // Browsers limit how often history may change (Safari: 100 times in 10 s): then load the page instead.
        window.location.assign(href);
      }
    });
  }

  push = (to: To, state?: unknown) => this.navigate(NavigationType.Push, to, state);
  replace = (to: To, state?: unknown) => this.navigate(NavigationType.Replace, to, state);
  createHref = (to: To) => (typeof to === "string" ? to : createPath(to));
  createURL = (to: To) => new URL(this.createHref(to), window.location.href);
  encodeLocation = (to: To) => {
    const { pathname, search, hash } = this.createURL(to);
    return { pathname, search, hash };
  };
  go = (delta: number) => window.history.go(delta);
}

/**
 * The app in the browser: React Router's `<Router>` with the page on screen as its location. A link or `navigate()`
 * loads the next page's data first and then shows it and moves the address bar together, as React Router's data
 * mode does (its `<BrowserRouter>` would move the address at once); Back and Forward show the entry once its data
 * is in. `initial`: the page of the current address, loaded before the first render (or hydration).
 */
export function PageRouter({
  routes,
  initial,
  basename,
}: {
  routes: PageRoute[];
  initial: LoadedPage;
  basename: string;
}) {
  const [shown, setShown] = useState<Shown>(() => ({
    ...initial,
    navigationType: NavigationType.Pop,
    navigated: false,
  }));
  const [navigator] = useState(() => new PageNavigator(routes, basename, setShown, shown));

  useEffect(() => {
    // Back, Forward and fragment links: the browser has moved the address already.
    const onPopState = () => navigator.show(currentLocation(basename), NavigationType.Pop);
    const onPageHide = () => leaveDocument(navigator.location);
    window.addEventListener("popstate", onPopState);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      window.removeEventListener("popstate", onPopState);
      window.removeEventListener("pagehide", onPageHide);
    };
  }, [navigator, basename]);

  return (
    <Router
      basename={basename}
      location={useMemo(() => withBase(shown.location, basename), [shown.location, basename])}
      navigationType={shown.navigationType}
      navigator={navigator}
    >
      <ShownRoutes routes={routes} shown={shown} />
    </Router>
  );
}

/**
 * After a navigation, puts the reader where the entry was left (Back, Forward), at its fragment, or at the top. A
 * navigation that carries the reader's place (`anchor`, a language switch) keeps it instead. Render it inside the
 * root route, before anything that moves the page itself in a layout effect.
 */
export function ScrollRestoration() {
  const { location, navigationType, navigated } = useShown();
  useLayoutEffect(() => {
    if (!navigated) {
      // A reload or a return to this document: where the browser did not restore the place, and the reader has not
      // moved yet, the saved position.
      const saved = documentRestoresPlace() && window.scrollY === 0 ? savedPosition(location) : undefined;
      if (saved !== undefined) window.scrollTo(0, saved);
      return;
    }
    // (Newer browsers' scroll methods return a promise: never the effect's result.)
    const saved = navigationType === NavigationType.Pop ? savedPosition(location) : undefined;
    const target = location.hash ? document.getElementById(fragmentId(location.hash)) : null;
    if (saved !== undefined) window.scrollTo(0, saved);
    else if (target) target.scrollIntoView();
    // A new page starts at its top, unless the navigation keeps the reader's place. A history step to an entry
    // without a saved position (made before the app started) is the browser's to restore.
    else if (navigationType !== NavigationType.Pop && navigationState(location.state).anchor === undefined)
      window.scrollTo(0, 0);
  }, [location, navigationType, navigated]);
  return null;
}
