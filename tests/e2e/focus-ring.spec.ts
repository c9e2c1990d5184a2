import { expect, hydrated, test } from "./fixtures.ts";
import { essayPage, parallelPage } from "./pages.ts";

// A paragraph opened by its address gets the brief mark, not a lingering focus ring; keyboard focus stays visible.

for (const path of [essayPage.en, parallelPage.de])
  test(`${path}: a paragraph focused by its fragment shows no ring; the next Tab does`, async ({ page }) => {
    await page.goto(`${path}#companies-evolve`);
    await hydrated(page);
    const paragraph = page.locator("#companies-evolve");
    await expect(paragraph).toBeFocused();
    await expect(paragraph).toHaveCSS("outline-style", "none");
    // The mark is there to find the paragraph, and it goes.
    await expect(paragraph).toHaveCSS("animation-name", "mark-target");

    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    await expect(focused).toHaveCount(1);
    await expect(focused).toHaveCSS("outline-style", "solid");
    await expect(focused).toHaveCSS("outline-width", "3px");
  });

test("a paragraph reached by its ¶ link, by keyboard, shows the mark and no ring", async ({ page }) => {
  await page.goto(essayPage.en);
  await hydrated(page);
  const link = page.getByRole("link", { name: "Link to paragraph 3" });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#companies-evolve$/);
  await expect(page.locator("#companies-evolve")).toHaveCSS("outline-style", "none");
});
