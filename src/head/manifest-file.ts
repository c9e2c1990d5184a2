/** Where a language's manifest lives, relative to the site's base (pages link the one of their language). */
export const manifestFile = (lang: string): string => `manifest.${lang}.webmanifest`;
