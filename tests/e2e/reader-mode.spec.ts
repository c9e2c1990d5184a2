import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Readability } from "@mozilla/readability";
import { JSDOM } from "jsdom";
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

/** The page's paragraphs, in order (both languages in the parallel view), as the author wrote them. */
const essayParagraphs = (document: Document) =>
  [...document.querySelectorAll("article [data-paragraph]")].map((p) => (p.textContent ?? "").trim());

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
  test(`Readability on the static ${path}: title, author, the paragraphs and nothing else`, async ({ request }) => {
    const response = await request.get(path);
    const html = await response.text();
    const dom = new JSDOM(html, { url: response.url() });
    const paragraphs = essayParagraphs(dom.window.document);
    expect(paragraphs.length).toBeGreaterThanOrEqual(7);
    const article = new Readability(dom.window.document).parse();
    expect(article?.title).toContain(title);
    expect(article?.byline).toBe("digital.mensch");
    expect(between(article?.textContent ?? "", paragraphs)).toBe("");
  });

  test(`Readability in the browser on ${path}, after hydration: the same`, async ({ browser, baseURL }) => {
    // Like a reader-mode extension, it runs inside the page (the page's CSP would refuse an injected script).
    const context = await browser.newContext({ bypassCSP: true, baseURL });
    const page = await context.newPage();
    await page.goto(path);
    await hydrated(page);
    await page.addScriptTag({ content: readabilitySource });
    const result = await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll("article [data-paragraph]")].map((p) =>
        (p.textContent ?? "").trim(),
      );
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
    // Select from the first paragraph's start to the last one's end, as a reader dragging over the text would.
    const copied = await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll("article [data-paragraph]")];
      const range = document.createRange();
      range.setStartBefore(paragraphs[0]!);
      range.setEndAfter(paragraphs.at(-1)!);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      let text = "";
      document.addEventListener("copy", () => (text = getSelection()!.toString()), { once: true });
      document.execCommand("copy");
      return { text, paragraphs: paragraphs.map((p) => (p.textContent ?? "").trim()) };
    });
    expect(copied.text).not.toMatch(/¶|Link (to|zu)|Show|zeigen/);
    expect(between(copied.text, copied.paragraphs)).toBe("");
  });
