import { expect, hydrated, isSameDocument, markDocument, test } from "./fixtures.ts";
import { authorPage, endsAt, essayPage } from "./pages.ts";

test("essay → author page → back: no reload, focus on the new heading, scroll restored", async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(essayPage.de);
  await hydrated(page);
  await markDocument(page);

  const cardLink = page.getByRole("link", { name: "Profil von digital.mensch" });
  await cardLink.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(300);
  await cardLink.click();

  await expect(page).toHaveURL(endsAt(authorPage.de));
  await expect(page).toHaveTitle("digital.mensch – Profil");
  await expect(page.getByRole("heading", { level: 1, name: "digital.mensch" })).toBeFocused();
  await expect(page.getByRole("status")).toHaveText("Seite geladen: digital.mensch – Profil");
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await isSameDocument(page)).toBe(true);

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/${essayPage.de}$`));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
  await expect(page.getByRole("heading", { level: 1, name: "Trennung vom Kunden" })).toBeFocused();
  expect(await isSameDocument(page)).toBe(true);
});

test("the first Tab reaches the skip link, which moves to the main content", async ({ page }) => {
  await page.goto(essayPage.en);
  await hydrated(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the text" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator("main").getByRole("link", { name: "digital.mensch", exact: true })).toBeFocused();
});

for (const [path, heading, lang] of [
  ["en/no-such-page/", "Page not found", "en"],
  ["de/gibt-es-nicht/", "Seite nicht gefunden", "de"],
  // Outside every language, every language speaks (each passage marked with its own).
  ["fr/", "Seite nicht gefunden · Page not found", "de"],
  ["en/autor/", "Page not found", "en"],
] as const) {
  test(`${path} answers 404 in ${lang}, with a way home`, async ({ page, problems }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await page.getByRole("link", { name: lang === "en" ? "Go to the home page" : "Zur Startseite" }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
    // The 404 response itself is logged by Chromium; nothing else may be.
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes("404 (Not Found)")));
  });
}
