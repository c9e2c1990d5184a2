import { whenIdle } from "./when-idle.ts";

/**
 * Registers the service worker (production builds only), once the page has settled: it is not needed
 * for the first paint, so its code stays out of the first load. `onUpdate` receives a function that
 * switches to a newly deployed version and reloads. Where workers are unavailable (a policy, some private
 * modes, an insecure origin) or registration fails, the site simply works without one: online, uncached.
 */
export function registerServiceWorker(onUpdate: (applyUpdate: () => void) => void): void {
  // `in` is not enough: a blocked browser may have the property, left undefined.
  if (!import.meta.env.PROD || !(navigator as Partial<Navigator>).serviceWorker) return;
  whenIdle(() => {
    import("workbox-window")
      .then(async ({ Workbox }) => {
        const base = import.meta.env.BASE_URL;
        const workbox = new Workbox(`${base}sw.js`, { scope: base });
        workbox.addEventListener("waiting", () => {
          onUpdate(() => {
            workbox.addEventListener("controlling", () => window.location.reload());
            workbox.messageSkipWaiting();
          });
        });
        await workbox.register();
      })
      .catch(() => undefined);
  });
}
