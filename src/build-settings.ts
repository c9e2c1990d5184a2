import { colors } from "./colors.ts";

// Facts that only the build uses. They live apart from site.ts so that the browser's bundle does not carry them.
export const buildSettings = {
  /** The share image (Open Graph, Twitter card) in public/, made by `npm run images`. */
  shareImage: { path: "/og-image.png", width: 1200, height: 630 },
  /** For the manifest and the browser's UI; the page's own colors are tokens in src/styles/global.css. */
  colors,
  /** Essays per home page (and on the author page): they stay small however many essays there are. */
  essaysPerPage: 15,
  /** Entries in each language's feed: the newest, in full text. */
  feedEntries: 30,
  /**
   * Essays the service worker downloads on the first visit, so they read offline: the newest (all their languages
   * and views, ~100 kB each). Older ones are kept for offline reading once they are read (scripts/offline-pages.ts).
   */
  offlineEssays: 30,
} as const;
