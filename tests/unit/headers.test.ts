import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { completeHeaders, headersFor, parseHeaders, revalidatedPaths } from "../../scripts/headers.ts";

const source = readFileSync("public/_headers", "utf8");
// A build's top level, and paths under it that hosts must revalidate.
const top = [
  { name: "assets", folder: true },
  { name: "de", folder: true },
  { name: "en", folder: true },
  { name: "404.html", folder: false },
  { name: "index.html", folder: false },
  { name: "sitemap.xml", folder: false },
  { name: "_headers", folder: false },
];
const revalidated = revalidatedPaths(top);
const pages = [
  "/",
  "/de/",
  "/de/autor/",
  "/en/",
  "/en/author/",
  "/de/trennung-vom-kunden/",
  "/en/breaking-up-with-a-client/parallel/",
  "/de/trennung-vom-kunden/data.json",
  "/de/feed.xml",
  "/404.html",
  "/sitemap.xml",
];

describe("_headers", () => {
  it("reads paths, indented headers and comments", () => {
    expect(parseHeaders("# comment\n/a/*\n  X-One: 1\n  X-Two: a: b\n\n/\n  X-Three: 3\n")).toEqual([
      {
        path: "/a/*",
        headers: [
          ["X-One", "1"],
          ["X-Two", "a: b"],
        ],
      },
      { path: "/", headers: [["X-Three", "3"]] },
    ]);
    expect(() => parseHeaders("  X-Orphan: 1")).toThrow(/line 1/);
  });

  it("matches like Netlify: a splat may be empty, a trailing slash is optional", () => {
    const rules = parseHeaders("/*\n  A: all\n/assets/*\n  B: assets\n/de/\n  C: page\n");
    expect(Object.fromEntries(headersFor(rules, "/assets/index-abc.js"))).toEqual({ a: "all", b: "assets" });
    expect(Object.fromEntries(headersFor(rules, "/de"))).toEqual({ a: "all", c: "page" });
    expect(Object.fromEntries(headersFor(rules, "/de/autor/"))).toEqual({ a: "all" });
  });

  it("revalidates everything but assets/ in a few rules, one per top-level entry, however many pages there are", () => {
    expect(revalidated).toEqual(["/", "/de/*", "/en/*", "/404.html", "/index.html", "/sitemap.xml"]);
  });

  it("is completed for a build: base path, policy and the revalidated paths", () => {
    const text = completeHeaders(source, { base: "/essay/", csp: "default-src 'none'", revalidated });
    const rules = parseHeaders(text);
    expect(text).not.toMatch(/\{\{|^#/m);
    expect(rules.every(({ path }) => path.startsWith("/essay/"))).toBe(true);
    expect(headersFor(rules, "/essay/de/autor/").get("content-security-policy")).toBe("default-src 'none'");
  });

  it("gives immutable caching to hashed assets, no-cache to HTML, security headers to all, and never one header twice", () => {
    const rules = parseHeaders(completeHeaders(source, { base: "/", csp: "default-src 'none'", revalidated }));
    const asset = headersFor(rules, "/assets/index-BOEoDLjt.js");
    expect(asset.get("cache-control")).toBe("public, max-age=31536000, immutable");
    for (const page of pages) expect(headersFor(rules, page).get("cache-control"), page).toBe("no-cache");
    for (const path of [...pages, "/assets/index-BOEoDLjt.js", "/og-image.png"]) {
      const headers = headersFor(rules, path);
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("x-frame-options")).toBe("DENY");
      expect(headers.get("referrer-policy")).toBeTruthy();
      expect(headers.get("permissions-policy")).toBeTruthy();
      // No header comes from two rules that match the same path: hosts differ in how they would combine them.
      const names = rules
        .filter((rule) => headersFor([rule], path).size > 0)
        .flatMap((rule) => rule.headers.map(([n]) => n.toLowerCase()));
      expect(new Set(names).size, path).toBe(names.length);
    }
  });
});
