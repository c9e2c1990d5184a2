import { expect, hydrated, test } from "./fixtures.ts";

test("after one visit, every page in both languages opens offline", async ({ page, context }) => {
  await page.goto("de/");
  await hydrated(page);
  // The worker installs when the browser is idle and precaches the whole site.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  await context.setOffline(true);
  for (const [path, heading] of [
    ["en/", "Breaking Up with a Client"],
    ["de/autor/", "digital.mensch"],
    ["en/author/", "digital.mensch"],
    ["de/", "Trennung vom Kunden"],
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
});
