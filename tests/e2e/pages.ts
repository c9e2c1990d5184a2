// Addresses of the real essay's pages, relative to each project's baseURL (`/` or `/essay/`). Journeys read them from
// here, so that when pages move only this file changes.
export const essayPage = { de: "de/trennung-vom-kunden/", en: "en/breaking-up-with-a-client/" } as const;
export const parallelPage = {
  de: "de/trennung-vom-kunden/parallel/",
  en: "en/breaking-up-with-a-client/parallel/",
} as const;
export const authorPage = { de: "de/autor/", en: "en/author/" } as const;
export const homePage = { de: "de/", en: "en/" } as const;

/** A URL pattern that ends at one of these addresses (for `toHaveURL`, `toHaveAttribute("href", …)`). */
export const endsAt = (path: string): RegExp => new RegExp(`/${path.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`);
