import type { Page } from "@playwright/test";
import { expect, hydrated, test } from "./fixtures.ts";
import { essayPage } from "./pages.ts";

// The browser may lack what the site only uses to be nicer: a service worker, requestIdleCallback, storage,
// matchMedia. Each missing one must cost only its feature: no uncaught error (the fixtures fail the test on any),
// and reading, switching and the display settings still work.

/** Reads, switches language, changes the theme and takes the resume offer: what touches every optional API. */
async function readAround(page: Page) {
  await page.goto(essayPage.de);
  await hydrated(page);
  await page.locator("#grown-apart").evaluate((element) => element.scrollIntoView({ block: "start" }));
  await page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Breaking Up with a Client");
  await page.getByRole("button", { name: "Display" }).click();
  await page.getByRole("radio", { name: "Dark" }).check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  // The idle work (prefetching the other language, registering the worker) has had its chance to fail.
  await page.waitForFunction(() => (window as unknown as { __idleDone?: boolean }).__idleDone === true);
}

/** Marks when the page's idle-time work has run, whichever way the browser schedules it. */
async function watchIdle(page: Page) {
  await page.addInitScript(() => {
    const done = () => setTimeout(() => ((window as unknown as { __idleDone: boolean }).__idleDone = true), 1500);
    if (document.readyState === "complete") done();
    else window.addEventListener("load", done);
  });
}

test("without service workers (navigator.serviceWorker undefined), no error", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "serviceWorker", { get: () => undefined, configurable: true });
  });
  await watchIdle(page);
  await readAround(page);
});

test("when registering the service worker fails (a policy), no error", async ({ page }) => {
  await page.addInitScript(() => {
    const attempts = { count: 0 };
    (window as unknown as { __attempts: typeof attempts }).__attempts = attempts;
    ServiceWorkerContainer.prototype.register = () => {
      attempts.count++;
      return Promise.reject(new DOMException("Service workers are blocked", "SecurityError"));
    };
  });
  await watchIdle(page);
  await readAround(page);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __attempts: { count: number } }).__attempts.count))
    .toBeGreaterThan(0);
});

test("without requestIdleCallback (left blank), no error, and the other language still comes", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "requestIdleCallback", { value: undefined, configurable: true });
  });
  await watchIdle(page);
  await readAround(page);
});

test("with storage blocked (every access throws), no error; choices last for the visit", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get: () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await watchIdle(page);
  await readAround(page);
});

test("without matchMedia, no error, and the resume offer still takes the reader back", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "matchMedia", { value: undefined, configurable: true });
  });
  await watchIdle(page);
  await readAround(page);
  await page.getByRole("link", { name: "digital.mensch", exact: true }).first().click();
  await page.getByRole("link", { name: "Breaking Up with a Client" }).click();
  const offer = page.getByRole("button", { name: "Continue where you left off" });
  await offer.click();
  await expect(page.locator("#grown-apart")).toBeInViewport();
});

test("with the service worker in control, an unknown address still answers 404", async ({ page, problems }) => {
  await page.goto(essayPage.de);
  await hydrated(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  for (const [path, heading] of [
    ["en/no-such-page/", "Page not found"],
    [`${essayPage.de}no-such-page/`, "Seite nicht gefunden"],
    ["no-such-page/", "Seite nicht gefunden · Page not found"],
  ]) {
    const response = await page.goto(path!);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading!);
  }
  problems.splice(0, problems.length, ...problems.filter((problem) => !problem.includes("404 (Not Found)")));
  // A page the worker has cached is still answered by it.
  const cached = await page.goto(essayPage.en);
  expect(cached?.fromServiceWorker()).toBe(true);
});
