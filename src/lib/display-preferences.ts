export const themes = ["system", "light", "dark"] as const;
export type Theme = (typeof themes)[number];

/** Text size steps in percent of the default. */
export const textSizes = [90, 100, 115, 130, 150] as const;
export type TextSize = (typeof textSizes)[number];

export const preferenceKeys = { theme: "theme", textSize: "text-size" } as const;

/**
 * Sets the theme and text size on <html>. It runs twice: inlined into <head> by the build (see
 * prePaintScript), so the first frame already has the reader's colors and size, and after every change
 * in the settings. It must stay self-contained, because the build inlines its source.
 */
export function applyDisplayPreferences(theme: string | null, size: number, sizes: readonly number[]): void {
  const root = document.documentElement;
  if (theme === "light" || theme === "dark") root.dataset.theme = theme;
  else delete root.dataset.theme;
  if (sizes.includes(size) && size !== 100) root.style.setProperty("--text-scale", String(size / 100));
  else root.style.removeProperty("--text-scale");
}

/** The inline <head> script: tiny, synchronous, no imports; blocked storage leaves the defaults. Its hash goes into the CSP. */
export const prePaintScript = `try{(${applyDisplayPreferences.toString()})(localStorage.getItem(${JSON.stringify(
  preferenceKeys.theme,
)}),Number(localStorage.getItem(${JSON.stringify(preferenceKeys.textSize)})),${JSON.stringify(textSizes)})}catch(e){}`;
