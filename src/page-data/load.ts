import { pageDataPath, pageKinds, pathFor, type PageKind, type PageParams } from "../page-kinds.ts";
import type { PageData } from "./types.ts";

/** What a loader throws for a page that does not exist: the route shows the 404 in its language. */
export class PageNotFound extends Error {
  override name = "PageNotFound";
}
export const notFound = (): PageNotFound => new PageNotFound("Not Found");
export const isNotFound = (error: unknown): error is PageNotFound => error instanceof PageNotFound;

// Fetched page data, by URL: a prefetched page (the other language) opens without waiting for the network.
const fetched = new Map<string, Promise<PageData>>();

async function fetchData(url: string): Promise<PageData> {
  const response = await fetch(url);
  if (response.status === 404) throw notFound();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  // A host that answers every unknown address with a page (a single-page-app rewrite) says 200 with HTML.
  if (!response.headers.get("content-type")?.includes("json")) throw notFound();
  return (await response.json()) as PageData;
}

/** The data of the page at `path` (no base), fetched once per visit; a failure is not kept. */
export function fetchPageData(path: string): Promise<PageData> {
  const url = `${import.meta.env.BASE_URL}${pageDataPath(path).slice(1)}`;
  let pending = fetched.get(url);
  if (!pending) {
    pending = fetchData(url);
    fetched.set(url, pending);
    pending.catch(() => fetched.delete(url));
  }
  return pending;
}

/**
 * A route's loader. The build (and the dev server, and tests) makes the page's data from the content; the browser
 * fetches the data.json the build wrote beside the page. So the JavaScript is the same for one essay or a thousand.
 */
export async function loadPage<D extends PageData>(kind: PageKind, lang: string, params: PageParams): Promise<D> {
  const build = pageKinds[kind].build;
  if (build) {
    const made = await (await build()).load(lang, params);
    if (!made) throw notFound();
    return made as D;
  }
  return (await fetchPageData(pathFor(kind, lang, params))) as D;
}
