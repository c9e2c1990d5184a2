import { colors } from "./colors.ts";

// Facts that only the build uses. They live apart from site.ts so that the browser's bundle does not carry them.
export const buildSettings = {
  /** The share image (Open Graph, Twitter card) in public/, made by `npm run images`. */
  shareImage: { path: "/og-image.png", width: 1200, height: 630 },
  /** For the manifest and the browser's UI; the page's own colors are tokens in src/styles/global.css. */
  colors,
  /** Essays per home page (and on the author page): they stay small however many essays there are. */
  essaysPerPage: 20,
  /** Entries in each language's feed: the newest, in full text. */
  feedEntries: 30,
} as const;
