import { createContext, useContext, useEffect } from "react";
import { headTags, type PageHead } from "../head/head-tags.ts";

/** Set by the prerender to learn each page's head while rendering it; absent in the browser. */
export const HeadCollectorContext = createContext<((head: PageHead) => void) | null>(null);

const MARK = "data-page-head";

function applyHead(head: PageHead): void {
  document.title = head.title;
  document.documentElement.lang = head.lang;
  for (const element of document.head.querySelectorAll(`[${MARK}]`)) element.remove();
  for (const { tag, attrs, text } of headTags(head)) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    if (text !== undefined) element.textContent = text;
    element.setAttribute(MARK, "");
    document.head.append(element);
  }
}

/** Declares the page's title, description and language: written into the static HTML, kept in sync in the browser. */
export function useDocumentHead(head: PageHead): void {
  const collect = useContext(HeadCollectorContext);
  collect?.(head);
  const { lang, page, title, description } = head;
  useEffect(() => {
    applyHead({ lang, page, title, description });
  }, [lang, page, title, description]);
}
