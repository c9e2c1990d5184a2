import { expect, hydrated, test } from "./fixtures.ts";
import { essayPage } from "./pages.ts";

for (const [lang, title, first] of [
  ["de", "Trennung vom Kunden", "Im privaten Umfeld sind Trennungen"],
  ["en", "Breaking Up with a Client", "In our private lives, breakups"],
] as const) {
  test(`the ${lang} essay is served prerendered and hydrates without warnings`, async ({ page }) => {
    const response = await page.goto(essayPage[lang]);
    expect(response?.status()).toBe(200);
    const html = (await response?.text()) ?? "";
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toContain(first);

    await hydrated(page);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page).toHaveTitle(`${title} – digital.mensch`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.locator("article p[data-paragraph]")).toHaveCount(7);
  });
}

test("the reading-progress bar counts the essay's words above the reading line", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(essayPage.en);
  await hydrated(page);
  const bar = page.getByRole("progressbar", { name: "Reading progress" });
  await expect(bar).toHaveAttribute("aria-valuenow", "0");

  // Half of the essay's 274 words lie above grown-apart (the header, byline and author card count for nothing).
  await page.locator("#grown-apart").evaluate((element) => element.scrollIntoView({ block: "start" }));
  await expect.poll(async () => Number(await bar.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(49);
  expect(Number(await bar.getAttribute("aria-valuenow"))).toBeLessThanOrEqual(51);

  // At the page's end everything has been read.
  await page.mouse.wheel(0, 5000);
  await expect(bar).toHaveAttribute("aria-valuenow", "100");

  // Drawn as a transform (no layout), full width at 100 %.
  const fill = page.locator(".reading-progress__bar");
  await expect.poll(() => fill.evaluate((el) => getComputedStyle(el).transform)).toBe("matrix(1, 0, 0, 1, 0, 0)");
});
