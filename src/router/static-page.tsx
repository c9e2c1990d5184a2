import { NavigationType, StaticRouter } from "react-router";
import { ShownRoutes, withBase } from "./loaded-routes.tsx";
import type { Shown } from "./page-context.ts";
import type { LoadedPage, PageRoute } from "./page-routes.ts";

/**
 * A page for the prerender: `page` at its location (under `basename`), nothing to navigate. A module of its own, so
 * that React Router's server code stays out of the browser's bundle.
 */
export function StaticPage({ routes, page, basename }: { routes: PageRoute[]; page: LoadedPage; basename: string }) {
  const shown: Shown = { ...page, navigationType: NavigationType.Pop, navigated: false };
  return (
    <StaticRouter basename={basename} location={withBase(page.location, basename)}>
      <ShownRoutes routes={routes} shown={shown} />
    </StaticRouter>
  );
}
