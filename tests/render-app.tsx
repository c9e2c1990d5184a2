import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import type { RouteHandle } from "../src/page-kinds.ts";
import { currentLocation, PageRouter } from "../src/router/loaded-routes.tsx";
import { loadPage, type PageRoute } from "../src/router/page-routes.ts";
import { routes } from "../src/routes.tsx";

/**
 * Renders `routes` at `path` (with query and fragment) in jsdom's window, as the browser would once the page's data is
 * in; `location()` is the address bar.
 */
export async function renderRoutes(table: PageRoute[], path: string) {
  window.history.replaceState(null, "", path);
  const initial = await loadPage(table, currentLocation("/"));
  const user = userEvent.setup();
  const view = render(<PageRouter routes={table} initial={initial} basename="/" />);
  return { user, location: () => window.location, ...view };
}

/** The whole app, with its real routes, loaders, content and strings, opened at `path`. */
export const renderApp = (path: string) => renderRoutes(routes, path);

/** One component on a page in `lang` (whose strings are registered already), for components that read the page's. */
export const renderInPage = (element: ReactNode, lang: string) =>
  renderRoutes([{ path: "*", handle: { lang } satisfies RouteHandle, Component: () => element }], "/");
