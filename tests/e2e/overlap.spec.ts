import type { Page } from "@playwright/test";
import { expect, hydrated, test } from "./fixtures.ts";
import { essayPage, parallelPage } from "./pages.ts";

// Nothing fixed or sticky may cover the reading text or a focused control, at any width or text size.
// Reading text: every line box of the article's paragraphs inside the window below the sticky header (which
// the text passes under by design); the header itself is checked against focused controls.

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Every visible box painted by a fixed or sticky element (and its descendants), other than the header. */
function coveringBoxes(page: Page) {
  return page.evaluate(() => {
    const boxes: { what: string; left: number; top: number; right: number; bottom: number }[] = [];
    for (const element of document.querySelectorAll<HTMLElement>("body *")) {
      const { position } = getComputedStyle(element);
      if ((position !== "fixed" && position !== "sticky") || element.matches(".site-header")) continue;
      for (const part of [element, ...element.querySelectorAll<HTMLElement>("*")]) {
        if (!part.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const rect = part.getBoundingClientRect();
        if (rect.width > 0 && rect.height > 0)
          boxes.push({
            what: part.className || part.tagName,
            left: rect.left,
            top: rect.top,
            right: rect.right,
            bottom: rect.bottom,
          });
      }
    }
    return boxes;
  });
}

function readingLines(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector(".site-header")!.getBoundingClientRect();
    const regionTop =
      getComputedStyle(document.querySelector(".site-header")!).position === "sticky" ? header.bottom : 0;
    const lines: { text: string; left: number; top: number; right: number; bottom: number }[] = [];
    for (const paragraph of document.querySelectorAll("article p")) {
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      for (const rect of range.getClientRects())
        if (rect.top >= regionTop && rect.bottom <= innerHeight && rect.width > 0)
          lines.push({
            text: paragraph.textContent.slice(0, 30),
            left: rect.left,
            top: rect.top,
            right: rect.right,
            bottom: rect.bottom,
          });
    }
    return lines;
  });
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

async function expectNothingCovers(page: Page, where: string, textInView = true) {
  const covers = await coveringBoxes(page);
  const lines = await readingLines(page);
  if (textInView) expect(lines.length, `${where}: reading text in view`).toBeGreaterThan(0);
  const hits = lines.flatMap((line) =>
    covers.filter((box) => overlaps(box, line)).map((box) => `${box.what} over “${line.text}…”`),
  );
  expect(hits, where).toEqual([]);
}

for (const width of [320, 390, 768, 1280])
  for (const size of [100, 150])
    test(`at ${width} px and ${size} % text, nothing fixed covers the essay while reading`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript((textSize) => {
        localStorage.setItem("text-size", String(textSize));
        localStorage.setItem("reading-position:trennung-vom-kunden", JSON.stringify({ paragraph: "grown-apart" }));
      }, size);
      for (const path of [essayPage.en, parallelPage.de]) {
        await page.goto(path);
        await hydrated(page);
        // The resume offer (if any) shows on a fresh visit, at the top.
        await expectNothingCovers(page, `${path} top`, false);
        for (const id of ["companies-evolve", "grown-apart"]) {
          await page.goto(`${path}#${id}`);
          await hydrated(page);
          await expectNothingCovers(page, `${path}#${id}`);
        }
        // And every position in between, as a reader scrolls.
        const end = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
        for (let y = 0; y <= end; y += 157) {
          await page.evaluate((top) => window.scrollTo({ top, behavior: "instant" }), y);
          await expectNothingCovers(page, `${path} at y=${y}`, false);
        }
      }
    });

for (const [width, size] of [
  [390, 150],
  [1280, 100],
] as const)
  test(`at ${width} px and ${size} % text, nothing covers a control reached by Tab`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.addInitScript((textSize) => localStorage.setItem("text-size", String(textSize)), size);
    await page.goto(`${essayPage.en}#companies-evolve`);
    await hydrated(page);
    for (let step = 0; step < 40; step++) {
      await page.keyboard.press("Tab");
      // What is on top across the focused control must be the control itself.
      const result = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement | null;
        if (!focused || focused === document.body) return null;
        // Each of its boxes (a link may wrap), inside the rounded corners that hit-testing leaves to the parent.
        const points = [...focused.getClientRects()]
          .flatMap((rect) => {
            const at = (x: number, y: number) => [rect.left + rect.width * x, rect.top + rect.height * y];
            return [at(0.25, 0.25), at(0.75, 0.25), at(0.25, 0.75), at(0.75, 0.75), at(0.5, 0.5)];
          })
          .filter(([x, y]) => x! >= 0 && y! >= 0 && x! < innerWidth && y! < innerHeight);
        return points
          .map(([x, y]) => document.elementFromPoint(x!, y!))
          .filter((top) => top && !focused.contains(top))
          .map(
            (top) =>
              `${top!.className || top!.tagName} covers ${focused.getAttribute("aria-label") ?? focused.textContent}`,
          );
      });
      if (result) expect(result).toEqual([]);
    }
  });
