// Renders the share image (public/og-image.png, 1200×630) and the PNG icons from public/favicon.svg with
// Debian's Chromium. Run it when the author's name, the strings or the icon change (`npm run images`) and commit the PNGs.
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { createServer } from "vite";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const publicDir = join(root, "public");

// One share image for the whole publication (the author's name and "Essays" in each language), so it stays true
// whatever the content folder holds; the strings come through the app's own modules (Vite compiles them).
const vite = await createServer({ root, server: { middlewareMode: true }, appType: "custom", logLevel: "error" });
const { languages } = (await vite.ssrLoadModule("/src/i18n/languages.ts")) as typeof import("../src/i18n/languages.ts");
const { site } = (await vite.ssrLoadModule("/src/site.ts")) as typeof import("../src/site.ts");
const { buildSettings } = (await vite.ssrLoadModule(
  "/src/build-settings.ts",
)) as typeof import("../src/build-settings.ts");
const strings = await Promise.all(
  languages.map(async (lang) => {
    const { default: messages } = (await vite.ssrLoadModule(`/src/i18n/${lang}.json`)) as {
      default: { home: { title: string } };
    };
    return { lang, title: messages.home.title };
  }),
);
await vite.close();

const escapeHtml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
// "Essays" is the same word in German and English: each different word once.
const subtitles = strings.filter(({ title }, i) => strings.findIndex((other) => other.title === title) === i);
const avatar = await readFile(join(publicDir, "avatar.svg"), "utf8");
const favicon = await readFile(join(publicDir, "favicon.svg"), "utf8");

// The site's palette and type (src/styles/global.css): paper, ink, the accent of the reading-progress bar.
const shareCard = `<!doctype html>
<html><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1200px; height: 630px; }
  body { box-sizing: border-box; padding: 84px 96px 72px; background: #fbfaf7; color: #1d1d1f;
    border-top: 16px solid #b2401d; display: flex; flex-direction: column; justify-content: space-between;
    font-family: Charter, "Bitstream Charter", "Noto Serif", "DejaVu Serif", Georgia, serif; }
  h1 { margin: 0; font-size: 88px; line-height: 1.05; letter-spacing: -0.01em; }
  p.translation { margin: 28px 0 0; font-size: 48px; font-style: italic; color: #56565a; }
  footer { display: flex; align-items: center; gap: 28px; font: 600 40px "DejaVu Sans", system-ui, sans-serif; color: #b2401d; }
  footer svg { width: 96px; height: 96px; }
</style></head><body>
  <div>
    <h1>${escapeHtml(site.author.name)}</h1>
    ${subtitles.map(({ lang, title }) => `<p class="translation" lang="${lang}">${escapeHtml(title)}</p>`).join("")}
  </div>
  <footer>${avatar}<span>${escapeHtml(site.author.name)}</span></footer>
</body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
try {
  const page = await browser.newPage({
    viewport: { width: buildSettings.shareImage.width, height: buildSettings.shareImage.height },
  });
  await page.setContent(shareCard);
  await page.screenshot({ path: join(publicDir, buildSettings.shareImage.path.slice(1)) });

  // The favicon at the sizes browsers and home screens ask for; touch icons get a square, opaque canvas.
  for (const { file, size, square } of [
    { file: "favicon-32.png", size: 32, square: false },
    { file: "apple-touch-icon.png", size: 180, square: true },
    { file: "icon-192.png", size: 192, square: true },
    { file: "icon-512.png", size: 512, square: true },
  ]) {
    const svg = favicon.replace("<svg ", `<svg width="${size}" height="${size}" `);
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><body style="margin:0;background:${square ? "#b2401d" : "transparent"}">${svg}</body>`,
    );
    await page.screenshot({ path: join(publicDir, file), omitBackground: !square });
  }

  // Maskable: the glyph inside the central safe zone (80 %), on a full-bleed background the launcher may crop.
  await page.setViewportSize({ width: 512, height: 512 });
  const glyph = favicon.replace("<svg ", '<svg width="320" height="320" ');
  await page.setContent(
    `<!doctype html><body style="margin:0;height:512px;display:grid;place-items:center;background:${buildSettings.colors.accent}">${glyph}</body>`,
  );
  await page.screenshot({ path: join(publicDir, "icon-maskable-512.png") });
} finally {
  await browser.close();
}
console.log("wrote public/og-image.png and the PNG icons");
