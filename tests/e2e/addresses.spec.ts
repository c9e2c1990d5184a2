import { expect, hydrated, test } from "./fixtures.ts";
import { authorPage, essayPage, homePage, parallelPage } from "./pages.ts";

// A static host answers a page's file under several addresses. Wherever it does, the app must stay on that page
// (and show its canonical address); wherever it answers 404, the app must show the 404 too. Never the reverse.

const pages = [
  homePage.de,
  homePage.en,
  essayPage.de,
  essayPage.en,
  authorPage.de,
  authorPage.en,
  parallelPage.de,
  parallelPage.en,
];

/** Other forms of a page's address (relative to the base path, which may itself be `/`). */
const forms = (path: string) => [
  `${path}index.html`,
  `/${path}`, // a doubled slash after the base
  path.replace("/", "//"),
  `${path}/`,
  `%${path.charCodeAt(0).toString(16)}${path.slice(1)}`, // an encoded letter
  `${path}index.html?ref=newsletter`,
  path.toUpperCase(),
  `${path}index.htm`,
];

for (const path of pages) {
  test(`every address the host answers with ${path}'s file stays that page; every 404 stays a 404`, async ({
    page,
    baseURL,
    problems,
  }) => {
    await page.goto(path);
    await hydrated(page);
    const canonical = page.url();
    const title = await page.title();
    const heading = (await page.locator("h1").first().textContent()) ?? "";
    const statuses: Record<string, number> = {};

    for (const form of forms(path)) {
      const response = await page.goto(`${baseURL!}${form}`);
      const status = response?.status() ?? 0;
      statuses[form] = status;
      await hydrated(page);
      if (status === 200) {
        const { search } = new URL(`${baseURL!}${form}`);
        await expect(page, form).toHaveURL(`${canonical}${search}`);
        await expect(page, form).toHaveTitle(title);
        await expect(page.locator("h1").first(), form).toHaveText(heading);
      } else {
        expect(status, form).toBe(404);
        await expect(page.locator("h1").first(), form).toHaveText(/Seite nicht gefunden|Page not found/);
        await expect(page, form).toHaveTitle(/Seite nicht gefunden|Page not found/);
      }
    }
    // Chromium logs each 404 response itself; nothing else may be logged.
    problems.splice(0, problems.length, ...problems.filter((problem) => !problem.includes("404 (Not Found)")));
    // This server (like every static host) answers these with the page, and tells case apart.
    expect(statuses[`${path}index.html`]).toBe(200);
    expect(statuses[`/${path}`]).toBe(200);
    expect(statuses[`${path}index.html?ref=newsletter`]).toBe(200);
    expect(statuses[path.toUpperCase()]).toBe(404);
  });
}

test("index.html at the base sends the reader on to a language's home, like the base itself", async ({ page }) => {
  const response = await page.goto("index.html");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`/(${homePage.de}|${homePage.en})$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("digital.mensch");
});

test.describe("redirects and switches keep the reader's fragment and query", () => {
  test.use({ locale: "de-DE" });

  // Until issue 12 the essay was at `/`, `/de/` and `/en/`: its shared paragraph links must still reach the paragraph.
  test("/#grown-apart and /en/#grown-apart end on the essay at that paragraph; /?ref=newsletter keeps its query", async ({
    page,
  }) => {
    await page.goto("#grown-apart");
    await expect(page).toHaveURL(new RegExp(`/${essayPage.de}#grown-apart$`));
    await expect(page.locator("#grown-apart")).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);

    await page.goto(`${homePage.en}?ref=newsletter#grown-apart`);
    await expect(page).toHaveURL(new RegExp(`/${essayPage.en}\\?ref=newsletter#grown-apart$`));
    await expect(page.locator("#grown-apart")).toBeInViewport();

    // The query alone stays on the home: it names no paragraph.
    await page.goto("?ref=newsletter");
    await expect(page).toHaveURL(new RegExp(`/${homePage.de}\\?ref=newsletter$`));
  });

  test("the language toggle and the view toggle carry a paragraph fragment and the query", async ({ page }) => {
    await page.goto(`${essayPage.en}?ref=newsletter#provider-resigns`);
    await hydrated(page);
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Deutsch" }).click();
    await expect(page).toHaveURL(new RegExp(`/${essayPage.de}\\?ref=newsletter#provider-resigns$`));
    await expect(page.locator("#provider-resigns")).toBeInViewport();

    await page.getByRole("link", { name: /^Zweisprachig/ }).click();
    await expect(page).toHaveURL(new RegExp(`/${parallelPage.de}\\?ref=newsletter#provider-resigns$`));
    await expect(page.locator("#provider-resigns")).toBeInViewport();
    await page.getByRole("link", { name: /^Einsprachig/ }).click();
    await expect(page).toHaveURL(new RegExp(`/${essayPage.de}\\?ref=newsletter#provider-resigns$`));

    // Without JavaScript too: the links themselves carry it.
    await expect(
      page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "English" }),
    ).toHaveAttribute("href", new RegExp(`/${essayPage.en}\\?ref=newsletter#provider-resigns$`));
    // The author page has no paragraphs: only the query goes there.
    await page.goto(`${authorPage.de}#provider-resigns`);
    await hydrated(page);
    await expect(
      page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "English" }),
    ).toHaveAttribute("href", new RegExp(`/${authorPage.en}$`));
  });
});
