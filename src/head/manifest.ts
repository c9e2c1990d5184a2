import { languages } from "../i18n/languages.ts";
import { languageList, translator } from "../page-data/build-context.ts";
import { pathFor } from "../page-kinds.ts";
import { buildSettings } from "../build-settings.ts";
import { site } from "../site.ts";
import { manifestFile } from "./manifest-file.ts";

/**
 * A web app manifest per language: installed from a German page, the app is called and starts in German, at the
 * home. URLs are relative to the manifest, so it works under any base path. The PNG icons come from `npm run images`.
 */
export async function webManifest(lang: string): Promise<string> {
  const t = await translator(lang);
  const start = pathFor("home", lang).slice(1);
  return `${JSON.stringify(
    {
      id: start,
      lang,
      dir: "ltr",
      name: `${site.author.name} – ${t("home.title")}`,
      short_name: site.author.name,
      description: t("home.description", { author: site.author.name, languages: languageList(lang) }),
      start_url: start,
      scope: "./",
      display: "standalone",
      background_color: buildSettings.colors.paper,
      theme_color: buildSettings.colors.accent,
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
