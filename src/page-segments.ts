// Path segments of the site's own pages. No imports: vite.config.ts reads it to keep essay slugs off them.
/** Home pages after the first: `/de/seite/2/`, `/en/page/2/`. */
export const homePageSegment = (lang: string): string => ({ de: "seite" })[lang] ?? "page";

/** Path segments under `/<lang>/` that no essay may take as its slug (the author page's is checked too). */
export const reservedSlugs = (lang: string): string[] => [homePageSegment(lang), "404", "parallel"];
