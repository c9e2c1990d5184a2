import { loadEssay } from "../content/load-content.ts";
import { languages } from "../i18n/languages.ts";
import { pathFor } from "../paths.ts";
import { site } from "../site.ts";

/** Where a language's manifest lives, relative to the site's base (pages link the one of their language). */
export const manifestFile = (lang: string): string => `manifest.${lang}.webmanifest`;

/**
 * A web app manifest per language: installed from a German page, the app is called and starts in German.
 * URLs are relative to the manifest, so it works under any base path. The PNG icons come from `npm run images`.
 */
export async function webManifest(lang: string): Promise<string> {
  const essay = await loadEssay(lang);
  const start = pathFor("essay", lang).slice(1);
  return `${JSON.stringify(
    {
      id: start,
      lang,
      dir: "ltr",
      name: essay.title,
      short_name: site.author.name,
      description: essay.description,
      start_url: start,
      scope: "./",
      display: "standalone",
      background_color: site.colors.paper,
      theme_color: site.colors.accent,
      icons: [
        { src: "favicon.svg", sizes: "any", type: "image/svg+xml" },
        { src: "icon-192.png", sizes: "192x192", type: "image/png" },
        { src: "icon-512.png", sizes: "512x512", type: "image/png" },
        { src: "icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      ],
    },
    null,
    2,
  )}\n`;
}

export const manifests = (): Promise<{ file: string; text: string }[]> =>
  Promise.all(languages.map(async (lang) => ({ file: manifestFile(lang), text: await webManifest(lang) })));
