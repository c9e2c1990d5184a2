import { essayIndex } from "../content/load-content.ts";
import { languages } from "../i18n/languages.ts";
import { site } from "../site.ts";

/**
 * manifest.webmanifest: the same in every language (the titles of all of them). URLs are relative to the
 * manifest, so it works under any base path. The PNG icons are made by `npm run images`.
 */
export function webManifest(): string {
  return `${JSON.stringify(
    {
      name: languages.map((lang) => essayIndex.get(lang)?.title).join(" · "),
      short_name: site.author.name,
      start_url: "./",
      scope: "./",
      display: "standalone",
      background_color: "#fbfaf7",
      theme_color: "#b2401d",
      icons: [
        { src: "favicon.svg", sizes: "any", type: "image/svg+xml" },
        { src: "icon-192.png", sizes: "192x192", type: "image/png" },
        { src: "icon-512.png", sizes: "512x512", type: "image/png" },
      ],
    },
    null,
    2,
  )}\n`;
}
