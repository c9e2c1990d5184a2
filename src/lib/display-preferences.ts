import { colors } from "../colors.ts";

export const themes = ["system", "light", "dark"] as const;
export type Theme = (typeof themes)[number];

/** Text size steps in percent of the default. */
export const textSizes = [90, 100, 115, 130, 150] as const;
export type TextSize = (typeof textSizes)[number];

export const preferenceKeys = { theme: "theme", textSize: "text-size" } as const;

/** Where a reading position is stored, per essay (`reading-position:<essay id>`). */
export const resumeKeyPrefix = "reading-position:";

/** The browser's own colors (address bar, task switcher) for each scheme, and the system's defaults. */
const themeColors = { light: colors.paper, dark: colors.ink };

/**
 * Sets the theme and text size on <html>, and makes everything outside the stylesheet that depends on the
 * scheme follow the chosen one: the browser's theme color and the page's declared color scheme (canvas,
 * scrollbars and form controls before the stylesheet applies). It runs twice: inlined into <head> by the build
 * (see prePaintScript), so the first frame already has the reader's colors and size, and after every change in
 * the settings. It must stay self-contained, because the build inlines its source.
 */
export function applyDisplayPreferences(
  theme: string | null,
  size: number,
  sizes: readonly number[],
  colors: { light: string; dark: string },
): void {
  const root = document.documentElement;
  const chosen = theme === "light" || theme === "dark" ? theme : null;
  if (chosen) root.dataset.theme = chosen;
  else delete root.dataset.theme;
  if (sizes.includes(size) && size !== 100) root.style.setProperty("--text-scale", String(size / 100));
  else root.style.removeProperty("--text-scale");
  document.querySelector('meta[name="color-scheme"]')?.setAttribute("content", chosen ?? "light dark");
  for (const meta of document.querySelectorAll('meta[name="theme-color"]')) {
    const system = meta.getAttribute("media")?.includes("dark") ? "dark" : "light";
    meta.setAttribute("content", colors[chosen ?? system]);
  }
}

/**
 * Before the first paint, on a visit without a fragment: if a reading position is stored, the essay reserves the
 * room of its resume offer (`html[data-resume]`), so the offer that appears after hydration moves nothing.
 */
export function reserveResumeOffer(prefix: string): void {
  if (location.hash) return;
  // A reload or a step through history puts the reader at their place: no offer then (useArrivesAtTop).
  const arrival = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  if (arrival?.type === "reload" || arrival?.type === "back_forward") return;
  for (let index = 0; index < localStorage.length; index++) {
    const key = localStorage.key(index);
    if (!key?.startsWith(prefix)) continue;
    const stored = JSON.parse(localStorage.getItem(key) ?? "null") as { paragraph?: unknown } | null;
    if (typeof stored?.paragraph === "string") document.documentElement.dataset.resume = "";
  }
}

/**
 * The inline <head> script: tiny, synchronous, no imports; blocked storage leaves the defaults. Its hash goes into the
 * CSP. A function, not a constant, so that the build-time string (and reserveResumeOffer) stays out of the app's bundle.
 */
export const prePaintScript = (): string =>
  `try{(${applyDisplayPreferences.toString()})(localStorage.getItem(${JSON.stringify(
    preferenceKeys.theme,
  )}),Number(localStorage.getItem(${JSON.stringify(preferenceKeys.textSize)})),${JSON.stringify(textSizes)},${JSON.stringify(
    themeColors,
  )});(${reserveResumeOffer.toString()})(${JSON.stringify(resumeKeyPrefix)})}catch(e){}`;

export const displayColors = themeColors;
