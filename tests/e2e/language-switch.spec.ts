import { expect, hydrated, isSameDocument, markDocument, test } from "./fixtures.ts";
import { authorPage, endsAt, essayPage } from "./pages.ts";

test("switching language keeps the document, the paragraph, the focus, and updates URL, lang, title and description", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(essayPage.de);
  await hydrated(page);
  await markDocument(page);

  // Read down to the fourth paragraph: its first line just below the sticky header.
  const header = await page.locator("header.site-header").evaluate((el) => el.getBoundingClientRect().bottom);
  await page.locator("#provider-resigns").evaluate((el, y) => {
    window.scrollBy(0, el.getBoundingClientRect().top - y);
  }, header + 20);
  const before = await page.locator("#provider-resigns").evaluate((el) => el.getBoundingClientRect().top);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);

  const toggle = page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "English" });
  await toggle.focus();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(endsAt(essayPage.en));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle("Breaking Up with a Client – digital.mensch");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Breakups are part of life/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", endsAt(essayPage.en));
  expect(await isSameDocument(page)).toBe(true);

  // The same paragraph, in English, is where the German one was.
  const top = await page.locator("#provider-resigns").evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(top - before)).toBeLessThanOrEqual(2);
  await expect(page.locator("#provider-resigns")).toContainText("serve & provide");

  // Focus stays on the toggle, which now offers the way back.
  await expect(page.getByRole("link", { name: "Deutsch" })).toBeFocused();
  expect(await page.evaluate(() => localStorage.getItem("language"))).toBe("en");

  // And back, by mouse this time.
  await page.getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(endsAt(essayPage.de));
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  expect(await isSameDocument(page)).toBe(true);
});

test("the author page switches to its counterpart", async ({ page }) => {
  await page.goto(authorPage.en);
  await hydrated(page);
  await page.getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(endsAt(authorPage.de));
  await expect(page.getByText("Sie werden digitalisiert werden.")).toBeVisible();
});

test("`/` sends the reader to the remembered language, else the browser's, else German", async ({ browser }) => {
  const english = await browser.newContext({ locale: "en-US" });
  const englishPage = await english.newPage();
  await englishPage.goto("./");
  await expect(englishPage).toHaveURL(/\/en\/$/);
  await englishPage.getByRole("link", { name: "Deutsch" }).click();
  await expect(englishPage).toHaveURL(/\/de\/$/);
  await englishPage.goto("./");
  await expect(englishPage).toHaveURL(/\/de\/$/);
  await english.close();

  const french = await browser.newContext({ locale: "fr-FR" });
  const frenchPage = await french.newPage();
  await frenchPage.goto("./");
  await expect(frenchPage).toHaveURL(/\/de\/$/);
  await french.close();
});

test("blocked storage never breaks a page", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  await context.addInitScript(() => {
    const blocked = () => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    };
    Object.defineProperty(window, "localStorage", { get: blocked });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("./");
  await expect(page).toHaveURL(/\/en\/$/);
  await hydrated(page);
  await page.getByRole("link", { name: "Deutsch" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  expect(errors).toEqual([]);
  await context.close();
});

test("a corrupted remembered language is ignored", async ({ browser }) => {
  const context = await browser.newContext({ locale: "de-DE" });
  await context.addInitScript(() => localStorage.setItem("language", "\u0000{not json"));
  const page = await context.newPage();
  await page.goto("./");
  await expect(page).toHaveURL(/\/de\/$/);
  await context.close();
});

test("when the other language cannot be loaded, the reader gets a clear answer and a way on", async ({
  page,
  problems,
}) => {
  // The English chunks and page data fail (offline before they were cached, or removed by a newer deploy).
  const english = /\/assets\/en-[\w-]+\.js$|\/en\/.*data\.json$/;
  await page.route(english, (route) => route.abort());
  await page.goto(essayPage.de);
  await hydrated(page);
  await page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/could not be loaded|ließ sich nicht laden/);
  const reload = page.getByRole("link", { name: /Load the page again|Seite neu laden/ });
  await expect(reload).toHaveAttribute("href", endsAt(essayPage.en));

  await page.unroute(english);
  await reload.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Breaking Up with a Client");
  // The failed requests were this test's doing.
  problems.splice(0, problems.length, ...problems.filter((p) => !/Failed to load|dynamically imported module/.test(p)));
});

test("when a page's data cannot be loaded, the answer sits in the page's frame: one main landmark, a title", async ({
  page,
  problems,
}) => {
  // The author page's data fails (offline before it was read, or removed by a newer deploy); its language is here.
  await page.route(/\/de\/autor\/data\.json$/, (route) => route.abort());
  await page.goto(essayPage.de);
  await hydrated(page);
  await page.getByRole("main").getByRole("link", { name: "digital.mensch", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Diese Seite ließ sich nicht laden");
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Sprache" })).toBeVisible();
  await expect(page).toHaveTitle("Diese Seite ließ sich nicht laden – digital.mensch");
  await expect(page.getByRole("link", { name: "Seite neu laden" })).toHaveAttribute("href", endsAt(authorPage.de));
  problems.splice(0, problems.length, ...problems.filter((p) => !/Failed to load/.test(p)));
});
