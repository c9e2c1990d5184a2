import { expect, hydrated, test } from "./fixtures.ts";

// Per-language chunks are named after their language (assets/de-….js, assets/en-….js).
const languageChunk = (url: string) => /\/assets\/(de|en)-[\w-]+\.js$/.exec(new URL(url).pathname)?.[1];

test("a first visit loads no language chunk; the other language arrives when idle, so the switch needs no request", async ({
  page,
}) => {
  const requested: string[] = [];
  page.on("request", (request) => {
    const lang = languageChunk(request.url());
    if (lang) requested.push(lang);
  });

  await page.goto("en/");
  await hydrated(page);
  // English is in the HTML (hydration data); German is prefetched once the browser is idle: strings, essay, author.
  await expect.poll(() => requested.filter((lang) => lang === "de").length).toBe(3);
  expect(requested.filter((lang) => lang === "en")).toEqual([]);

  const before = requested.length;
  await page.getByRole("link", { name: "Deutsch" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trennung vom Kunden");
  expect(requested.length).toBe(before);
});
