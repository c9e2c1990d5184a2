import { expect, hydrated, test } from "./fixtures.ts";
import { essayPage, authorPage } from "./pages.ts";

test("after one visit, every page in both languages opens offline", async ({ page, context, problems }) => {
  await page.goto(essayPage.de);
  await hydrated(page);
  // The worker installs when the browser is idle and precaches the whole site.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  await context.setOffline(true);
  for (const [path, heading] of [
    [essayPage.en, "Breaking Up with a Client"],
    [authorPage.de, "digital.mensch"],
    [authorPage.en, "digital.mensch"],
    [essayPage.de, "Trennung vom Kunden"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  }

  // Client-side navigation offline: the other language's chunks came with the precache.
  await hydrated(page);
  await page.getByRole("navigation").getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Breaking Up with a Client");

  // An address the site does not have: the localized 404 page, from the cache.
  await page.goto("en/nothing-here/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  // The page's data, asked of the worker, was answered 404: Chromium logs that, as it should.
  problems.splice(0, problems.length, ...problems.filter((p) => !p.includes("status of 404")));
});
