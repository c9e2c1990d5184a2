import { expect, test } from "./fixtures.ts";
import { authorPage, endsAt, essayPage, parallelPage } from "./pages.ts";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every page reads, and the links between them work", async ({ page }) => {
    await page.goto(essayPage.de);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trennung vom Kunden");
    await expect(page.locator("article p[data-paragraph]")).toHaveCount(7);
    await expect(page.getByRole("progressbar")).toBeHidden();
    // Controls that need JavaScript are not offered without it.
    await expect(page.getByRole("button", { name: "Teilen" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Englisch zeigen" }).first()).toBeHidden();

    await page.getByRole("link", { name: "English", exact: true }).click();
    await expect(page).toHaveURL(endsAt(essayPage.en));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Breaking Up with a Client");

    await page.getByRole("link", { name: "Profile of digital.mensch" }).click();
    await expect(page).toHaveURL(endsAt(authorPage.en));
    await expect(page.getByText("You will be digitized.")).toBeVisible();
  });

  test("`/` offers both languages as links", async ({ page }) => {
    await page.goto("./");
    const german = page.getByRole("link", { name: "Essays auf Deutsch" });
    const english = page.getByRole("link", { name: "Essays in English" });
    await expect(german).toHaveAttribute("hreflang", "de");
    await expect(english).toHaveAttribute("hreflang", "en");
    await english.click();
    await expect(page).toHaveURL(/\/en\/$/);
  });

  test("deep links without a trailing slash reach the page", async ({ page }) => {
    const response = await page.goto("de/autor");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(endsAt(authorPage.de));
  });

  test("unknown paths get the 404 page", async ({ page, problems }) => {
    const response = await page.goto("nirgendwo/");
    expect(response?.status()).toBe(404);
    // Outside every language the page says it in every language; under a language's folder, in that one.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden · Page not found");
    await expect(page.locator("h1 [lang=en]")).toHaveText("Page not found");
    const english = await page.goto("en/no-such-page/");
    expect(english?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    problems.length = 0;
  });
});

test.describe("the parallel view without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("is prerendered with both languages, each marked with its own", async ({ page }) => {
    await page.goto(parallelPage.en);
    await expect(page.locator("article [data-paragraph]")).toHaveCount(14);
    await expect(page.locator('.parallel__counterpart[lang="de"]').first()).toHaveText(/^Im privaten Umfeld/);
    await page.getByRole("link", { name: /^One language/ }).click();
    await expect(page).toHaveURL(endsAt(essayPage.en));
  });
});
