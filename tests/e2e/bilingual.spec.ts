import { expect, hydrated, isSameDocument, markDocument, test } from "./fixtures.ts";
import { endsAt, essayPage, parallelPage } from "./pages.ts";

const ids = [
  "private-breakups",
  "business-relationships",
  "companies-evolve",
  "provider-resigns",
  "grown-apart",
  "both-directions",
  "something-new",
];

async function tops(page: import("@playwright/test").Page, id: string) {
  return page
    .locator(`article [data-paragraph="${id}"]`)
    .evaluateAll((elements) => elements.map((el) => Math.round(el.getBoundingClientRect().top + window.scrollY)));
}

test("parallel view, wide: each German paragraph beside its English one, aligned", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(parallelPage.de);
  await hydrated(page);
  for (const id of ids) {
    const [german, english] = await tops(page, id);
    expect(Math.abs(german! - english!), id).toBeLessThanOrEqual(3);
  }
  await expect(page.locator(`.parallel__counterpart[lang="en"] > p`)).toHaveCount(7);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.locator(".parallel__counterpart").first()).toHaveText(/^In our private lives/);
  // Side by side: the English column starts right of the German one.
  const [left, right] = await page
    .locator('article [data-paragraph="grown-apart"]')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left));
  expect(right! - left!).toBeGreaterThan(300);
});

test("parallel view, narrow: the pairs interleave, in order", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(parallelPage.en);
  await hydrated(page);
  let previous = -1;
  for (const id of ids) {
    const [english, german] = await tops(page, id);
    expect(english!, id).toBeGreaterThan(previous);
    expect(german!, id).toBeGreaterThan(english!);
    previous = german!;
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("switching into and out of the parallel view keeps the paragraph and the focus", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(essayPage.en);
  await hydrated(page);
  await markDocument(page);
  await page.locator("#grown-apart").evaluate((el) => el.scrollIntoView({ block: "start" }));
  const before = await page.locator("#grown-apart").evaluate((el) => el.getBoundingClientRect().top);

  await page.getByRole("link", { name: /^Bilingual/ }).click();
  await expect(page).toHaveURL(endsAt(parallelPage.en));
  await expect(page.locator("article.parallel")).toBeVisible();
  await expect(page.getByRole("link", { name: /^One language/ })).toBeFocused();
  const inParallel = await page.locator("#grown-apart").evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(inParallel - before)).toBeLessThanOrEqual(2);

  // The progress bar tracks the parallel text too.
  const progress = Number(await page.getByRole("progressbar").getAttribute("aria-valuenow"));
  expect(progress).toBeGreaterThan(20);
  expect(progress).toBeLessThan(100);

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(endsAt(essayPage.en));
  await expect(page.getByRole("link", { name: /^Bilingual/ })).toBeFocused();
  const back = await page.locator("#grown-apart").evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(back - before)).toBeLessThanOrEqual(2);
  expect(await isSameDocument(page)).toBe(true);
});

test("a paragraph link opens in the other language at that paragraph, marked", async ({ page }) => {
  await page.goto(essayPage.de);
  await hydrated(page);
  const link = page.getByRole("link", { name: "Link zu Absatz 5" });
  await expect(link).toHaveAttribute("href", "#grown-apart");
  await link.focus();
  await expect(link).toHaveCSS("opacity", "1");

  await page.goto(`${essayPage.en}#grown-apart`);
  const paragraph = page.locator("#grown-apart");
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toHaveText(/^Especially when only one side/);
  // Below the sticky header, not under it.
  const header = await page.locator("header.site-header").evaluate((el) => el.getBoundingClientRect().bottom);
  // (Polled: the page may still be settling its scroll position as it hydrates.)
  await expect.poll(() => paragraph.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(header);
  await expect(paragraph).toHaveCSS("animation-name", "mark-target");

  await page.goto(`${parallelPage.de}#grown-apart`);
  await expect(page.locator("#grown-apart")).toBeInViewport();
});

test("show the original: reveals the counterpart inline, in its language", async ({ page }) => {
  await page.goto(essayPage.en);
  await hydrated(page);
  const reveal = page.getByRole("button", { name: "Show German" }).nth(1);
  await reveal.click();
  await expect(page.getByRole("button", { name: "Hide German" })).toHaveAttribute("aria-expanded", "true");
  const german = page.locator('.paragraph__counterpart[lang="de"]:visible');
  await expect(german).toHaveText(
    "Auch für geschäftliche und unternehmerische Beziehungen sollte dies eigentlich genauso gelten.",
  );
  await page.getByRole("button", { name: "Hide German" }).click();
  await expect(german).toHaveCount(0);
});

test("a revealed original does not survive a language switch", async ({ page }) => {
  await page.goto(essayPage.en);
  await hydrated(page);
  await page.getByRole("button", { name: "Show German" }).first().click();
  await expect(page.locator('.paragraph__counterpart[lang="de"]:visible')).toHaveCount(1);
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Deutsch" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.locator(".paragraph__counterpart:visible")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Englisch zeigen" })).toHaveCount(7);
});

test("share without the Web Share API copies the open address, of the paragraph too", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "share", { value: undefined });
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  await page.goto(essayPage.en);
  await hydrated(page);
  await page.getByRole("button", { name: "Share" }).click();
  await expect(page.getByText(/^Link copied: https?:\/\/.+\/en\/breaking-up-with-a-client\/$/)).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The address the reader has open (issue 9: local links are real), not SITE_URL's canonical one.
  const open = new URL(page.url());
  expect(copied).toBe(`${open.origin}${open.pathname}`);

  await page.getByRole("link", { name: "Link to paragraph 4" }).click();
  await page.getByRole("button", { name: "Share" }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${copied}#provider-resigns`);
});

test("minutes left: decorative, counting down to the end", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(essayPage.de);
  await hydrated(page);
  const left = page.locator(".reading-progress__left");
  await expect(left).toHaveText("2 Min. übrig");
  await expect(left).toHaveAttribute("aria-hidden", "true");
  // The last paragraph's end in view is not yet its end read: the page's end is.
  await page.locator("#something-new").evaluate((el) => el.scrollIntoView({ block: "end" }));
  await expect(left).toHaveText("1 Min. übrig");
  await page.mouse.wheel(0, 5000);
  await expect(left).toHaveText("Zu Ende gelesen");
});
