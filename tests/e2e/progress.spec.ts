import type { Page } from "@playwright/test";
import { expect, hydrated, test } from "./fixtures.ts";
import { authorPage, essayPage, parallelPage } from "./pages.ts";

// Progress, "finished" and the resume offer say where the reader really is.

const label = (page: Page) => page.locator(".reading-progress__left");
const bar = (page: Page) => page.getByRole("progressbar");

test("opening a paragraph near the end is not finishing the essay", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${essayPage.en}#grown-apart`);
  await hydrated(page);
  await expect(label(page)).toHaveText(/\d min left/);
  expect(Number(await bar(page).getAttribute("aria-valuenow"))).toBeLessThan(80);

  // Scrolling to the very end is.
  await page.mouse.wheel(0, 5000);
  await expect(label(page)).toHaveText("Finished");
  await expect(bar(page)).toHaveAttribute("aria-valuenow", "100");
});

test("minutes left count what is still below the reading line", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(essayPage.en);
  await hydrated(page);
  // 274 words at 200 a minute.
  await expect(label(page)).toHaveText("2 min left");
  await expect(bar(page)).toHaveAttribute("aria-valuenow", "0");
  // From here on 137 words are unread (grown-apart, both-directions, something-new).
  await page.locator("#grown-apart").evaluate((p) => p.scrollIntoView({ block: "start" }));
  await expect(label(page)).toHaveText("1 min left");
  await expect.poll(async () => Number(await bar(page).getAttribute("aria-valuenow"))).toBeGreaterThan(40);
  expect(Number(await bar(page).getAttribute("aria-valuenow"))).toBeLessThan(60);
});

test("the parallel view counts its own language's text", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${parallelPage.de}#grown-apart`);
  await hydrated(page);
  await expect(label(page)).not.toHaveText("Fertig gelesen");
  await expect(label(page)).toHaveText(/Min\. übrig/);
});

for (const [where, id] of [
  ["at about 75 %", "both-directions"],
  ["at about 45 %", "provider-resigns"],
  ["at about 60 %", "grown-apart"],
] as const)
  test(`leaving ${where} brings a resume offer on return`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(essayPage.en);
    await hydrated(page);
    await page.locator(`#${id}`).evaluate((p) => p.scrollIntoView({ block: "start" }));
    await expect(label(page)).not.toHaveText("Finished");
    await page.goto(authorPage.en);
    await page.goto(essayPage.en);
    await hydrated(page);
    await expect(page.getByRole("button", { name: "Continue where you left off" })).toBeVisible();
  });

test("leaving after reading to the end offers nothing", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem("reading-position:trennung-vom-kunden", JSON.stringify({ paragraph: "grown-apart" }));
    }
  });
  await page.goto(`${essayPage.en}#something-new`);
  await hydrated(page);
  await page.mouse.wheel(0, 5000);
  await expect(label(page)).toHaveText("Finished");
  await page.goto(authorPage.en);
  await page.goto(essayPage.en);
  await hydrated(page);
  await expect(page.locator("article h1")).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue where you left off" })).toHaveCount(0);
});
