import type { Page } from "@playwright/test";
import { expect, hydrated, test } from "./fixtures.ts";
import { essayPage, parallelPage } from "./pages.ts";

// History restores positions exactly as the browser would without JavaScript: Back after a ¶ link returns to where
// the reader was, Forward to the paragraph, and a reload keeps the place.

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

/** Scrolls so that `id` starts `offset` px below the viewport's top (mid-reading, not at a paragraph's start). */
async function readAt(page: Page, id: string, offset: number) {
  await page.locator(`#${id}`).evaluate((element, by) => {
    window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - by, behavior: "instant" });
  }, offset);
  // Let the router see the reader settle (its own scroll listeners run in an animation frame).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The ¶ link of a paragraph (visible on hover on a desktop, always on a phone). */
const pilcrow = (page: Page, id: string) =>
  page.locator(".paragraph", { has: page.locator(`[id="${id}"]`) }).locator(".paragraph-tools__link");

for (const { width, height, path, open } of [
  { width: 1280, height: 800, path: essayPage.de, open: "both-directions" },
  { width: 390, height: 844, path: essayPage.en, open: "grown-apart" },
  { width: 1280, height: 800, path: parallelPage.en, open: "both-directions" },
  { width: 390, height: 844, path: parallelPage.de, open: "provider-resigns" },
]) {
  test(`${path} at ${width} px: Back after a ¶ link returns to the reader's place, Forward to the paragraph`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(path);
    await hydrated(page);
    // The paragraph starts a third down the screen: the reader is reading the one above it.
    await readAt(page, open, -Math.round(height / 3));
    // The reader sees the link they click (hovering brings it into view, as a reader would scroll to it).
    await pilcrow(page, open).hover();
    const before = await scrollY(page);
    expect(before).toBeGreaterThan(100);

    await pilcrow(page, open).click();
    await expect(page).toHaveURL(new RegExp(`#${open}$`));
    await expect(page.locator(`[id="${open}"]`)).toBeInViewport();
    const atParagraph = await scrollY(page);
    expect(Math.abs(atParagraph - before)).toBeGreaterThan(50);

    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/${path}$`));
    // The router restores the position after it rendered the entry: wait for it (on a busy machine that takes a
    // moment), rather than reading the position at the paragraph, which is also past the old one.
    await expect.poll(async () => Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(2);

    await page.goForward();
    await expect(page).toHaveURL(new RegExp(`#${open}$`));
    await expect.poll(async () => Math.abs((await scrollY(page)) - atParagraph)).toBeLessThanOrEqual(2);
  });
}

test("a reload keeps the place, and Back from another page returns to it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(essayPage.de);
  await hydrated(page);
  await readAt(page, "provider-resigns", 120);
  const before = await scrollY(page);

  await page.reload();
  await hydrated(page);
  await expect.poll(async () => Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(2);

  // A client-side page change by a control in the sticky header (clicking it scrolls nothing), then Back.
  await page.getByRole("link", { name: /^Zweisprachig/ }).click();
  await expect(page).toHaveURL(new RegExp(`/${parallelPage.de}$`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/${essayPage.de}$`));
  await expect.poll(async () => Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(2);
});

test("after a ¶ link and a reload, Back still returns to the place before the link", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(essayPage.en);
  await hydrated(page);
  await readAt(page, "companies-evolve", 150);
  await pilcrow(page, "both-directions").hover();
  const before = await scrollY(page);
  await pilcrow(page, "both-directions").click();
  await expect(page).toHaveURL(/#both-directions$/);
  await page.reload();
  await hydrated(page);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/${essayPage.en}$`));
  await expect.poll(async () => Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(2);
});
