import type { Page } from "@playwright/test";
import { expect, hydrated, test } from "./fixtures.ts";
import { essayPage, parallelPage } from "./pages.ts";

// What a designer would check at every width and text size.

const headerControls = (page: Page) =>
  page.locator(".site-header__controls").locator(".view-toggle, .display-settings__button, .language-toggle a");

for (const path of [essayPage.de, essayPage.en])
  test(`${path}: at 150 % text the header's controls grow together`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.addInitScript(() => localStorage.setItem("text-size", "150"));
    await page.goto(path);
    await hydrated(page);
    const sizes = await headerControls(page).evaluateAll((controls) =>
      controls.map((control) => ({
        height: Math.round(control.getBoundingClientRect().height),
        font: getComputedStyle(control).fontSize,
      })),
    );
    expect(sizes).toHaveLength(3);
    for (const size of sizes) expect(size).toEqual({ height: 66, font: "24px" });
  });

for (const path of [essayPage.de, essayPage.en, parallelPage.de, parallelPage.en])
  test(`${path} at 390 px: the site's name whole, the bilingual toggle in words, one header line`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await hydrated(page);
    const name = page.locator(".site-header__home");
    expect(await name.evaluate((link) => link.scrollWidth <= link.clientWidth)).toBe(true);
    const label = page.locator(".view-toggle__label");
    await expect(label).toBeVisible();
    expect((await label.boundingBox())!.width).toBeGreaterThan(40);
    expect((await page.locator(".site-header").boundingBox())!.height).toBeLessThan(70);
  });

for (const [path, prompt] of [
  [essayPage.en, "Continue where you left off"],
  [essayPage.de, "Weiterlesen, wo Sie aufhörten"],
] as const)
  test(`${path} at 390 px: the resume offer is one line`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(() =>
      localStorage.setItem("reading-position:trennung-vom-kunden", JSON.stringify({ paragraph: "grown-apart" })),
    );
    await page.goto(path);
    await hydrated(page);
    const offer = page.getByRole("button", { name: prompt });
    await expect(offer).toBeVisible();
    const lines = await offer.evaluate((button) => {
      const range = document.createRange();
      range.selectNodeContents(button);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    expect(lines).toBe(1);
    expect(await offer.evaluate((button) => button.scrollWidth <= button.clientWidth)).toBe(true);
  });

for (const path of [parallelPage.de, parallelPage.en])
  test(`${path} on a phone: each translation sits with its own paragraph, its ¶ after the pair`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await hydrated(page);
    const pairs = await page.locator(".parallel .paragraph").evaluateAll((pairs) =>
      pairs.map((pair) => {
        const [own, other] = [...pair.querySelectorAll("[data-paragraph]")].map((p) => p.getBoundingClientRect());
        const tools = pair.querySelector(".paragraph-tools")!.getBoundingClientRect();
        return { ownTop: own!.top, ownBottom: own!.bottom, otherTop: other!.top, otherBottom: other!.bottom, tools };
      }),
    );
    for (const [index, pair] of pairs.entries()) {
      const next = pairs[index + 1];
      // The ¶ never sits between a paragraph and its translation.
      expect(pair.tools.top).toBeGreaterThanOrEqual(pair.otherBottom - 1);
      if (next) expect(pair.otherTop - pair.ownBottom).toBeLessThan((next.ownTop - pair.otherBottom) / 2);
    }
  });

for (const width of [1280, 800])
  test(`on a desktop at ${width} px, the paragraph tools show without hover and take no room`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(essayPage.en);
    await hydrated(page);
    await page.mouse.move(0, 0);
    const tools = page.locator(".paragraph", { has: page.locator("#business-relationships") });
    for (const control of [tools.getByRole("link", { name: "Link to paragraph 2" }), tools.getByRole("button")]) {
      await expect(control).toBeVisible();
      expect(await control.evaluate((element) => getComputedStyle(element.closest(".paragraph-tools")!).opacity)).toBe(
        "1",
      );
      expect(
        await control.evaluate((element) => element.closest(".paragraph-tools")!.getBoundingClientRect().width),
      ).toBeGreaterThan(0);
    }
    // Paragraph to paragraph, the same rhythm as without tools: at most two text lines of gap.
    const gap = await page.evaluate(() => {
      const first = document.querySelector("#business-relationships")!.getBoundingClientRect();
      const second = document.querySelector("#companies-evolve")!.getBoundingClientRect();
      return (
        (second.top - first.bottom) /
        parseFloat(getComputedStyle(document.querySelector("#companies-evolve")!).lineHeight)
      );
    });
    expect(gap).toBeLessThanOrEqual(2);
  });

for (const [path, date] of [
  [essayPage.en, "August 22, 2017"],
  [essayPage.de, "22. August 2017"],
] as const)
  test(`${path}: the date never breaks across lines`, async ({ page }) => {
    await page.goto(path);
    await hydrated(page);
    for (const width of [320, 360, 390, 430, 600]) {
      await page.setViewportSize({ width, height: 800 });
      const lines = await page.evaluate((text) => {
        const counts: number[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const pattern = text.replaceAll(" ", "[\\s\\u00a0]");
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest("script, style")) continue;
          const match = new RegExp(pattern).exec(node.textContent ?? "");
          if (!match) continue;
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          counts.push(new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom))).size);
        }
        return counts;
      }, date);
      expect(lines.length, `${date} on the page`).toBeGreaterThanOrEqual(2);
      expect(lines, `at ${width} px`).toEqual(lines.map(() => 1));
    }
  });

test("a paragraph opened by its link is marked with room around its text", async ({ page }) => {
  // The mark is brief: hold every animation at its start, so that a busy machine cannot miss it.
  await page.addInitScript(() => {
    document.addEventListener("animationstart", (event) => {
      if (event.target instanceof Element) for (const animation of event.target.getAnimations()) animation.pause();
    });
  });
  await page.goto(`${essayPage.en}#companies-evolve`);
  await hydrated(page);
  const spread = await page.locator("#companies-evolve").evaluate((paragraph) => {
    const [mark] = paragraph.getAnimations();
    mark!.pause();
    mark!.currentTime = 0;
    const shadow = getComputedStyle(paragraph).boxShadow;
    return parseFloat(/0px 0px 0px ([\d.]+)px/.exec(shadow)?.[1] ?? "0");
  });
  expect(spread).toBeGreaterThanOrEqual(8);
});

test("the avatar's monogram keeps clear of its ring", async ({ page, request }) => {
  const svg = await (await request.get("avatar.svg")).text();
  await page.goto("about:blank");
  const clearance = await page.evaluate((source) => {
    document.body.innerHTML = source;
    const text = document.querySelector("text")!.getBBox();
    const ring = document.querySelector("circle")!;
    const [cx, cy, r] = ["cx", "cy", "r"].map((name) => Number(ring.getAttribute(name)));
    // The glyphs' box includes side bearings: its left and right edges at mid-height stand for the ink.
    const sides = [
      [text.x, text.y + text.height / 2],
      [text.x + text.width, text.y + text.height / 2],
    ];
    return Math.min(...sides.map(([x, y]) => r! - Math.hypot(x! - cx!, y! - cy!)));
  }, svg);
  expect(clearance).toBeGreaterThanOrEqual(10);
});
