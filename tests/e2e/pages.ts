// Addresses of the real essay's pages, relative to each project's baseURL (`/` or `/essay/`). New journeys read
// them from here, so that when pages move (an essay gets its own slug) only this file changes.
export const essayPage = { de: "de/", en: "en/" } as const;
export const parallelPage = { de: "de/parallel/", en: "en/parallel/" } as const;
export const authorPage = { de: "de/autor/", en: "en/author/" } as const;
