import { createContext, useContext, useEffect } from "react";
import { absoluteUrl } from "../head/urls.ts";
import type { PageHead } from "../page-data/types.ts";

/** Set by the prerender to learn each page's head while rendering it; absent in the browser. */
export const HeadCollectorContext = createContext<((head: PageHead) => void) | null>(null);

const MARK = "data-page-head";
let headNavigations = 0;

/**
 * After a client-side navigation: the new page's title and language at once, its links a moment later (crawler-only
 * tags are removed). The links' code is needed by no first visit, so it loads with the first navigation (or when the
 * browser is idle: preloadHeadLinks).
 */
async function applyHead(head: PageHead): Promise<void> {
  document.title = head.title;
  document.documentElement.lang = head.lang;
  const navigation = ++headNavigations;
  const { pageLinks } = await preloadHeadLinks();
  // Another navigation may have come meanwhile: only the newest page writes its links.
  if (navigation !== headNavigations) return;
  for (const element of document.head.querySelectorAll(`[${MARK}]`)) element.remove();
  for (const { tag, attrs, text } of pageLinks(head)) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    if (text !== undefined) element.textContent = text;
    element.setAttribute(MARK, "");
    document.head.append(element);
  }
}

export const preloadHeadLinks = () => import("../head/page-links.ts");

/** Declares the page's head: written into the static HTML by the prerender, kept in sync in the browser. */
export function useDocumentHead(head: PageHead): void {
  const collect = useContext(HeadCollectorContext);
  collect?.(head);
  const { lang, path, title } = head;
  useEffect(() => {
    // A prerendered page already has its head, crawler tags included: only later pages change it.
    const canonical = document.querySelector(`link[rel="canonical"][${MARK}]`)?.getAttribute("href");
    const current =
      document.title === title &&
      document.documentElement.lang === lang &&
      path !== undefined &&
      canonical === absoluteUrl(path);
    if (!current) void applyHead(head);
    // `head` is a new object on every render; its language, path and title say when it is another page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang, path, title]);
}
