import { test as base, expect, type Page } from "@playwright/test";

/** How the build under test is hosted (set per project in playwright.config.ts). */
export interface Hosting {
  /** The path the site lives under: `/`, or `/essay/` like a project page. */
  basePath: string;
  /** Whether the server sends the _headers file's headers (Netlify, Cloudflare Pages) or none (GitHub Pages). */
  headers: boolean;
}

/**
 * Every page is watched: a console error or warning (a hydration mismatch, a failed request,
 * a CSP violation) or an uncaught exception fails the test that caused it. CSP violations are also
 * collected on their own, from the console and from `securitypolicyviolation` events, and must be none.
 */
export const test = base.extend<{ problems: string[]; cspViolations: string[] }, { hosting: Hosting }>({
  hosting: [
    { basePath: "/", headers: true },
    { option: true, scope: "worker" },
  ],
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
      });
      page.on("pageerror", (error) => problems.push(error.message));
      await use(problems);
      expect(problems, "console errors and warnings").toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (message.text().includes("Content Security Policy")) violations.push(message.text());
      });
      await page.exposeFunction("__reportCspViolation", (violation: string) => violations.push(violation));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          const report = (window as unknown as { __reportCspViolation: (violation: string) => void })
            .__reportCspViolation;
          report(
            `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
      });
      await use(violations);
      expect(violations, "Content Security Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Marks the current document, so a test can tell a client-side navigation from a reload. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
}

export async function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
}

/**
 * Resolves once React has hydrated the page and run its effects (the app marks <html data-hydrated>): the router
 * then answers link clicks itself. (Hydration runs as a transition, so the root existing is not enough.)
 */
export async function hydrated(page: Page): Promise<void> {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/**
 * Injects an inline script into the open page, as an attacker's markup would, and waits for the CSP's report.
 * Returns the violations it caused (cleared from the fixtures, with the console errors they logged) and whether
 * the script ran.
 */
export async function injectInlineScript(
  page: Page,
  { problems, cspViolations }: { problems: string[]; cspViolations: string[] },
): Promise<{ ran: boolean; violations: string[] }> {
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.injected = true";
    document.body.append(script);
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  const ran = await page.evaluate(() => "injected" in window);
  const violations = cspViolations.splice(0);
  problems.length = 0;
  return { ran, violations };
}
