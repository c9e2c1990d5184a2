import { expect, hydrated, test } from "./fixtures.ts";
import { authorPage, endsAt, essayPage, parallelPage } from "./pages.ts";

const DARK_BACKGROUND = "rgb(23, 24, 27)";
const LIGHT_BACKGROUND = "rgb(251, 250, 247)";

/** Records the page's background and root font size at its first animation frame, before any paint. */
async function firstFrame(page: import("@playwright/test").Page) {
  return page.evaluate(
    () => (window as unknown as { __firstFrame: Promise<{ background: string; fontSize: string }> }).__firstFrame,
  );
}

for (const [stored, system, expected] of [
  ["dark", "light", DARK_BACKGROUND],
  ["light", "dark", LIGHT_BACKGROUND],
  [null, "dark", DARK_BACKGROUND],
] as const) {
  test(`stored theme ${stored ?? "(none)"} under a ${system} system paints right from the first frame`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: system });
    await context.addInitScript((theme) => {
      if (theme) localStorage.setItem("theme", theme);
      localStorage.setItem("text-size", "130");
      (window as unknown as { __firstFrame: Promise<unknown> }).__firstFrame = new Promise((resolve) => {
        requestAnimationFrame(() => {
          resolve({
            background: getComputedStyle(document.body).backgroundColor,
            fontSize: getComputedStyle(document.documentElement).fontSize,
          });
        });
      });
    }, stored);
    const page = await context.newPage();
    // Hold the app's JavaScript back: only the inline <head> script can have applied the choice.
    let releaseScripts = () => {};
    const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
    await page.route("**/assets/*.js", async (route) => {
      await scriptsHeld;
      await route.continue();
    });
    await page.goto(essayPage.en, { waitUntil: "commit" });
    const frame = await firstFrame(page);
    expect(frame.background).toBe(expected);
    expect(frame.fontSize).toBe("20.8px");
    releaseScripts();
    await context.close();
  });
}

test("the display settings switch theme and text size, by keyboard, and remember them", async ({ page }) => {
  await page.goto(essayPage.de);
  await hydrated(page);
  const button = page.getByRole("button", { name: "Darstellung" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");

  await page.getByRole("radio", { name: "Dunkel" }).check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator("body")).toHaveCSS("background-color", DARK_BACKGROUND);

  const before = await page.locator("article").evaluate((el) => el.getBoundingClientRect().height);
  await page.getByRole("radio", { name: "150 %" }).check();
  await expect(page.locator("html")).toHaveCSS("font-size", "24px");
  const after = await page.locator("article").evaluate((el) => el.getBoundingClientRect().height);
  expect(after).toBeGreaterThan(before * 1.3);

  await page.keyboard.press("Escape");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toBeFocused();

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator("html")).toHaveCSS("font-size", "24px");
  await hydrated(page);
  await button.click();
  await expect(page.getByRole("radio", { name: "Dunkel" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "150 %" })).toBeChecked();
});

test("resume: offered on return in either language, never forced, and dismissable", async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(essayPage.de);
  await hydrated(page);
  await page.locator("#grown-apart").evaluate((el) => el.scrollIntoView({ block: "start" }));
  // Leaving the page by one of its own links (here: to the parallel view, in the sticky header) saves the position.
  await page.getByRole("link", { name: /^Zweisprachig/ }).click();
  await expect(page).toHaveURL(endsAt(parallelPage.de));
  await page.getByRole("link", { name: "digital.mensch", exact: true }).first().click();
  await expect(page).toHaveURL(endsAt(authorPage.de));
  // Back to the essay, in English this time.
  await page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "English" }).click();
  await page.getByRole("link", { name: "Breaking Up with a Client" }).click();
  await expect(page).toHaveURL(endsAt(essayPage.en));
  const offer = page.getByRole("button", { name: "Continue where you left off" });
  await expect(offer).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await offer.click();
  await expect(page.locator("#grown-apart")).toBeInViewport();
  await expect(page.locator("#grown-apart")).toBeFocused();
  await expect(offer).toBeHidden();

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.goto(essayPage.de);
  await hydrated(page);
  await page.getByRole("button", { name: "Hinweis schließen" }).click();
  await expect(page.getByRole("button", { name: "Weiterlesen, wo Sie aufgehört haben" })).toBeHidden();
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole("button", { name: "Weiterlesen, wo Sie aufgehört haben" })).toHaveCount(0);
});

test("the display panel stays on screen on a phone, at the largest text size too", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.addInitScript(() => localStorage.setItem("text-size", "150"));
  await page.goto(essayPage.en);
  await hydrated(page);
  await page.getByRole("button", { name: "Display" }).click();
  const box = await page.locator(".display-settings__panel").boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(320);
});

test("print: the essay, its byline, author line and address; no controls", async ({ page }) => {
  await page.goto(essayPage.en);
  await hydrated(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header.site-header")).toBeHidden();
  await expect(page.getByRole("progressbar")).toBeHidden();
  await expect(page.locator(".author-card")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".byline")).toBeVisible();
  await expect(page.locator(".site-footer")).toContainText("by digital.mensch");
  await expect(page.getByText(/^Online: https?:\/\/.+\/en\/breaking-up-with-a-client\/$/)).toBeVisible();
});
