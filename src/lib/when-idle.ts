/**
 * Runs `callback` once the browser is idle, or a second later where it cannot say (Safari has no
 * requestIdleCallback; a privacy setting or an old engine may leave it out or blank).
 */
export function whenIdle(callback: () => void, timeout = 5000): void {
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(callback, { timeout });
  else setTimeout(callback, 1000);
}
