import { colors } from "./colors.ts";

// Facts about the site that every page shares. One home for each; nothing here is translated.
export const site = {
  /** The language the essay was written in; `/` falls back to it and 404s default to it. */
  originalLanguage: "de",
  /** Where the site is deployed, for canonical and share URLs (set SITE_URL when building). */
  url: import.meta.env.VITE_SITE_URL,
  author: {
    name: "digital.mensch",
    website: "https://die-denkerei.de/",
    websiteLabel: "die-denkerei.de",
  },
  /** The share image (Open Graph, Twitter card) in public/, made by `npm run images`. */
  shareImage: { path: "/og-image.png", width: 1200, height: 630 },
  /** For the manifest and the browser's UI; the page's own colors are tokens in src/styles/global.css. */
  colors,
  /** Reading speed for the "n minutes" estimate (words per minute, a common figure for adult readers). */
  wordsPerMinute: 200,
} as const;
