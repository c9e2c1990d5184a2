// The site's Content-Security-Policy, and the hashes of the inline scripts that it allows.
// The prerender adds the policy to every page as <meta http-equiv> (hosts without headers, e.g. GitHub Pages)
// and to _headers (Netlify, Cloudflare Pages), once each page's HTML is final.
import { createHash } from "node:crypto";

type Directives = Record<string, readonly string[]>;

// The strictest policy under which Chromium reports nothing: the site loads everything from its own origin,
// and its only inline code is the display-preferences script in <head> and the loader that requests the app after
// the first paint (scripts/first-paint.ts), allowed by their hashes, never 'unsafe-inline' (JSON-LD is a data
// block, which is not run). The service worker (worker-src) runs under the header policy too, and fetches the site's
// own files to precache them (connect-src).
// The stylesheet is inlined as one <style> element, allowed by its hash; no style attributes are allowed: the
// page's HTML has none (the reading progress sets its width through CSSOM, which CSP does not restrict), so
// 'unsafe-hashes' is not needed either.
const directives: Directives = {
  "default-src": ["'none'"],
  "script-src": ["'self'"],
  "style-src": ["'self'"],
  "img-src": ["'self'"],
  "manifest-src": ["'self'"],
  "worker-src": ["'self'"],
  "connect-src": ["'self'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
};

// Browsers ignore frame-ancestors in a <meta> policy (and Chromium logs an error for it): headers only.
const headerOnly: Directives = { "frame-ancestors": ["'none'"] };

const javascriptTypes = new Set(["", "module", "text/javascript", "application/javascript"]);

/** The text of every inline script the browser would run (not `src` scripts, not data blocks like JSON-LD). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter(([, attrs = ""]) => {
      if (/\ssrc\s*=/i.test(attrs)) return false;
      const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? "";
      return javascriptTypes.has(type.toLowerCase());
    })
    .map(([, , text = ""]) => text);
}

/** The text of every `<style>` element. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map(([, text = ""]) => text);
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** CSP source expressions (`'sha256-…'`) for a page's inline scripts, as the browser hashes them (UTF-8). */
export function scriptHashes(html: string): string[] {
  return inlineScripts(html).map(sha256);
}

/** The same for its `<style>` elements. */
export function styleHashes(html: string): string[] {
  return inlineStyles(html).map(sha256);
}

export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}

/** The policy with these hashes, for a `<meta>` element or for the Content-Security-Policy header. */
export function contentSecurityPolicy(hashes: InlineHashes, delivery: "meta" | "header"): string {
  const all: Directives = {
    ...directives,
    "script-src": [...(directives["script-src"] ?? []), ...new Set(hashes.scripts)],
    "style-src": [...(directives["style-src"] ?? []), ...new Set(hashes.styles)],
    ...(delivery === "header" ? headerOnly : {}),
  };
  return Object.entries(all)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

/**
 * Puts the page's policy right after `<meta charset>`, before anything it governs. Returns the page and the
 * hashes of its scripts and styles. Adding the element changes neither, so the hashes stay true.
 */
export function withCspMeta(html: string): { html: string; hashes: InlineHashes } {
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error("the page already has a CSP");
  const charset = /<meta charset="utf-8" \/>/i.exec(html);
  if (!charset) throw new Error('a page without <meta charset="utf-8" />: nowhere to put its CSP');
  const hashes = { scripts: scriptHashes(html), styles: styleHashes(html) };
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes, "meta")}" />`;
  const at = charset.index + charset[0].length;
  return { html: `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`, hashes };
}
