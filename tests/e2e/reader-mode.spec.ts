import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Readability } from "@mozilla/readability";
import { expect, hydrated, test } from "./fixtures.ts";
import { essayPage, parallelPage } from "./pages.ts";

// Programs that take the text out of the page (reader modes, read-it-later tools) and a reader's own copy and
// paste get the essay as written: title, author, the paragraphs, and nothing in between.

const readabilitySource = readFileSync(
  createRequire(import.meta.url).resolve("@mozilla/readability/Readability.js"),
  "utf8",
);

const pages = [
  { path: essayPage.de, title: "Trennung vom Kunden" },
  { path: essayPage.en, title: "Breaking Up with a Client" },
  { path: parallelPage.de, title: "Trennung vom Kunden" },
  { path: parallelPage.en, title: "Breaking Up with a Client" },
];

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** What is left of `text` after removing the paragraphs in order: it must be nothing. */
function between(text: string, paragraphs: string[]) {
  let rest = squash(text);
  for (const paragraph of paragraphs.map(squash)) {
    const at = rest.indexOf(paragraph);
    expect(at, `paragraph “${paragraph.slice(0, 40)}…”`).toBeGreaterThanOrEqual(0);
    rest = `${rest.slice(0, at)} ${rest.slice(at + paragraph.length)}`;
  }
  return squash(rest);
}

for (const { path, title } of pages) {
  test(`Readability on the static ${path}: title, author, the paragraphs and nothing else`, async ({
    page,
    request,
  }) => {
    // The HTML as delivered (what a read-it-later service fetches), parsed and extracted in a blank page.
    const html = await (await request.get(path)).text();
    await page.goto("about:blank");
    await page.addScriptTag({ content: readabilitySource });
    const result = await page.evaluate((source) => {
      const document = new DOMParser().parseFromString(source, "text/html");
      const paragraphs = [...document.querySelectorAll("article [data-paragraph]")].map((p) => p.textContent.trim());
      const Reader = (window as unknown as { Readability: typeof Readability }).Readability;
      const article = new Reader(document).parse();
      return { paragraphs, title: article?.title, byline: article?.byline, text: article?.textContent ?? "" };
    }, html);
    expect(result.paragraphs.length).toBeGreaterThanOrEqual(7);
    expect(result.title).toContain(title);
    expect(result.byline).toBe("digital.mensch");
    expect(between(result.text, result.paragraphs)).toBe("");
  });

  test(`Readability in the browser on ${path}, after hydration: the same`, async ({ browser, baseURL }) => {
    // Like a reader-mode extension, it runs inside the page (the page's CSP would refuse an injected script).
    const context = await browser.newContext({ bypassCSP: true, ...(baseURL && { baseURL }) });
    const page = await context.newPage();
    await page.goto(path);
    await hydrated(page);
    await page.addScriptTag({ content: readabilitySource });
    const result = await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll("article [data-paragraph]")].map((p) => p.textContent.trim());
      const Reader = (window as unknown as { Readability: typeof Readability }).Readability;
      const article = new Reader(document.cloneNode(true) as Document).parse();
      return { paragraphs, title: article?.title, byline: article?.byline, text: article?.textContent ?? "" };
    });
    expect(result.title).toContain(title);
    expect(result.byline).toBe("digital.mensch");
    expect(between(result.text, result.paragraphs)).toBe("");
    await context.close();
  });
}

for (const path of [essayPage.en, parallelPage.de])
  test(`copying the essay from ${path} gives its text as written`, async ({ page, browserName }) => {
    expect(browserName).toBe("chromium");
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    await hydrated(page);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    // Select from the first paragraph's start to the last one's end, as a reader dragging over the text would.
    const paragraphs = await page.evaluate(() => {
      const all = [...document.querySelectorAll("article [data-paragraph]")];
      const range = document.createRange();
      range.setStartBefore(all[0]!);
      range.setEndAfter(all.at(-1)!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return all.map((p) => p.textContent.trim());
    });
    await page.keyboard.press("Control+C");
    const copied = { paragraphs, text: await page.evaluate(() => navigator.clipboard.readText()) };
    expect(copied.text).not.toMatch(/¶|Link (to|zu)|Show|zeigen/);
    expect(between(copied.text, copied.paragraphs)).toBe("");
  });
