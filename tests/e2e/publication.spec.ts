import AxeBuilder from "@axe-core/playwright";
import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, hydrated, isSameDocument, markDocument, test } from "./fixtures.ts";
import { endsAt } from "./pages.ts";

// A whole publication built from another content folder (tests/fixtures/publication, CONTENT_DIR): three essays,
// "Zwei Sprachen" (German, translated), "Nur auf Deutsch" (German only) and "Four Paragraphs" (English original,
// translated, the newest, with a fourth paragraph). Runs in the "publication" project of playwright.config.ts.

const essays = {
  two: { de: "de/zwei-sprachen/", en: "en/two-languages/" },
  germanOnly: { de: "de/nur-auf-deutsch/" },
  four: { de: "de/vier-absaetze/", en: "en/four-paragraphs/" },
};

test("the German home: the newest essay as a cover with its opening, then the others newest first", async ({
  page,
}) => {
  await page.goto("de/");
  await hydrated(page);
  await expect(page).toHaveTitle("Essays – digital.mensch");
  const cover = page.getByRole("article", { name: "Vier Absätze" });
  await expect(cover).toContainText("Der erste Absatz eröffnet den neuesten Essay");
  await expect(cover.locator("time")).toHaveText("15. Januar 2023");
  const list = page.getByRole("region", { name: "Alle Essays auf Deutsch" });
  await expect(list.getByRole("heading", { level: 3 })).toHaveText(["Nur auf Deutsch", "Zwei Sprachen"]);
  const first = list.getByRole("listitem").first();
  await expect(first).toContainText("10. Juni 2021 · 1 Minute Lesezeit");
  await expect(first).not.toContainText("Verfügbar auf");
  const second = list.getByRole("listitem").nth(1);
  await expect(second).toContainText("Verfügbar auf Deutsch, Englisch");
  await expect(second.getByRole("link", { name: "Englisch" })).toHaveAttribute("href", "/en/two-languages/");
  await expect(page.getByRole("region", { name: "Nur in anderen Sprachen" })).toHaveCount(0);
});

test("the English home lists the German-only essay apart, in German, marked as German", async ({ page }) => {
  await page.goto("en/");
  await hydrated(page);
  await expect(page.getByRole("article", { name: "Four Paragraphs" })).toContainText("The first paragraph opens");
  const list = page.getByRole("region", { name: "All essays in English" });
  await expect(list.getByRole("heading", { level: 3 })).toHaveText(["Two Languages"]);
  const elsewhere = page.getByRole("region", { name: "Only in other languages" });
  const entry = elsewhere.getByRole("listitem");
  await expect(entry).toHaveCount(1);
  await expect(entry).toHaveAttribute("lang", "de");
  await expect(entry.getByRole("link", { name: "Nur auf Deutsch" })).toHaveAttribute("href", "/de/nur-auf-deutsch/");
  // The line about it is in the page's language again.
  await expect(entry.locator(".essay-list__meta")).toHaveAttribute("lang", "en");
  await expect(entry.locator(".essay-list__meta")).toContainText("June 10, 2021");
});

test("home → essay → author → another essay, all without a reload", async ({ page }) => {
  await page.goto("en/");
  await hydrated(page);
  await markDocument(page);
  await page.getByRole("link", { name: "Two Languages" }).click();
  await expect(page).toHaveURL(endsAt(essays.two.en));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Two Languages");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(page.locator("article p[data-paragraph]")).toHaveCount(3);
  await expect(page.getByText("Translated on April 2, 2019. Translator: Fixture Translator.")).toBeVisible();
  await expect(page.getByRole("link", { name: "First published on Medium" })).toHaveAttribute(
    "href",
    "https://medium.com/@fixture/zwei-sprachen-0123456789ab",
  );

  await page.locator(".byline").getByRole("link", { name: "digital.mensch" }).click();
  await expect(page).toHaveURL(endsAt("en/author/"));
  await expect(page.getByText("Writes short texts so that tests have something to read.")).toBeVisible();
  // All three essays: the two in English, and the German-only one apart.
  await expect(page.locator(".essay-list__title")).toHaveText(["Four Paragraphs", "Two Languages", "Nur auf Deutsch"]);

  await page.getByRole("link", { name: "Four Paragraphs" }).click();
  await expect(page).toHaveURL(endsAt(essays.four.en));
  await expect(page.locator("article p[data-paragraph]")).toHaveCount(4);
  await expect(page).toHaveTitle("Four Paragraphs – digital.mensch");
  expect(await isSameDocument(page)).toBe(true);
});

test("the toggle on the German-only essay says so and offers the English home, never a 404", async ({ page }) => {
  await page.goto(essays.germanOnly.de);
  await hydrated(page);
  const toggle = page.getByRole("navigation", { name: "Sprache" });
  await expect(toggle).toContainText("Nur auf Deutsch");
  await expect(toggle.getByRole("link")).toHaveCount(1);
  const home = toggle.getByRole("link", { name: "Essays auf Englisch" });
  await expect(home).toHaveAttribute("href", "/en/");
  // Nothing offers a view or a language this essay does not have.
  await expect(page.getByRole("link", { name: /^Zweisprachig/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Englisch zeigen" })).toHaveCount(0);
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  await markDocument(page);
  await home.click();
  await expect(page).toHaveURL(endsAt("en/"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Essays");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await isSameDocument(page)).toBe(true);
});

test("an essay's address in a language it does not have answers 404 in that language", async ({ page, problems }) => {
  const response = await page.goto("en/nur-auf-deutsch/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  problems.splice(0, problems.length, ...problems.filter((p) => !p.includes("404 (Not Found)")));
});

test("the four-paragraph essay: toggle, parallel view, paragraph links and resume work for this essay", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(`${essays.four.en}#four`);
  await hydrated(page);
  await expect(page.locator("#four")).toBeInViewport();
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Deutsch" }).click();
  // The switch keeps the paragraph the address points at.
  await expect(page).toHaveURL(endsAt(`${essays.four.de}#four`));
  await expect(page.locator("#four")).toHaveText("Den vierten Absatz haben die anderen Essays nicht.");
  await page.getByRole("link", { name: /^Zweisprachig/ }).click();
  // So does the view switch (issue 10: every language and view of an essay has the same paragraphs).
  await expect(page).toHaveURL(endsAt(`${essays.four.de}parallel/#four`));
  await expect(page.locator("article [data-paragraph]")).toHaveCount(8);
  await expect(page.locator('.parallel__counterpart[lang="en"]').last()).toHaveText(
    "The fourth paragraph is the one the other essays do not have.",
  );

  // Stop at the second paragraph of this essay (on a small screen, so the rest is still below), leave, and come
  // back: the offer is this essay's, not another's.
  await page.getByRole("link", { name: /^Einsprachig/ }).click();
  await expect(page).toHaveURL(endsAt(`${essays.four.de}#four`));
  await page.setViewportSize({ width: 390, height: 360 });
  await page.locator("#two").evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.getByRole("link", { name: "digital.mensch – Startseite" }).click();
  await expect(page).toHaveURL(endsAt("de/"));
  expect(await page.evaluate(() => localStorage.getItem("reading-position:four-paragraphs"))).toBe(
    JSON.stringify({ paragraph: "two" }),
  );
  await page.getByRole("link", { name: "Zwei Sprachen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zwei Sprachen");
  await expect(page.getByRole("button", { name: "Weiterlesen, wo Sie aufgehört haben" })).toHaveCount(0);
});

test("feeds: well-formed Atom, linked from every page, with the full text of every essay in the language", async ({
  page,
  request,
}) => {
  await page.goto("de/");
  for (const [lang, titles] of [
    ["de", ["Vier Absätze", "Nur auf Deutsch", "Zwei Sprachen"]],
    ["en", ["Four Paragraphs", "Two Languages"]],
  ] as const) {
    const response = await request.get(`${lang}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/xml/);
    const xml = await response.text();
    const wellFormed = await page.evaluate(
      (text) => new DOMParser().parseFromString(text, "application/xml").querySelector("parsererror") === null,
      xml,
    );
    expect(wellFormed, `${lang}/feed.xml is well-formed XML`).toBe(true);
    const feed = parseFeed(xml).toJSON();
    expect(feed.items.map((item) => item.title)).toEqual(titles);
    for (const item of feed.items) {
      const essay = await page.request.get(new URL(item.url ?? "").pathname);
      expect(essay.status(), item.url ?? "").toBe(200);
      const html = await essay.text();
      // Full text: every paragraph of the page is in the entry.
      const paragraphs = [...html.matchAll(/<p id="[^"]+" data-paragraph="[^"]+" tabindex="-1">([^<]*)<\/p>/g)].map(
        ([, text]) => text,
      );
      expect(paragraphs.length).toBeGreaterThanOrEqual(3);
      for (const text of paragraphs) expect(item.content).toContain(text);
    }
  }
  const four = parseFeed(await (await request.get("en/feed.xml")).text()).toJSON().items[0];
  expect([four?.published, four?.updated]).toEqual(["2023-01-15T00:00:00.000Z", "2023-02-01T00:00:00.000Z"]);

  for (const path of ["de/", essays.germanOnly.de, "en/author/", `${essays.two.en}parallel/`]) {
    await page.goto(path);
    const lang = path.slice(0, 2);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      "href",
      new RegExp(`/${lang}/feed\\.xml$`),
    );
  }
});

test("sitemap and hreflang join only pages that exist", async ({ page, request }) => {
  const xml = await (await request.get("sitemap.xml")).text();
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body = ""]) => ({
    loc: new URL(/<loc>([^<]+)/.exec(body)?.[1] ?? "").pathname,
    alternates: [...body.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [
      lang,
      new URL(href ?? "").pathname,
    ]),
  }));
  expect(entries.map((entry) => entry.loc).sort()).toEqual(
    [
      "/de/",
      "/en/",
      "/de/autorin/",
      "/en/author/",
      "/de/zwei-sprachen/",
      "/de/zwei-sprachen/parallel/",
      "/en/two-languages/",
      "/en/two-languages/parallel/",
      "/de/vier-absaetze/",
      "/de/vier-absaetze/parallel/",
      "/en/four-paragraphs/",
      "/en/four-paragraphs/parallel/",
      "/de/nur-auf-deutsch/",
    ].sort(),
  );
  const alternatesOf = (loc: string) => entries.find((entry) => entry.loc === loc)?.alternates;
  expect(alternatesOf("/de/nur-auf-deutsch/")).toEqual([]);
  expect(alternatesOf("/en/four-paragraphs/")).toEqual([
    ["en", "/en/four-paragraphs/"],
    ["de", "/de/vier-absaetze/"],
    ["x-default", "/en/four-paragraphs/"],
  ]);
  for (const { alternates } of entries) {
    for (const [, path] of alternates) expect((await request.get(path ?? "")).status(), path).toBe(200);
  }

  await page.goto(essays.two.de);
  const hreflang = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      links.map((link) => [link.getAttribute("hreflang"), new URL(link.getAttribute("href") ?? "").pathname]),
    );
  expect(hreflang).toEqual([
    ["de", "/de/zwei-sprachen/"],
    ["en", "/en/two-languages/"],
    ["x-default", "/de/zwei-sprachen/"],
  ]);
});

for (const width of [390, 1280]) {
  test(`axe at ${width} px: the homes and the German-only essay have no violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ["de/", "en/", essays.germanOnly.de]) {
      await page.goto(path);
      await hydrated(page);
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      expect(violations.map(({ id, nodes }) => `${path}: ${id} (${nodes.length})`)).toEqual([]);
    }
  });
}
