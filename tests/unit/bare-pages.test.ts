// The bench's baseline (scripts/bench/bare-pages.ts): the same text as bare HTML, linking the site's own icons and
// manifest, taken from the built page at the same path, so that both pages make the browser's own requests alike.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { benchPages, siteLinks, writeBarePages } from "../../scripts/bench/bare-pages.ts";

const links = (lang: string) =>
  `<link rel="manifest" href="/manifest.${lang}.webmanifest" data-page-head>` +
  `<link rel="icon" href="/favicon.svg" type="image/svg+xml" /><link rel="apple-touch-icon" href="/touch.png" />`;

let dir: string;
let site: string;
let out: string;

/** A built site with just what the baseline reads: each bench page's HTML, the linked files, a manifest's icons. */
async function fakeSite(skip?: string) {
  for (const { lang, path } of benchPages) {
    if (path === skip) continue;
    await mkdir(join(site, path), { recursive: true });
    await writeFile(
      join(site, path, "index.html"),
      `<!doctype html><html lang="${lang}"><head><link rel="canonical" href="/x">${links(lang)}</head><body><h1>x</h1></body></html>`,
    );
    await writeFile(join(site, `manifest.${lang}.webmanifest`), JSON.stringify({ icons: [{ src: "icon-192.png" }] }));
  }
  for (const file of ["favicon.svg", "touch.png", "icon-192.png"]) await writeFile(join(site, file), file);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "bare-pages-"));
  site = join(dir, "dist");
  out = join(dir, "bare");
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("the bench's bare pages", () => {
  it("finds a page's icon and manifest links, and nothing else", () => {
    expect(
      siteLinks(`<link rel="canonical" href="/a">${links("de")}<link rel="alternate" hreflang="en" href="/b">`),
    ).toEqual([
      '<link rel="manifest" href="/manifest.de.webmanifest" data-page-head>',
      '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />',
      '<link rel="apple-touch-icon" href="/touch.png" />',
    ]);
  });

  it("link the built page's icons and manifest, with those files and the manifest's icons beside them", async () => {
    await fakeSite();
    const { pages, siteFiles } = await writeBarePages(out, site, "digital.mensch");
    expect(pages).toBe(benchPages.length);
    // The bench holds these back for both pages (scripts/bench/hold-back.ts).
    expect(siteFiles.sort()).toEqual([
      "favicon.svg",
      "icon-192.png",
      "manifest.de.webmanifest",
      "manifest.en.webmanifest",
      "touch.png",
    ]);
    for (const { lang, path } of benchPages) {
      const html = await readFile(join(out, path, "index.html"), "utf8");
      expect(html).toContain(links(lang));
      expect(html).not.toContain("canonical");
      expect(html).not.toContain("<script");
    }
    expect((await readdir(out)).sort()).toEqual(
      expect.arrayContaining(["favicon.svg", "touch.png", "icon-192.png", "manifest.de.webmanifest"]),
    );
  });

  it("name the built page that is missing", async () => {
    const missing = benchPages[0]?.path ?? "";
    await fakeSite(missing);
    await expect(writeBarePages(out, site, "digital.mensch")).rejects.toThrow(join(site, missing, "index.html"));
  });
});
