import { useSyncExternalStore } from "react";
import { absoluteUrl } from "../head/urls.ts";
import { useLocation } from "../router/page-context.ts";

const noChanges = () => () => {};

/**
 * The address of the page as the reader has it open (a preview, a mirror, localhost), for sharing and printing;
 * SITE_URL's address in the prerendered HTML, which cannot know it. Canonical tags, sitemap and feeds keep SITE_URL.
 */
export function usePageAddress(): string {
  const { pathname } = useLocation();
  const path = `${import.meta.env.BASE_URL}${pathname.replace(/^\//, "")}`;
  return useSyncExternalStore(
    noChanges,
    () => new URL(path, window.location.origin).href,
    () => absoluteUrl(pathname),
  );
}
