import { startTransition, StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { preloadHeadLinks } from "./hooks/use-document-head.ts";
import { prefetchOtherLanguages } from "./lib/prefetch-languages.ts";
import { whenIdle } from "./lib/when-idle.ts";
import { adoptServedAddress } from "./lib/served-address.ts";
import type { PageData } from "./page-data/types.ts";
import { currentLocation, PageRouter } from "./router/loaded-routes.tsx";
import { loadPage } from "./router/page-routes.ts";
import { startScrollRestoration } from "./router/scroll-positions.ts";
import { routes } from "./routes.tsx";
import "./styles/global.css";
import "./styles/print.css";

// Evaluating the app's modules, setting up the router and hydrating are separate tasks, so that none of them keeps
// the reader's input waiting for long (Total Blocking Time; docs/decisions/004-first-paint-without-the-app.md).
// No top-level await: it turns off the bundler's chunk optimizations, and the code that the app shares with its
// chunks loaded on demand would go into a chunk of its own, one more request before hydration (Rolldown).
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start(): Promise<void> {
  await yieldToBrowser();

  const container = document.getElementById("root");
  if (!container) throw new Error("index.html has no #root");
  const base = import.meta.env.BASE_URL;
  // A page's own file, under whatever address the host answered with it: hydrate it (at its canonical address).
  // Hosts answer unknown paths with 404.html, whose HTML was rendered for another URL: render that page afresh
  // instead of hydrating markup that cannot match. Same for `npm run dev` (no prerender).
  const served = adoptServedAddress(routes, base, container.dataset.path);
  const location = currentLocation(base);
  // The page's data (its data.json and UI strings, which the loader requested with the app). Until it is in, the
  // static page stays on screen; if it fails (offline, with the page kept but not its data), the page stays as
  // served, which reads and navigates without the app, rather than become an error page.
  const initial = await loadPage(routes, location);
  if (served && initial.error) return;

  startScrollRestoration();
  const app = (
    <StrictMode>
      <PageRouter routes={routes} initial={initial} basename={base} />
    </StrictMode>
  );

  await yieldToBrowser();
  if (served) {
    // The page is already on screen: hydrate as a transition, which React splits into short tasks that yield to
    // the browser (a plain hydrateRoot is one long task that blocks input for as long as the whole tree takes).
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    createRoot(container).render(app);
  }

  prefetchOtherLanguages(initial.matches.at(-1)?.data as Partial<PageData> | undefined);
  // What a client-side navigation needs and no first visit does (the new page's head links), so none waits for it.
  whenIdle(() => void preloadHeadLinks().catch(() => undefined));
}

void start();
