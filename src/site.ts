// Facts about the site that every page shares. One home for each; nothing here is translated.
export const site = {
  /** The publication's first language: `/` falls back to it, and 404s outside every language speak it. */
  defaultLanguage: "de",
  /** Where the site is deployed, for canonical and share URLs (set SITE_URL when building). */
  url: import.meta.env.VITE_SITE_URL,
  author: {
    name: "digital.mensch",
    website: "https://die-denkerei.de/",
    websiteLabel: "die-denkerei.de",
  },
  /** Reading speed for the "n minutes" estimate (words per minute, a common figure for adult readers). */
  wordsPerMinute: 200,
} as const;
