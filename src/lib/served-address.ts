import { matchRoutes } from "react-router";
import type { PageRoute } from "../router/page-routes.ts";

/**
 * Which page the server delivered, and whether the address in the bar is that page's own. A static host answers one
 * page's file under several addresses (`/de/index.html`, `//de/`, `/d%65/`, `/DE/` on a case-insensitive host): the
 * server has said which page it is, so the app keeps that page and writes its canonical address into the bar
 * (`history.replaceState`, with the query and fragment the reader came with). The 404 document (`404.html`, which
 * hosts serve under any unknown address) and `npm run dev` (no prerendered page) return `undefined`.
 */
export function adoptServedAddress(routes: PageRoute[], basename: string, servedPath: string | undefined) {
  if (!servedPath) return undefined;
  const page = matchRoutes(routes, servedPath, basename)?.at(-1)?.route.handle?.kind;
  if (!page || page === "not-found") return undefined;
  const { pathname, search, hash } = window.location;
  if (pathname !== servedPath) window.history.replaceState(window.history.state, "", `${servedPath}${search}${hash}`);
  return page;
}
