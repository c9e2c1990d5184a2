import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { MemoryRouter, useLocation, type Location } from "react-router";
import type { RouteHandle } from "../src/page-kinds.ts";
import { LoadedRoutes } from "../src/router/loaded-routes.tsx";
import { loadPage, type PageRoute } from "../src/router/page-routes.ts";
import { routes } from "../src/routes.tsx";

/** Renders `routes` at `path` (with query and fragment) once their data is in; `location()` is the address bar's. */
async function renderRoutes(table: PageRoute[], path: string) {
  const url = new URL(path, "http://test.local");
  const initial = await loadPage(table, {
    pathname: url.pathname,
    search: url.search,
    hash: url.hash,
    state: null,
    key: "default",
  });
  let live: Location | undefined;
  function AddressBar() {
    live = useLocation();
    return null;
  }
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <AddressBar />
      <LoadedRoutes routes={table} initial={initial} />
    </MemoryRouter>,
  );
  return { user, location: () => live, ...view };
}

/** The whole app, with its real routes, loaders, content and strings, opened at `path`. */
export const renderApp = (path: string) => renderRoutes(routes, path);

/** One component on a page in `lang` (whose strings are registered already), for components that read the page's. */
export const renderInPage = (element: ReactNode, lang: string) =>
  renderRoutes([{ path: "*", handle: { lang } satisfies RouteHandle, Component: () => element }], "/");
