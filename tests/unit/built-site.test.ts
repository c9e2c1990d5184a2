import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFeed } from "@rowanmanning/feed-parser";
import publication from "virtual:publication";
import { blockText } from "../../src/content/rich-text.ts";
import { realEssay } from "../real-essay.ts";

// Builds the site as a project page would be (BASE_PATH=/essay/, SITE_URL=https://example.org/) into a
// temporary folder outside the project, named by a relative path as a deploy script would (OUT_DIR=../site),
// then reads the HTML that the build wrote, page by page.
const site = "https://example.org/essay/";
let out = "";

beforeAll(async () => {
  out = join(await mkdtemp(join(tmpdir(), "built-site-")), "site");
  // A clean build's environment: none of Vitest's variables (NODE_ENV=test would change what Vite builds).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== "NODE_ENV" && !name.startsWith("VITEST")),
  );
  Object.assign(env, { BASE_PATH: "/essay/", SITE_URL: "https://example.org/", OUT_DIR: relative(process.cwd(), out) });
  await promisify(execFile)("npm", ["run", "build"], { env });
});

afterAll(async () => {
  if (out) await rm(join(out, ".."), { recursive: true, force: true });
});

it("writes the output folder and nothing beside it", async () => {
  expect(await readdir(join(out, ".."))).toEqual(["site"]);
});

const read = (file: string) => readFileSync(join(out, file), "utf8");
const parse = (file: string) => new DOMParser().parseFromString(read(file), "text/html");
const attr = (doc: Document, selector: string, name = "content") => doc.querySelector(selector)?.getAttribute(name);
const all = (doc: Document, selector: string, name = "content") =>
  [...doc.querySelectorAll(selector)].map((element) => element.getAttribute(name));
// A PNG's width and height are big-endian numbers at bytes 16 and 20.
const size = (file: string) => {
  const png = readFileSync(join(out, file));
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
};
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const jsonLd = (doc: Document) => {
  const text = doc.querySelector('script[type="application/ld+json"]')?.textContent ?? "";
  expect(text).not.toContain("<");
  return JSON.parse(text) as Record<string, unknown>;
};

const de = "de/trennung-vom-kunden/";
const en = "en/breaking-up-with-a-client/";
const pages = [
  { file: "de/index.html", lang: "de", page: "home", path: "de/", other: "en/" },
  { file: "en/index.html", lang: "en", page: "home", path: "en/", other: "de/" },
  { file: `${de}index.html`, lang: "de", page: "essay", path: de, other: en },
  { file: `${en}index.html`, lang: "en", page: "essay", path: en, other: de },
  { file: "de/autor/index.html", lang: "de", page: "author", path: "de/autor/", other: "en/author/" },
  { file: "en/author/index.html", lang: "en", page: "author", path: "en/author/", other: "de/autor/" },
  { file: `${de}parallel/index.html`, lang: "de", page: "parallel", path: `${de}parallel/`, other: `${en}parallel/` },
  { file: `${en}parallel/index.html`, lang: "en", page: "parallel", path: `${en}parallel/`, other: `${de}parallel/` },
] as const;

const homeDescription = {
  de: "Essays von digital.mensch, auf Deutsch und Englisch.",
  en: "Essays by digital.mensch, in German and English.",
};

const parallelDescription = {
  de: "„Trennung vom Kunden“ auf Deutsch und Englisch, Absatz für Absatz nebeneinander.",
  en: "“Breaking Up with a Client” in English and German, paragraph by paragraph, side by side.",
};
const htmlFiles = ["index.html", "404.html", "de/404.html", "en/404.html", ...pages.map((p) => p.file)];

describe("404 pages speak their language without JavaScript", () => {
  it.each([
    ["de/404.html", "de", "Seite nicht gefunden"],
    ["en/404.html", "en", "Page not found"],
  ])("%s is in its language", (file, lang, heading) => {
    const doc = parse(file);
    expect(doc.documentElement.lang).toBe(lang);
    expect(doc.querySelector("h1")?.textContent).toBe(heading);
    expect(doc.title).toBe(`${heading} – digital.mensch`);
  });

  it("404.html, for hosts with only one, speaks every language, each passage marked with its own", () => {
    const doc = parse("404.html");
    expect(doc.querySelector("h1")?.textContent).toBe("Seite nicht gefunden · Page not found");
    expect(doc.querySelector('h1 [lang="en"]')?.textContent).toBe("Page not found");
    expect(doc.querySelector('.not-found [lang="en"] a')?.getAttribute("href")).toBe("/essay/en/");
    expect(doc.querySelector('.not-found [lang="de"] a')?.getAttribute("href")).toBe("/essay/de/");
  });
});

describe("every built page", () => {
  it.each(htmlFiles)("%s: a CSP <meta> first in <head>, hashing exactly its inline scripts and style", (file) => {
    const doc = parse(file);
    const [charset, csp] = [...doc.head.children];
    expect(charset?.getAttribute("charset")).toBe("utf-8");
    expect(csp?.getAttribute("http-equiv")).toBe("Content-Security-Policy");
    const policy = csp?.getAttribute("content") ?? "";
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src "));
    // Data blocks (JSON-LD) are not run, so the policy does not list them.
    const inline = [...doc.querySelectorAll("script:not([src]):not([type='application/ld+json'])")];
    expect(inline.length).toBeGreaterThan(0);
    expect(scriptSrc).toBe(["script-src", "'self'", ...inline.map((s) => sha256(s.textContent))].join(" "));
    expect(policy).toMatch(/^default-src 'none'; /);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|frame-ancestors|\*/);
    // The stylesheet is inline (one <style>, allowed by its hash); no style attribute anywhere.
    const styles = [...doc.querySelectorAll("style")];
    expect(styles).toHaveLength(1);
    const styleSrc = policy.split("; ").find((directive) => directive.startsWith("style-src "));
    expect(styleSrc).toBe(["style-src", "'self'", ...styles.map((s) => sha256(s.textContent))].join(" "));
    expect(doc.querySelectorAll("[style], link[rel='stylesheet']")).toHaveLength(0);
  });

  it.each(htmlFiles)("%s: every link, asset and icon stays under the base path", (file) => {
    const doc = parse(file);
    const urls = [
      ...all(doc, "[href]", "href"),
      ...all(doc, "[src]", "src"),
      ...all(doc, "[data-src]", "data-src"),
    ].filter((url) => url && !/^(https?:|#)/.test(url));
    expect(urls.length).toBeGreaterThan(4);
    for (const url of urls) expect(url).toMatch(/^\/essay\//);
    // The app: requested after the first paint by the loader (scripts/first-paint.ts), never by a <script src>.
    expect(all(doc, "script[src]", "src")).toEqual([]);
    expect(all(doc, "script[data-src]", "data-src")).toEqual([
      expect.stringMatching(/^\/essay\/assets\/index-[\w-]{8}\.js$/),
    ]);
  });
});

describe.each(pages)("the head of $file", ({ file, lang, page, path, other }) => {
  const doc = () => parse(file);
  const description = () =>
    ({
      home: homeDescription[lang],
      parallel: parallelDescription[lang],
      essay: realEssay(lang).description,
      author: publication.authors[lang]?.description,
    })[page];

  it("has its title, description and language", () => {
    const d = doc();
    expect(d.documentElement.lang).toBe(lang);
    const title = {
      home: "Essays – digital.mensch",
      essay: `${realEssay(lang).title} – digital.mensch`,
      parallel: `${realEssay(lang).title} – ${lang === "de" ? "zweisprachig" : "bilingual"} – digital.mensch`,
      author: { de: "digital.mensch – Profil", en: "digital.mensch – profile" }[lang],
    }[page];
    expect(d.title).toBe(title);
    expect(attr(d, 'meta[name="description"]')).toBe(description());
  });

  it("names its absolute canonical URL and both language versions, x-default being German", () => {
    const d = doc();
    expect(attr(d, 'link[rel="canonical"]', "href")).toBe(`${site}${path}`);
    const german = lang === "de" ? path : other;
    const alternates = Object.fromEntries(
      [...d.querySelectorAll("link[rel=alternate][hreflang]")].map((l): [string, string] => [
        l.getAttribute("hreflang") ?? "",
        l.getAttribute("href") ?? "",
      ]),
    );
    expect(alternates).toEqual({
      [lang]: `${site}${path}`,
      [lang === "de" ? "en" : "de"]: `${site}${other}`,
      "x-default": `${site}${german}`,
    });
    expect(attr(d, 'link[rel="alternate"][type="text/markdown"]', "href")).toBe(`${site}${path}index.html.md`);
    expect(existsSync(join(out, `${path}index.html.md`))).toBe(true);
    expect(attr(d, 'link[rel="alternate"][type="application/atom+xml"]', "href")).toBe(`${site}${lang}/feed.xml`);
  });

  it("has Open Graph and Twitter card tags with the 1200×630 share image", () => {
    const d = doc();
    const og = (name: string) => attr(d, `meta[property="og:${name}"]`);
    expect(og("title")).toBe(d.title);
    expect(og("description")).toBe(attr(d, 'meta[name="description"]'));
    expect(og("type")).toBe({ author: "profile", home: "website", essay: "article", parallel: "website" }[page]);
    expect(og("locale")).toBe(lang === "de" ? "de_DE" : "en_US");
    expect(all(d, 'meta[property="og:locale:alternate"]')).toEqual([lang === "de" ? "en_US" : "de_DE"]);
    expect(og("url")).toBe(`${site}${path}`);
    expect(og("image")).toBe(`${site}og-image.png`);
    expect([og("image:width"), og("image:height")]).toEqual(["1200", "630"]);
    expect(og("image:alt")).toBeTruthy();
    const twitter = (name: string) => attr(d, `meta[name="twitter:${name}"]`);
    expect(twitter("card")).toBe("summary_large_image");
    expect(twitter("title")).toBe(d.title);
    expect(twitter("description")).toBe(og("description"));
    expect(twitter("image")).toBe(og("image"));
  });

  it("describes itself in JSON-LD", () => {
    const data = jsonLd(doc());
    expect(data["@context"]).toBe("https://schema.org");
    expect(data.inLanguage).toBe(lang);
    const person = { "@type": "Person", name: "digital.mensch" };
    if (page === "author") {
      expect(data).toMatchObject({ "@type": "ProfilePage", url: `${site}${path}`, mainEntity: person });
      return;
    }
    if (page === "home") {
      expect(data).toMatchObject({
        "@type": "Blog",
        url: `${site}${path}`,
        blogPost: [{ "@type": "Article", url: `${site}${lang === "de" ? de : en}`, datePublished: "2017-08-22" }],
      });
      return;
    }
    if (page === "parallel") {
      const articles = [lang, lang === "de" ? "en" : "de"].map((inLanguage) => ({ "@type": "Article", inLanguage }));
      expect(data).toMatchObject({ "@type": "WebPage", url: `${site}${path}`, hasPart: articles });
      return;
    }
    expect(data).toMatchObject({
      "@type": "Article",
      headline: realEssay(lang).title,
      datePublished: "2017-08-22",
      url: `${site}${path}`,
      author: person,
    });
    const counterpart = { "@type": "Article", url: `${site}${other}`, inLanguage: lang === "de" ? "en" : "de" };
    if (lang === "de") expect(data.workTranslation).toEqual([expect.objectContaining(counterpart)]);
    else expect(data.translationOfWork).toEqual(expect.objectContaining(counterpart));
  });
});

describe("the other pages", () => {
  it("`/` is the site's front door: canonical, Open Graph website, JSON-LD WebSite", () => {
    const d = parse("index.html");
    expect(d.title).toBe("digital.mensch");
    expect(attr(d, 'meta[name="description"]')).toBeTruthy();
    expect(attr(d, 'link[rel="canonical"]', "href")).toBe(site);
    expect(attr(d, 'meta[property="og:type"]')).toBe("website");
    expect(attr(d, 'meta[property="og:image"]')).toBe(`${site}og-image.png`);
    expect(jsonLd(d)).toMatchObject({ "@type": "WebSite", url: site, inLanguage: ["de", "en"] });
  });

  it("404.html is not indexed and claims no URL", () => {
    const d = parse("404.html");
    expect(attr(d, 'meta[name="robots"]')).toBe("noindex");
    expect(d.querySelector('link[rel="canonical"], meta[property="og:url"]')).toBeNull();
  });
});

describe("files for crawlers and programs", () => {
  it("sitemap.xml lists both languages' pages with their alternates; robots.txt points to it", () => {
    const xml = new DOMParser().parseFromString(read("sitemap.xml"), "application/xml");
    const urls = [...xml.getElementsByTagName("url")];
    expect(urls.map((url) => url.getElementsByTagName("loc")[0]?.textContent).sort()).toEqual(
      pages.map(({ path }) => `${site}${path}`).sort(),
    );
    for (const url of urls) {
      const links = [...url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link")];
      expect(links.map((link) => link.getAttribute("hreflang"))).toEqual(["de", "en", "x-default"]);
    }
    expect(read("robots.txt")).toContain(`Sitemap: ${site}sitemap.xml`);
  });

  it("llms.txt links a Markdown copy of each page, made from the content files", () => {
    const links = [...read("llms.txt").matchAll(/\]\((https:[^)]+)\)/g)].map(([, url]) => url);
    expect(links.sort()).toEqual(pages.map(({ path }) => `${site}${path}index.html.md`).sort());
    const german = read(`${de}index.html.md`);
    expect(german).toMatch(/^# Trennung vom Kunden\n/);
    expect(german).toContain("Im privaten Umfeld sind Trennungen eigentlich alltäglich.");
    expect(read("en/author/index.html.md")).toContain("You will be digitized.");
  });

  it("llms.txt and every page's Markdown copy have every variable filled in", () => {
    expect(read("llms.txt").split("\n")[2]).toBe(
      "> Essays von digital.mensch, auf Deutsch und Englisch. Essays by digital.mensch, in German and English.",
    );
    for (const file of ["llms.txt", ...pages.map(({ path }) => `${path}index.html.md`)]) {
      expect(read(file), file).not.toMatch(/\{\{|\}\}/);
    }
  });

  it("each page's Markdown copy is that page's own text", () => {
    for (const { path, lang, page } of pages) {
      const copy = read(`${path}index.html.md`);
      const [essay, author] = [realEssay(lang), publication.authors[lang]!];
      const title = parse(`${path}index.html`).querySelector("h1")?.firstChild?.textContent ?? "";
      const bio = author.bio[0] ?? "";
      const first = essay.paragraphs[0] ? blockText(essay.paragraphs[0]) : "";
      if (page === "author" || page === "home") {
        expect(copy, path).toContain(page === "author" ? bio : essay.title);
        expect(copy, path).not.toContain(first);
      } else {
        expect(copy, path).not.toContain(bio);
        expect(copy.split("\n")[0], path).toContain(title);
        for (const block of essay.paragraphs) expect(copy, path).toContain(blockText(block));
      }
      if (page === "parallel") {
        const other = realEssay(lang === "de" ? "en" : "de");
        expect(copy.split("\n")[0], path).toBe(
          `# ${parse(`${path}index.html`).title.replace(" – digital.mensch", "")}`,
        );
        for (const block of other.paragraphs) expect(copy, path).toContain(`> ${blockText(block)}`);
      }
    }
  });

  it("the manifest, icons and share image are there, at their sizes", () => {
    for (const [lang, name] of [
      ["de", "digital.mensch – Essays"],
      ["en", "digital.mensch – Essays"],
    ]) {
      const manifest = JSON.parse(read(`manifest.${lang}.webmanifest`)) as {
        name: string;
        lang: string;
        start_url: string;
        icons: { src: string; purpose?: string }[];
      };
      expect(manifest).toMatchObject({ name, lang, start_url: `${lang}/` });
      expect(manifest.icons.some((icon) => icon.purpose === "maskable")).toBe(true);
      for (const { src } of manifest.icons) expect(existsSync(join(out, src))).toBe(true);
      expect(attr(parse(`${lang}/index.html`), 'link[rel="manifest"]', "href")).toBe(
        `/essay/manifest.${lang}.webmanifest`,
      );
    }
    expect(size("icon-maskable-512.png")).toEqual([512, 512]);
    expect(size("og-image.png")).toEqual([1200, 630]);
    expect(size("favicon-32.png")).toEqual([32, 32]);
    expect(size("apple-touch-icon.png")).toEqual([180, 180]);
  });

  it.each(["de", "en"])("%s/feed.xml is a well-formed Atom feed with the full text of every essay in it", (lang) => {
    const xml = read(`${lang}/feed.xml`);
    const dom = new DOMParser().parseFromString(xml, "application/xml");
    expect(dom.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(dom.documentElement.namespaceURI).toBe("http://www.w3.org/2005/Atom");
    expect(dom.documentElement.getAttribute("xml:lang")).toBe(lang);
    const feed = parseFeed(xml).toJSON();
    expect(feed.self).toBe(`${site}${lang}/feed.xml`);
    expect(feed.url).toBe(`${site}${lang}/`);
    const essay = realEssay(lang);
    expect(feed.items.map((item) => [item.title, item.url])).toEqual([
      [essay.title, `${site}${lang === "de" ? de : en}`],
    ]);
    const text = new DOMParser().parseFromString(feed.items[0]?.content ?? "", "text/html").body;
    expect([...text.querySelectorAll("p")].map((p) => p.textContent)).toEqual(essay.paragraphs.map(blockText));
    expect(feed.items[0]?.published).toBe("2017-08-22T00:00:00.000Z");
    expect(feed.items[0]?.authors[0]?.name).toBe("digital.mensch");
  });

  it("_headers is written for the base path, with the policy of all pages", () => {
    const headers = read("_headers");
    expect(headers).toContain("/essay/assets/*\n  Cache-Control: public, max-age=31536000, immutable");
    expect(headers).toContain("/essay/de/*\n  Cache-Control: no-cache");
    // Every distinct inline script and stylesheet of every page (the display-preferences script, the app's loader
    // and the stylesheet are the same on all).
    const inlineCode = new Set(
      htmlFiles.flatMap((file) =>
        [
          ...parse(file).querySelectorAll(
            "script:not([src]):not([type='application/ld+json']):not([type='application/json']), style",
          ),
        ].map((s) => sha256(s.textContent)),
      ),
    );
    expect(new Set(headers.match(/'sha256-[^']+'/g))).toEqual(inlineCode);
  });

  it("gives every page the same policy: no hash per page, so it does not grow with the essays", () => {
    const policies = new Set(
      htmlFiles.map(
        (file) => parse(file).querySelector<HTMLMetaElement>("meta[http-equiv='Content-Security-Policy']")?.content,
      ),
    );
    expect(policies.size).toBe(1);
    // A page's data is not in its HTML: the browser loads the data.json beside it (src/main.tsx).
    for (const file of htmlFiles) expect(parse(file).getElementById("hydration-data"), file).toBeNull();
  });
});
