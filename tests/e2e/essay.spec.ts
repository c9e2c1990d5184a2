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

test("the reading-progress bar follows the article, not the page", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(essayPage.en);
  await hydrated(page);
  const bar = page.getByRole("progressbar", { name: "Reading progress" });
  await expect(bar).toHaveAttribute("aria-valuenow", "0");

  const article = page.locator("article");
  const { top, height } = await article.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { top: rect.top + window.scrollY, height: rect.height };
  });

  // Halfway through the article (not the page, which also has a header, an author card and a footer).
  await page.evaluate((y) => window.scrollTo(0, y), top + (height - 600) / 2);
  await expect.poll(async () => Number(await bar.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(49);
  expect(Number(await bar.getAttribute("aria-valuenow"))).toBeLessThanOrEqual(51);

  // The article's last line in view: 100 %, although the page scrolls on past the author card.
  await page.evaluate((y) => window.scrollTo(0, y), top + height - 600);
  await expect(bar).toHaveAttribute("aria-valuenow", "100");
  const scrollable = await page.evaluate(
    () => document.documentElement.scrollHeight - window.innerHeight - window.scrollY,
  );
  expect(scrollable).toBeGreaterThan(100);

  // Drawn as a transform (no layout), full width at 100 %.
  const fill = page.locator(".reading-progress__bar");
  await expect.poll(() => fill.evaluate((el) => getComputedStyle(el).transform)).toBe("matrix(1, 0, 0, 1, 0, 0)");
});
