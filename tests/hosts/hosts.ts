// The hosts the README's Deploy section names, as the conformance suite runs them, and what each can do.
// Where a host cannot do something the site would like, the README's recipe for it says so; the suite
// checks each host against what it can do, so a host that could but does not is a failure.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export interface Host {
  name: "nginx" | "cloudflare" | "github";
  /** Sends the site's headers: dist/_headers (Cloudflare Pages) or its nginx translation. */
  headers: boolean;
  /** Answers an unknown path under a language with that language's 404 page (else only the root 404.html). */
  notFoundPerLanguage: boolean;
  /** The status of its redirect from a folder without its trailing slash to the folder. */
  slashRedirect: 301 | 308;
  /** `/de/index.html`: redirected to `/de/` by the host (else answered with the file, and the app normalizes it). */
  redirectsIndexHtml: boolean;
}

export const hosts: readonly Host[] = [
  { name: "nginx", headers: true, notFoundPerLanguage: true, slashRedirect: 301, redirectsIndexHtml: false },
  // Cloudflare Pages redirects with 308 and drops `index.html` from addresses (both permanent, both kept by browsers).
  { name: "cloudflare", headers: true, notFoundPerLanguage: true, slashRedirect: 308, redirectsIndexHtml: true },
  // GitHub Pages, played by scripts/serve.ts with HEADERS=none: no headers, one 404.html for the whole site.
  { name: "github", headers: false, notFoundPerLanguage: false, slashRedirect: 301, redirectsIndexHtml: false },
];

/** A build under test, as a Playwright project sees it. */
export interface Deployment {
  host: Host;
  basePath: string;
  outDir: string;
}

/** What the build says about itself: its pages (from the files it wrote and its sitemap) and its languages. */
export interface BuiltSite {
  /** Every prerendered page's path under the base, `""` for the root: `de/`, `en/author/`, … */
  pages: string[];
  /** The sitemap's pages: every page a reader can land on (all but the root, which forwards). */
  sitemapPages: string[];
  /** The languages with pages (the sitemap's hreflang values). */
  languages: string[];
  /** A built file's text, e.g. `404.html`, `en/404.html`; fails, naming it, if the build has no such file. */
  file(path: string): string;
  has(path: string): boolean;
  /** The hashed files under assets/, as paths under the base: `assets/index-….js`, … */
  assets: string[];
}

export function builtSite({ outDir, basePath }: Deployment): BuiltSite {
  const file = (path: string) => {
    try {
      return readFileSync(join(outDir, path), "utf8");
    } catch {
      throw new Error(`${outDir}/${path}: not in the build`);
    }
  };
  const pages = readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .filter((path) => path === "index.html" || path.endsWith("/index.html"))
    .map((path) => path.slice(0, -"index.html".length))
    .sort();
  const sitemap = file("sitemap.xml");
  const sitemapPages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => {
    const path = new URL(url!).pathname;
    if (!path.startsWith(basePath)) throw new Error(`${outDir}/sitemap.xml: ${url} is not under ${basePath}`);
    return path.slice(basePath.length);
  });
  const languages = [...new Set([...sitemap.matchAll(/hreflang="([^"]+)"/g)].map(([, lang]) => lang!))].filter(
    (lang) => lang !== "x-default",
  );
  const assets = readdirSync(join(outDir, "assets")).map((name) => `assets/${name}`);
  return { pages, sitemapPages, languages, file, has: (path) => existsSync(join(outDir, path)), assets };
}

/** The text of a page's first `<h1>`, as the static HTML has it. */
export function staticHeading(html: string): string {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  if (h1 === undefined) throw new Error(`no <h1> in:\n${html.slice(0, 300)}`);
  return h1
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .trim();
}

export const htmlLang = (html: string): string | undefined => /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1];
