import { expect, hydrated, test } from "./fixtures.ts";
import { essayPage } from "./pages.ts";

// Per-language chunks are named after their language (assets/de-….js, assets/en-….js); a page's data is data.json.
const languageChunk = (path: string) => /\/assets\/(de|en)-[\w-]+\.js$/.exec(path)?.[1];

test("a first visit loads its own UI strings and data with the app, after the first paint; the other language arrives when idle, so the switch needs no request", async ({
  page,
  hosting,
}) => {
  const requested: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    const lang = languageChunk(path);
    if (lang) requested.push(`${lang} strings`);
    else if (path.endsWith("/data.json")) requested.push(path);
  });

  await page.goto(essayPage.en);
  await hydrated(page);
  // The English page is in the HTML; what hydrating it takes besides the app, its UI strings and its data, comes with
  // the app (files of their own, which the HTML does not repeat); German is prefetched once the browser is idle: its
  // strings and the page.
  expect(requested.slice(0, 2).sort()).toEqual([`${hosting.basePath}${essayPage.en}data.json`, "en strings"]);
  await expect
    .poll(() => [...requested].sort())
    .toEqual([
      `${hosting.basePath}${essayPage.de}data.json`,
      `${hosting.basePath}${essayPage.en}data.json`,
      "de strings",
      "en strings",
    ]);

  await page.getByRole("link", { name: "Deutsch" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trennung vom Kunden");
  expect(requested).toHaveLength(4);
});
