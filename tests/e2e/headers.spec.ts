import { expect, test } from "./fixtures.ts";
import { essayPage } from "./pages.ts";

// Runs against the host that sends dist/_headers (Netlify, Cloudflare Pages); the base-path project plays
// GitHub Pages, which sends none, so playwright.config.ts does not run this file there.
test("_headers: immutable assets, revalidated HTML, security headers", async ({ page, request }) => {
  const html = await request.get(essayPage.de);
  expect(html.headers()["cache-control"]).toBe("no-cache");
  expect(html.headers()["content-security-policy"]).toMatch(/^default-src 'none'; script-src 'self' 'sha256-/);
  expect(html.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(html.headers()["content-security-policy"]).not.toContain("unsafe-inline");
  expect(html.headers()["x-content-type-options"]).toBe("nosniff");
  expect(html.headers()["x-frame-options"]).toBe("DENY");
  expect(html.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(html.headers()["permissions-policy"]).toContain("camera=()");

  await page.goto(essayPage.de);
  const script = await page.locator('script[type="module"]').getAttribute("src");
  const asset = await request.get(script!);
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(asset.headers()["content-security-policy"]).toBeDefined();
});
