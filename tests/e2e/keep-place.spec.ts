import type { Page } from "@playwright/test";
import { expect, hydrated, test } from "./fixtures.ts";
import { essayPage, parallelPage } from "./pages.ts";

// Whatever re-flows the page under the reader (text size, window size, something revealed or dismissed), the
// paragraph being read stays where it was: its top, measured from the header's bottom, moves by at most 2 px.

const headerBottom = (page: Page) =>
  page.locator(".site-header").evaluate((header) => header.getBoundingClientRect().bottom);
const topOf = (page: Page, id: string) =>
  page.locator(`article [data-paragraph="${id}"][id]`).evaluate((p) => p.getBoundingClientRect().top);

/**
 * Returns once the page has rendered two more frames, each with its layout observers and animation frames: what the
 * reader sees. A measurement straight after a change forces a layout that no frame has shown yet, before the page
 * has put the paragraph back (which it does while rendering that frame, before painting it).
 */
const painted = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))),
  );

/** Scrolls so that the paragraph starts `offset` px below the header, as a reader would have it, and lets it settle. */
async function readAt(page: Page, id: string, offset: number) {
  const delta = (await topOf(page, id)) - (await headerBottom(page)) - offset;
  await page.mouse.wheel(0, delta);
  await expect
    .poll(async () => Math.abs((await topOf(page, id)) - (await headerBottom(page)) - offset))
    .toBeLessThan(3);
  // The page notes the place being read in the frame after a scroll.
  await painted(page);
}

async function placeOf(page: Page, id: string) {
  return (await topOf(page, id)) - (await headerBottom(page));
}

async function chooseTextSize(page: Page, size: number) {
  const settings = page.locator(".display-settings__button");
  if ((await settings.getAttribute("aria-expanded")) !== "true") await settings.click();
  await page.getByRole("radio", { name: new RegExp(`^${size}\\s?%$`) }).check();
  await expect(page.locator("html")).toHaveCSS("font-size", `${(16 * size) / 100}px`);
}

for (const { width, path, id } of [
  { width: 1280, path: essayPage.en, id: "grown-apart" },
  { width: 390, path: essayPage.de, id: "grown-apart" },
  { width: 1280, path: parallelPage.en, id: "both-directions" },
  { width: 390, path: parallelPage.de, id: "provider-resigns" },
]) {
  test(`${path} at ${width} px: the paragraph being read stays put when the text size changes`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(path);
    await hydrated(page);
    await readAt(page, id, 20);
    const before = await placeOf(page, id);
    for (const size of [150, 90, 130]) {
      await chooseTextSize(page, size);
      await painted(page);
      expect(Math.abs((await placeOf(page, id)) - before)).toBeLessThanOrEqual(2);
    }
  });
}

test("a window resize keeps the paragraph being read in place", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(essayPage.en);
  await hydrated(page);
  await readAt(page, "provider-resigns", 30);
  const before = await placeOf(page, "provider-resigns");
  for (const width of [390, 800, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(async () => Math.abs((await placeOf(page, "provider-resigns")) - before)).toBeLessThanOrEqual(2);
  }
});

test("revealing and hiding a counterpart keeps the paragraph being read in place", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(essayPage.en);
  await hydrated(page);
  await readAt(page, "companies-evolve", -40);
  const before = await placeOf(page, "companies-evolve");
  const reveal = page.locator(".paragraph", { has: page.locator("#companies-evolve") }).getByRole("button");
  await reveal.click();
  await expect(reveal).toHaveAttribute("aria-expanded", "true");
  await painted(page);
  expect(Math.abs((await placeOf(page, "companies-evolve")) - before)).toBeLessThanOrEqual(2);
  await reveal.click();
  await expect(reveal).toHaveAttribute("aria-expanded", "false");
  await painted(page);
  expect(Math.abs((await placeOf(page, "companies-evolve")) - before)).toBeLessThanOrEqual(2);
});

test("dismissing the resume offer keeps the paragraph being read in place", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.addInitScript(() =>
    localStorage.setItem("reading-position:trennung-vom-kunden", JSON.stringify({ paragraph: "grown-apart" })),
  );
  await page.goto(essayPage.en);
  await hydrated(page);
  const dismiss = page.getByRole("button", { name: "Dismiss" });
  await expect(dismiss).toBeVisible();
  // The reader scrolled a little: the offer is near the top, the first paragraph below it.
  await readAt(page, "private-breakups", 120);
  const before = await placeOf(page, "private-breakups");
  await dismiss.click();
  await expect(dismiss).toBeHidden();
  await painted(page);
  expect(Math.abs((await placeOf(page, "private-breakups")) - before)).toBeLessThanOrEqual(2);
});
