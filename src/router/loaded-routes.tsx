import {
  Component as ReactComponent,
  createContext,
  use,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from "react";
import {
  NavigationType,
  useRoutes,
  useLocation as useAddress,
  useNavigationType as useHistoryAction,
  type Location,
  type RouteObject,
} from "react-router";
import { documentRestoresPlace } from "../lib/document-restores-place.ts";
import { fragmentId } from "../lib/fragment-id.ts";
import { navigationState } from "../lib/navigation-state.ts";
import { loadPage, type LoadedPage, type PageMatch, type PageRoute } from "./page-routes.ts";
import { savedPosition, savePosition, showing } from "./scroll-positions.ts";

// Shows the page of the address in the bar once its routes' data is in (until then the page before stays, as with
// React Router's data mode), restores scroll on history steps, and hands each route its data.

interface Shown extends LoadedPage {
  navigationType: NavigationType;
  /** False for the page the document arrived with (its scroll is the browser's), true after a navigation. */
  navigated: boolean;
}

const ShownContext = createContext<Shown | null>(null);
/** The match a route's component renders for (its data), and the failure it shows, if it is the one that catches. */
const RouteContext = createContext<{ match: PageMatch | undefined; error: unknown }>({
  match: undefined,
  error: undefined,
});

function useShown(): Shown {
  const shown = use(ShownContext);
  if (!shown) throw new Error("Page hooks need <LoadedRoutes> above them");
  return shown;
}

/** The matched routes of the page on screen, root first, each with its handle and data. */
export const useMatches = (): readonly PageMatch[] => useShown().matches;

/** The data the route rendering this component loaded, typed by the caller (as React Router's own hook). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the route's data type is the caller's
export const useLoaderData = <T,>(): T => use(RouteContext).match?.data as T;

/** What failed, inside an ErrorBoundary. */
export const useRouteError = (): unknown => use(RouteContext).error;

/**
 * The location of the page on screen. While the next page's data loads, the address bar is already the next one's;
 * the page keeps its own. The same object until the page changes (effects may depend on it).
 */
export const useLocation = (): Location => useShown().location;

/** How the page on screen was reached: PUSH, REPLACE, or POP (history, and the document's first page). */
export const useNavigationType = (): NavigationType => useShown().navigationType;

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

/**
 * The app's routes, under React Router's `<BrowserRouter>` (or `<StaticRouter>` to prerender, `<MemoryRouter>` in
 * tests). `initial`: the loaded page of the current address (from the prerendered page's hydration data, or loaded
 * before the first render).
 */
export function LoadedRoutes({ routes, initial }: { routes: PageRoute[]; initial: LoadedPage }) {
  const live = useAddress();
  const action = useHistoryAction();
  const [shown, setShown] = useState<Shown>(() => ({
    ...initial,
    location: live,
    navigationType: action,
    navigated: false,
  }));
  const latest = useRef(live);
  const objects = useMemo(() => routeObjects(routes), [routes]);

  useLayoutEffect(() => {
    if (live === latest.current) return;
    latest.current = live;
    savePosition(shown.location);
    const show = (page: LoadedPage) =>
      latest.current === live && setShown({ ...page, navigationType: action, navigated: true });
    // The same page at another fragment or query: its data stays.
    if (live.pathname === shown.location.pathname) show({ ...shown, location: live });
    else void loadPage(routes, live).then(show);
  }, [live, action, routes, shown]);

  // React Router renders the page from its own location, so `Outlet` and `useParams` work; the app's components read
  // the page's location from `useLocation` above, which stays the same object until the page changes.
  return <ShownContext value={shown}>{useRoutes(objects, shown.location)}</ShownContext>;
}

/**
 * After a navigation, puts the reader where the entry was left (Back, Forward), at its fragment, or at the top. A
 * navigation that carries the reader's place (`anchor`, a language switch) keeps it instead. Render it inside the
 * root route, before anything that moves the page itself in a layout effect.
 */
export function ScrollRestoration() {
  const { location, navigationType, navigated } = useShown();
  useLayoutEffect(() => {
    showing(location);
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
    else if (navigationState(location.state).anchor === undefined) window.scrollTo(0, 0);
  }, [location, navigationType, navigated]);
  return null;
}
