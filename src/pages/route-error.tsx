import { isNotFound } from "../page-data/load.ts";
import { useRouteError } from "../router/page-context.ts";
import { ErrorPage } from "./error-page.tsx";
import { NotFoundPage } from "./not-found-page.tsx";

/** A page that does not exist (an unknown essay, a home page past the last) is a 404; anything else failed to load. */
export function RouteError() {
  return isNotFound(useRouteError()) ? <NotFoundPage /> : <ErrorPage inPage />;
}
