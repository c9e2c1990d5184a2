import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, hydrated, test } from "./fixtures.ts";
import { authorPage, essayPage, homePage, parallelPage } from "./pages.ts";

// WCAG 2.2 AA and axe's best practices, checked by axe-core in Chromium on every kind of page, in both color schemes,
// on a phone and on a laptop. (Keyboard journeys that move focus across pages are in navigation.spec.ts and
// language-switch.spec.ts; this file checks what is true of each page on its own.)
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

const pages = [
  { name: "German home", path: homePage.de, status: 200 },
  { name: "English home", path: homePage.en, status: 200 },
  { name: "German essay", path: essayPage.de, status: 200 },
  { name: "English essay", path: essayPage.en, status: 200 },
  { name: "German author page", path: authorPage.de, status: 200 },
  { name: "English author page", path: authorPage.en, status: 200 },
  { name: "German parallel view", path: parallelPage.de, status: 200 },
  { name: "English parallel view", path: parallelPage.en, status: 200 },
  { name: "English 404", path: "en/no-such-page/", status: 404 },
  { name: "German 404", path: "nirgendwo/", status: 404 },
  // With JavaScript `/` forwards the reader at once: what stays on screen is its static page, checked without the app.
  { name: "language chooser `/`", path: "./", status: 200, app: false },
] as const;

const widths = [390, 1280] as const;
const schemes = ["light", "dark"] as const;

/**
 * Opens a page and waits until React has taken it over (hydrated, or rendered afresh for a 404). Without the app,
 * its script is answered with an empty one: the static page stays as it is, and axe can still run in it.
 */
async function open(page: Page, { path, status, app = true }: { path: string; status: number; app?: boolean }) {
  if (!app) await page.route("**/assets/*.js", (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
  const response = await page.goto(path);
  expect(response?.status()).toBe(status);
  await expect(page.locator("h1")).toBeVisible();
  if (app) await hydrated(page);
}

/** Chromium logs the 404 response of the 404 page itself; nothing else may be logged. */
const forgive404 = (problems: string[]) =>
  problems.splice(0, problems.length, ...problems.filter((problem) => !problem.includes("404 (Not Found)")));

for (const entry of pages) {
  for (const colorScheme of schemes) {
    for (const width of widths) {
      test.describe(() => {
        test.use({ colorScheme, viewport: { width, height: 800 } });

        test(`axe: ${entry.name}, ${colorScheme}, ${width} px: no violations`, async ({ page, problems }) => {
          await open(page, entry);
          // The page really is in this scheme: a dark background in dark mode, a light one in light mode.
          const background = await page.evaluate(() => {
            // Whatever CSS color syntax the stylesheet uses, a canvas pixel painted with it is plain sRGB.
            const context = document.createElement("canvas").getContext("2d")!;
            context.fillStyle = getComputedStyle(document.body).backgroundColor;
            context.fillRect(0, 0, 1, 1);
            const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
            return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
          });
          expect(background > 0.5 ? "light" : "dark").toBe(colorScheme);
          const results = await new AxeBuilder({ page }).withTags(tags).analyze();
          const violations = results.violations.map(
            ({ id, impact, help, nodes }) =>
              `${id} (${impact ?? "?"}): ${help} — ${nodes.map((node) => node.target.join(" ")).join(", ")}`,
          );
          expect(violations, `axe violations on ${entry.path}`).toEqual([]);
          expect(results.passes.length).toBeGreaterThan(10);
          forgive404(problems);
        });
      });
    }
  }
}

for (const colorScheme of schemes) {
  test.describe(() => {
    test.use({ colorScheme, viewport: { width: 1280, height: 800 } });

    test(`axe: the controls that open things (settings, original, resume), ${colorScheme}: no violations`, async ({
      page,
    }) => {
      await page.addInitScript(() =>
        localStorage.setItem("reading-position:trennung-vom-kunden", JSON.stringify({ paragraph: "grown-apart" })),
      );
      await page.goto(essayPage.en);
      await hydrated(page);
      await expect(page.getByRole("button", { name: "Continue where you left off" })).toBeVisible();
      await page.getByRole("button", { name: "Show German" }).first().click();
      await page.getByRole("button", { name: "Display" }).click();
      await expect(page.getByRole("group", { name: "Color scheme" })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(
        results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target.join(" ")).join(", ")}`),
      ).toEqual([]);
    });
  });
}

test.describe("reflow", () => {
  for (const entry of pages) {
    // WCAG 1.4.10: content reflows into a 320 CSS px wide viewport (a 1280 px window at 400 % zoom) with no
    // horizontal scrolling.
    test(`${entry.name} reflows at 320 px`, async ({ page, problems }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await open(page, entry);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      forgive404(problems);
    });
  }

  // The app's own text sizes must reflow too: the largest one at 320 px, on every page.
  for (const entry of pages) {
    test(`${entry.name} reflows at 320 px with 150 % text`, async ({ page, problems }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.addInitScript(() => localStorage.setItem("text-size", "150"));
      await open(page, entry);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      forgive404(problems);
    });
  }

  test.describe("at 200 % zoom", () => {
    // Browser zoom at 200 % halves the CSS viewport and doubles the device pixels per CSS pixel: a 1280 × 800
    // window zoomed to 200 % lays out exactly like a 640 × 400 CSS px viewport with deviceScaleFactor 2, which is
    // what this emulates (Playwright cannot press Ctrl + in a headless browser). Media queries, rem and vw see
    // the same values as under real zoom.
    test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    for (const entry of pages) {
      test(`${entry.name} reflows`, async ({ page, problems }) => {
        await open(page, entry);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(innerWidth).toBe(640);
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
        forgive404(problems);
      });
    }
  });
});

test.describe("with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("nothing animates or transitions", async ({ page }) => {
    await page.goto(essayPage.en);
    await hydrated(page);
    await page.evaluate(() => window.scrollTo(0, 600));
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll("*")]
        .filter((element) => {
          const style = getComputedStyle(element);
          const seconds = (value: string) => Math.max(...value.split(",").map((part) => parseFloat(part) || 0));
          return (
            (style.animationName !== "none" && seconds(style.animationDuration) > 0) ||
            seconds(style.transitionDuration) > 0 ||
            style.scrollBehavior === "smooth"
          );
        })
        .map((element) => element.className || element.tagName),
    );
    expect(moving).toEqual([]);
  });
});

test.describe("keyboard", () => {
  /** The focused control (null when focus is outside the page) and how it shows its focus. */
  const focusState = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      // What is drawn at the middle of the focused control: the control itself, or something covering it?
      const top = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      return {
        id: `${element.tagName.toLowerCase()} ${element.getAttribute("href") ?? ""} ${element.textContent.trim().slice(0, 30)}`,
        outline: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth),
        onTop: top !== null && element.contains(top),
        // Within a pixel: scrolling into view may stop at a fraction of one.
        inView: rect.top >= -1 && rect.bottom <= window.innerHeight + 1,
      };
    });

  /** Tabs through the page until focus leaves it or comes back to where it began, recording what had focus. */
  async function tabAround(page: Page, key: "Tab" | "Shift+Tab", limit = 60) {
    const visited: NonNullable<Awaited<ReturnType<typeof focusState>>>[] = [];
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press(key);
      const state = await focusState(page);
      // Focus has left the document (to the browser's own UI) or is back where the lap began: one lap is done.
      if (!state || state.id === visited[0]?.id) break;
      visited.push(state);
    }
    return visited;
  }

  for (const entry of pages.filter(({ status, path }) => status === 200 && path !== "./")) {
    test(`${entry.name}: every control is reached by Tab, visibly focused, not hidden, and Tab leaves the page`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 700 });
      await open(page, entry);
      const controls = await page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, [tabindex]")].filter(
            (element) => element.tabIndex >= 0 && element.getClientRects().length > 0,
          ).length,
      );

      const forward = await tabAround(page, "Tab");
      expect(forward[0]?.id).toMatch(/^a #main /);
      expect(forward).toHaveLength(controls);
      for (const focused of forward) {
        // A visible focus indicator: a solid outline at least 2 px wide (WCAG 2.4.7; 2.4.13 asks for 2 px).
        expect(focused.outline, focused.id).toBe("solid");
        expect(focused.outlineWidth, focused.id).toBeGreaterThanOrEqual(2);
        // Scrolled into view and not hidden, e.g. behind the sticky header (WCAG 2.2, 2.4.11).
        expect(focused.inView, `${focused.id} in view`).toBe(true);
        expect(focused.onTop, `${focused.id} not covered`).toBe(true);
      }

      // No trap: the lap ended by leaving the page. From there, Shift+Tab walks the same controls in reverse (and
      // wraps around to the last one), from which Tab leaves the page again and then starts over at the skip link.
      const backward = await tabAround(page, "Shift+Tab");
      expect(backward.map((focused) => focused.id)).toEqual(forward.map((focused) => focused.id).reverse());
      expect((await focusState(page))?.id).toBe(backward[0]?.id);
      await page.keyboard.press("Tab");
      expect(await focusState(page)).toBeNull();
      await page.keyboard.press("Tab");
      await expect(page.locator(".skip-link")).toBeFocused();
    });
  }
});
