import { Suspense, useEffect, useLayoutEffect, useRef, useState } from "react";
import { NavigationType, Outlet } from "react-router";
import { useAppliedDisplayPreferences } from "../hooks/use-display-preferences.ts";
import { useSteadyPlace } from "../hooks/use-steady-place.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { navigationState } from "../lib/navigation-state.ts";
import { registerServiceWorker } from "../lib/service-worker.ts";
import { restoreAnchor } from "../lib/reading-anchor.ts";
import { lazyComponent } from "../lib/lazy-component.ts";
import { ScrollRestoration } from "../router/loaded-routes.tsx";
import { useLocation, useNavigationType } from "../router/page-context.ts";

// Shown only when a new version has been deployed while the page is open: its code loads then.
const UpdateNotice = lazyComponent(() => import("./update-notice.tsx").then((module) => module.UpdateNotice));

/**
 * Wraps every page and outlives them all: restores scroll, keeps the reader's paragraph across a
 * language switch and every re-layout, and moves focus and announces the page after a client-side navigation.
 */
export function AppFrame() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const { t } = useLocale();
  const [announcement, setAnnouncement] = useState("");
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);
  const previousPath = useRef(location.pathname);
  useAppliedDisplayPreferences();
  useSteadyPlace(location.pathname);

  useEffect(() => {
    registerServiceWorker((apply) => setApplyUpdate(() => apply));
    // The page is interactive: tools and the browser tests wait for this mark.
    document.documentElement.dataset.hydrated = "";
  }, []);

  // Before paint, so the reader never sees the new page at the wrong place.
  useLayoutEffect(() => {
    const { anchor } = navigationState(location.state);
    // Back, Forward and reload return to where the reader was on that entry since, not to where the switch began.
    if (anchor && navigationType !== NavigationType.Pop) restoreAnchor(anchor);
  }, [location, navigationType]);

  useEffect(() => {
    if (previousPath.current === location.pathname) return;
    previousPath.current = location.pathname;
    const { focus } = navigationState(location.state);
    const target = document.querySelector<HTMLElement>(focus ?? "main h1") ?? document.querySelector("main h1");
    target?.focus({ preventScroll: true });
    setAnnouncement(t("navigation.announce", { title: document.title }));
  }, [location, t]);

  return (
    <>
      <Outlet />
      <ScrollRestoration />
      <Suspense>{applyUpdate && <UpdateNotice onReload={applyUpdate} />}</Suspense>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
