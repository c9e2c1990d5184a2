import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScripts, scriptHashes, styleHashes, withCspMeta } from "../../scripts/csp.ts";

const page = (body: string) =>
  `<!doctype html>\n<html lang="de">\n  <head>\n    <meta charset="utf-8" />\n    <title>t</title>\n  </head>\n  <body>${body}</body>\n</html>`;

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("the CSP of a page", () => {
  it("hashes exactly the inline scripts a browser runs: not src scripts, not JSON-LD", () => {
    const html = page(
      `<script type="module" src="/assets/index.js"></script>` +
        `<script type="application/ld+json">{"a":1}</script>` +
        `<script>window.a = "ü – “x”";</script>` +
        `<script type="module">import "/x.js";</script>`,
    );
    expect(inlineScripts(html)).toEqual(['window.a = "ü – “x”";', 'import "/x.js";']);
    expect(scriptHashes(html)).toEqual([sha256('window.a = "ü – “x”";'), sha256('import "/x.js";')]);
  });

  it("hashes the inline stylesheet", () => {
    expect(styleHashes(page(`<style>p{margin:0}</style>`))).toEqual([sha256("p{margin:0}")]);
  });

  it("allows scripts and styles from the site and by hash only, and keeps header-only directives out of <meta>", () => {
    const meta = contentSecurityPolicy({ scripts: ["'sha256-abc'"], styles: ["'sha256-css'"] }, "meta");
    expect(meta).toMatch(/(^|; )script-src 'self' 'sha256-abc'(;|$)/);
    expect(meta).toMatch(/(^|; )default-src 'none'(;|$)/);
    expect(meta).toMatch(/(^|; )style-src 'self' 'sha256-css'(;|$)/);
    expect(meta).not.toContain("unsafe-inline");
    expect(meta).not.toContain("frame-ancestors");
    expect(
      contentSecurityPolicy({ scripts: ["'sha256-abc'", "'sha256-abc'"], styles: ["'sha256-css'"] }, "header"),
    ).toMatch(/script-src 'self' 'sha256-abc'; style-src 'self' 'sha256-css'; .*frame-ancestors 'none'$/);
  });

  it("goes first in <head>, right after the charset, before any script", () => {
    const { html, hashes } = withCspMeta(page(`<style>p{}</style><script>go()</script>`));
    expect(hashes).toEqual({ scripts: [sha256("go()")], styles: [sha256("p{}")] });
    expect(html).toMatch(
      /<head>\s*<meta charset="utf-8" \/>\s*<meta http-equiv="Content-Security-Policy" content="[^"]*'sha256-/,
    );
    expect(() => withCspMeta(html)).toThrow(/already/);
    expect(() => withCspMeta("<html><head></head></html>")).toThrow(/charset/);
  });
});
