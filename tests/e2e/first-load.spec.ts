import { expect, hydrated, test } from "./fixtures.ts";
import { essayPage } from "./pages.ts";

// Per-language chunks are named after their language (assets/de-….js, assets/en-….js); a page's data is data.json.
const languageChunk = (path: string) => /\/assets\/(de|en)-[\w-]+\.js$/.exec(path)?.[1];

test("a first visit loads its own UI strings with the app and no page data; the other language arrives when idle, so the switch needs no request", async ({
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
  // The English page is in the HTML (hydration data), its UI strings come with the app (a chunk of their own, which
  // the HTML does not repeat); German is prefetched once the browser is idle: its strings and the page.
  expect(requested[0]).toBe("en strings");
  await expect
    .poll(() => [...requested].sort())
    .toEqual([`${hosting.basePath}${essayPage.de}data.json`, "de strings", "en strings"]);

  await page.getByRole("link", { name: "Deutsch" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trennung vom Kunden");
  expect(requested).toHaveLength(3);
});
