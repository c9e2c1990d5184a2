import AxeBuilder from "@axe-core/playwright";
import { expect, hydrated, test } from "./fixtures.ts";

// The publication a writer gets from `npm run import:medium`: the fixture export (tests/fixtures/medium) imported
// into a fresh content folder and built with CONTENT_DIR (playwright.config.ts, project "medium"). Read in Chromium:
// every kind of block, the stories' ids, "first published on Medium", images from the site itself, axe clean.

const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

const stories = [
  {
    path: "de/trennung-vom-kunden/",
    title: "Trennung vom Kunden",
    lang: "de",
    medium: "trennung-vom-kunden-3f5a1b2c3d4e",
  },
  {
    path: "en/every-kind-of-paragraph/",
    title: "Every Kind of Paragraph",
    lang: "en",
    medium: "every-kind-of-paragraph-8c2d4e6f8a0b",
  },
  {
    path: "en/notes-on-leaving-well/",
    title: "Notes on Leaving Well",
    lang: "en",
    medium: "notes-on-leaving-well-a1b2c3d4e5f6",
  },
  {
    path: "en/why-small-teams-ship/",
    title: "Why Small Teams Ship",
    lang: "en",
    medium: "why-small-teams-ship-0a9b8c7d6e5f",
  },
];

for (const story of stories) {
  test(`${story.title}: reads in its language, first published on Medium, axe clean`, async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(story.path);
    await hydrated(page);
    await expect(page.locator("html")).toHaveAttribute("lang", story.lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.title);
    const medium = page.getByRole("link", { name: /Medium/ });
    await expect(medium).toHaveAttribute("href", `https://medium.com/@digital.mensch/${story.medium}`);
    await expect(medium).toHaveAttribute("rel", /noopener noreferrer/);
    const results = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    // Nothing from another origin: the images were downloaded into the essay's folder by the importer.
    const origin = new URL(baseURL ?? "").origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:"))).toEqual([]);
  });
}

test("the story with every kind of block renders each of them, with Medium's paragraph ids", async ({ page }) => {
  await page.goto("en/every-kind-of-paragraph/");
  await hydrated(page);
  const article = page.getByRole("article");
  await expect(article.getByRole("heading", { level: 2, name: "A heading" })).toHaveAttribute("id", "p-5f60");
  await expect(article.getByRole("heading", { level: 3, name: "A smaller heading" })).toHaveAttribute("id", "p-7182");
  const first = article.locator("#p-3d4e");
  await expect(first.locator("em").first()).toHaveText("emphasis");
  await expect(first.locator("strong").first()).toHaveText("strong words");
  await expect(first.locator("code")).toHaveText("npm test");
  await expect(first).toContainText("2 * 3 = 6, snake_case, [brackets], <tags> & #hashes.");
  await expect(first.getByRole("link", { name: "link to elsewhere" })).toHaveAttribute(
    "rel",
    "noopener noreferrer external",
  );
  await expect(article.locator("#p-4e5f br")).toHaveCount(1);

  const figure = article.locator("figure#p-8293");
  await expect(figure.locator("figcaption")).toHaveText("The caption, with a credit");
  const image = figure.getByRole("img", { name: "A wide picture: a grey card with a title on it" });
  await expect(image).toHaveAttribute("width", "1200");
  await expect(image).toHaveAttribute("height", "630");
  await expect(image).toHaveAttribute("src", /\/assets\/media\/1-Wide-Picture_01-[0-9a-f]{10}\.png$/);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);

  await expect(article.locator("ul#p-93a4 > li")).toHaveText(["An item", "An item with emphasis"]);
  await expect(article.locator("ol#p-b5c6 > li")).toHaveText(["First", "Second"]);
  await expect(article.locator("blockquote#p-d7e8")).toHaveText(
    "A quotation from someone else, quoted as it was said.",
  );
  await expect(article.locator("blockquote.pullquote#p-e8f9")).toHaveText("A pull quote stands out.");
  const code = article.locator("pre#p-f90a code");
  await expect(article.locator("pre#p-f90a")).toHaveAttribute("translate", "no");
  await expect(code).toHaveText(
    'const greeting = (name: string) => `Hello, ${name}`;\nconsole.log(greeting("*world*"));',
  );
  await expect(article.locator("hr#p-b002")).toHaveCount(1);
  await expect(article.locator("figure#p-1a2b img")).toHaveAttribute("width", "180");
  await expect(article.getByRole("link", { name: "Another story worth reading" })).toHaveAttribute(
    "href",
    "https://example.org/another-story",
  );

  // Every block, in order, carries the id the importer wrote into the front matter.
  expect(await article.locator("[data-paragraph]").evaluateAll((blocks) => blocks.map((block) => block.id))).toEqual([
    "p-3d4e",
    "p-4e5f",
    "p-5f60",
    "p-6071",
    "p-7182",
    "p-8293",
    "p-93a4",
    "p-b5c6",
    "p-d7e8",
    "p-e8f9",
    "p-f90a",
    "p-b002",
    "p-0a1b",
    "p-1a2b",
    "p-2b3c",
  ]);
});

test("a paragraph link reaches a block of any kind", async ({ page }) => {
  await page.goto("en/every-kind-of-paragraph/#p-e8f9");
  await hydrated(page);
  const pullquote = page.locator("blockquote.pullquote#p-e8f9");
  await expect(pullquote).toBeInViewport();
  expect(await pullquote.evaluate((element) => element.matches(":target"))).toBe(true);
  await expect(page.getByRole("link", { name: "Link to paragraph 10" })).toHaveAttribute("href", "#p-e8f9");
});

test("the home lists the imported stories; the draft and the response are not published", async ({ page }) => {
  await page.goto("en/");
  await hydrated(page);
  for (const title of ["Every Kind of Paragraph", "Notes on Leaving Well", "Why Small Teams Ship"]) {
    await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
  }
  await expect(page.getByText("Half-Finished Thoughts")).toHaveCount(0);
  await expect(page.getByText("Great point about budgets")).toHaveCount(0);
});

test.describe(() => {
  test.use({ colorScheme: "dark", viewport: { width: 390, height: 800 } });

  test("every kind of block is axe clean in dark colors on a phone", async ({ page }) => {
    await page.goto("en/every-kind-of-paragraph/");
    await hydrated(page);
    const results = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    // Nothing is wider than the phone: long code lines wrap.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
