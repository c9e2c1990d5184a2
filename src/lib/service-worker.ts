/**
 * Registers the service worker (production builds only), once the page has settled: it is not needed
 * for the first paint, so its code stays out of the first load. `onUpdate` receives a function that
 * switches to a newly deployed version and reloads.
 */
export function registerServiceWorker(onUpdate: (applyUpdate: () => void) => void): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  // Safari has no requestIdleCallback.
  const whenIdle = (callback: () => void) =>
    "requestIdleCallback" in window ? requestIdleCallback(callback) : setTimeout(callback, 1000);
  whenIdle(() => {
    void import("workbox-window").then(({ Workbox }) => {
      const base = import.meta.env.BASE_URL;
      const workbox = new Workbox(`${base}sw.js`, { scope: base });
      workbox.addEventListener("waiting", () => {
        onUpdate(() => {
          workbox.addEventListener("controlling", () => window.location.reload());
          workbox.messageSkipWaiting();
        });
      });
      return workbox.register();
    });
  });
}
