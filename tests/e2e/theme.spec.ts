import { expect, hydrated, test } from "./fixtures.ts";
import { essayPage } from "./pages.ts";

// The chosen theme governs everything that depends on the color scheme; print is always light.

const LIGHT_ACCENT = "rgb(178, 64, 29)";

for (const stored of ["dark", "light", null] as const)
  test(`print is light in every color with the stored theme ${stored ?? "(none)"}, and prints no focus ring`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: "dark" });
    if (stored) await context.addInitScript((theme) => localStorage.setItem("theme", theme), stored);
    const page = await context.newPage();
    // A paragraph opened by its link keeps focus.
    await page.goto(`${essayPage.de}#companies-evolve`);
    await hydrated(page);
    await expect(page.locator("#companies-evolve")).toBeFocused();
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      const paragraph = getComputedStyle(document.querySelector("#companies-evolve")!);
      // Every color variable, resolved the way the print sheet would use it.
      const probe = document.body.appendChild(document.createElement("span"));
      const resolved = (variable: string) => {
        probe.style.color = `var(${variable})`;
        return getComputedStyle(probe).color;
      };
      const accent = resolved("--color-accent");
      const variables = ["--color-focus", "--color-mark", "--color-link", "--color-muted"].map(resolved);
      probe.remove();
      return {
        variables,
        scheme: root.colorScheme,
        background: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.body).color,
        accent,
        outline: paragraph.outlineStyle,
      };
    });
    expect(printed).toEqual({
      // Light values: the print sheet's own (link, muted) or each token's light half (focus, mark).
      variables: ["rgb(10, 85, 160)", "rgb(251, 231, 161)", "rgb(0, 0, 0)", "rgb(51, 51, 51)"],
      scheme: "light",
      background: "rgb(255, 255, 255)",
      text: "rgb(0, 0, 0)",
      accent: LIGHT_ACCENT,
      outline: "none",
    });
    await context.close();
  });

for (const [stored, system, color, scheme] of [
  ["dark", "light", "#17181b", "dark"],
  ["light", "dark", "#fbfaf7", "light"],
] as const)
  test(`the browser's colors follow the stored theme ${stored} under a ${system} system`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: system });
    await context.addInitScript((theme) => localStorage.setItem("theme", theme), stored);
    const page = await context.newPage();
    await page.goto(essayPage.en);
    const browserUi = () =>
      page.evaluate(() => ({
        themeColors: [...document.querySelectorAll('meta[name="theme-color"]')].map((meta) =>
          meta.getAttribute("content"),
        ),
        colorScheme: document.querySelector('meta[name="color-scheme"]')?.getAttribute("content"),
        rootScheme: getComputedStyle(document.documentElement).colorScheme,
        // Form controls and scrollbars take the used color scheme of their element.
        controlScheme: getComputedStyle(document.querySelector("button")!).colorScheme,
      }));
    const expected = { themeColors: [color, color], colorScheme: scheme, rootScheme: scheme, controlScheme: scheme };
    expect(await browserUi()).toEqual(expected);
    await hydrated(page);
    expect(await browserUi()).toEqual(expected);

    // Back to the system's choice: the browser's colors follow the system again.
    await page.getByRole("button", { name: "Display" }).click();
    await page.getByRole("radio", { name: "Match system" }).check();
    await expect
      .poll(() => browserUi())
      .toEqual({
        themeColors: ["#fbfaf7", "#17181b"],
        colorScheme: "light dark",
        rootScheme: "light dark",
        controlScheme: "light dark",
      });
    await context.close();
  });
