import type { Page } from "@playwright/test";
import { expect, hydrated, test } from "./fixtures.ts";
import { essayPage } from "./pages.ts";

// Share: never shifts the page, confirms briefly, lets the reader copy by hand where it cannot copy, tolerates
// missing or refusing browser features, and shares the address the reader has open.

type Setup = "clipboard" | "clipboard refuses" | "no clipboard" | "share refuses" | "share missing-permission";

/** Stubs the optional APIs as a browser, policy or permission might leave them, and records what was copied. */
async function prepare(page: Page, setup: Setup) {
  await page.addInitScript((mode) => {
    const record = window as unknown as { __copied: string[] };
    record.__copied = [];
    const clipboard = {
      writeText: (text: string) =>
        mode === "clipboard refuses"
          ? Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"))
          : (record.__copied.push(text), Promise.resolve()),
    };
    Object.defineProperty(Navigator.prototype, "clipboard", {
      configurable: true,
      get: () => (mode === "no clipboard" ? undefined : clipboard),
    });
    if (mode.startsWith("share"))
      Object.defineProperty(Navigator.prototype, "share", {
        configurable: true,
        value: () => Promise.reject(new DOMException("Permission denied", "NotAllowedError")),
      });
    else Reflect.deleteProperty(Navigator.prototype, "share");
    // Every layout shift once the document is parsed (hydration included). Before that, a slow machine can paint a
    // half-parsed header, whose right-aligned controls then move as the rest arrives: a known, separate matter.
    (window as unknown as { __shifts: number[] }).__shifts = [];
    new PerformanceObserver((list) => {
      const parsed = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
      for (const entry of list.getEntries())
        if (parsed && parsed.domInteractive > 0 && entry.startTime >= parsed.domInteractive)
          (window as unknown as { __shifts: number[] }).__shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: "layout-shift", buffered: true });
  }, setup);
}

const shifts = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
const copied = (page: Page) => page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);

for (const width of [390, 1280])
  test(`at ${width} px, copying the link moves nothing and the confirmation goes by itself`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await prepare(page, "clipboard");
    await page.goto(essayPage.en);
    await hydrated(page);
    const before = await page.locator("article h1").boundingBox();
    const paragraph = await page.locator("#private-breakups").boundingBox();
    await page.getByRole("button", { name: "Share" }).click();
    const status = page.getByText(/^Link copied: /);
    await expect(status).toBeVisible();
    expect(await page.locator("article h1").boundingBox()).toEqual(before);
    expect(await page.locator("#private-breakups").boundingBox()).toEqual(paragraph);
    await expect(status).toBeHidden({ timeout: 10_000 });
    expect(await shifts(page)).toEqual([]);
  });

for (const setup of ["clipboard refuses", "no clipboard"] as const)
  test(`when the ${setup === "no clipboard" ? "clipboard is missing" : "clipboard refuses"}, the link is ready to copy by hand`, async ({
    page,
  }) => {
    await prepare(page, setup);
    await page.goto(essayPage.de);
    await hydrated(page);
    await page.getByRole("button", { name: "Teilen" }).click();
    const field = page.getByRole("textbox", { name: "Diesen Link kopieren:" });
    await expect(field).toBeFocused();
    const address = new URL(page.url());
    await expect(field).toHaveValue(`${address.origin}${address.pathname}`);
    await expect(field).toHaveJSProperty("readOnly", true);
    expect(
      await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd, input.value.length]),
    ).toEqual([0, (await field.inputValue()).length, (await field.inputValue()).length]);
    expect(await shifts(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(field).toBeHidden();
  });

test("a share sheet that refuses falls back to copying", async ({ page }) => {
  await prepare(page, "share refuses");
  await page.goto(`${essayPage.en}#grown-apart`);
  await hydrated(page);
  await page.getByRole("button", { name: "Share" }).click();
  const address = new URL(page.url());
  await expect(page.getByText(/^Link copied: /)).toBeVisible();
  expect(await copied(page)).toEqual([`${address.origin}${address.pathname}#grown-apart`]);
});

test("shared and printed links are the address the reader has open", async ({ page }) => {
  await prepare(page, "clipboard");
  await page.goto(`${essayPage.en}?ref=newsletter`);
  await hydrated(page);
  const address = new URL(page.url());
  const open = `${address.origin}${address.pathname}`;
  await page.getByRole("button", { name: "Share" }).click();
  await expect(page.getByText(`Link copied: ${open}`)).toBeVisible();
  expect(await copied(page)).toEqual([open]);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText(`Online: ${open}`)).toBeVisible();
  // The canonical address still names the deployment's origin (SITE_URL).
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https:\/\//);
});
