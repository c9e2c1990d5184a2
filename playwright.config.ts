import { defineConfig } from "@playwright/test";
import type { Hosting } from "./tests/e2e/fixtures.ts";

const port = Number(process.env.E2E_PORT ?? 4180);

// Debian's Chromium, never a browser a tool downloads (downloads fail on CI machines).
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Every test runs against two builds, each on a plain static server (scripts/serve.ts: no rewrites, 404.html
// for unknown paths): dist/ at / with its _headers applied, as on Netlify or Cloudflare Pages; and a build
// for BASE_PATH=/essay/ (into dist-essay/, built here) under /essay/ with no headers at all, as on a
// GitHub project page, where only each page's <meta> CSP protects it.
// A third build is a whole fixture publication (tests/fixtures/publication, built with CONTENT_DIR into dist-fixture/):
// three essays, one only in German, one with a fourth paragraph; publication.spec.ts reads it.
// A fourth is what a writer gets from `npm run import:medium`: the fixture export (tests/fixtures/medium) imported into
// a fresh content folder (its images from a local stand-in for Medium's CDN), built with CONTENT_DIR;
// medium-import.spec.ts reads it.
const medium = { content: "dist-medium-content" };
// A fifth holds translations behind their original (tests/fixtures/translation-freshness, built with CONTENT_DIR into
// dist-freshness/); translation-freshness.spec.ts reads it.
const hosts: (Hosting & {
  name: string;
  outDir: string;
  port: number;
  /** The command that builds it, if the test run builds it. */
  build: string | false;
  contentDir?: string;
  /** Tests only this build runs. */
  only?: RegExp;
})[] = [
  { name: "root", basePath: "/", headers: true, outDir: "dist", port, build: false },
  {
    name: "base-path",
    basePath: "/essay/",
    headers: false,
    outDir: "dist-essay",
    port: port + 1,
    build: "npm run build",
  },
  {
    name: "publication",
    basePath: "/",
    headers: true,
    outDir: "dist-fixture",
    port: port + 2,
    build: "npm run build",
    contentDir: "tests/fixtures/publication",
    only: /publication\.spec\.ts$/,
  },
  {
    name: "medium",
    basePath: "/",
    headers: true,
    outDir: "dist-medium",
    port: port + 3,
    build: `node tests/fixtures/medium/import-fixture.ts ${medium.content} && npm run build`,
    contentDir: medium.content,
    only: /medium-import\.spec\.ts$/,
  },
  {
    name: "translation-freshness",
    basePath: "/",
    headers: true,
    outDir: "dist-freshness",
    port: port + 4,
    build: "npm run build",
    contentDir: "tests/fixtures/translation-freshness",
    only: /translation-freshness\.spec\.ts$/,
  },
];

export default defineConfig<{ hosting: Hosting }>({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Assertions wait for a condition; these limits only end a test that would never get there, and allow for a
  // machine under heavy load (Playwright's defaults, 5 s per assertion and 30 s per test, do not).
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    launchOptions: {
      executablePath: chromium,
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: hosts.map(({ name, basePath, headers, port, only }) => ({
    name,
    // Under the base path, the journeys where addresses matter; the reading features are the same code.
    ...(name === "base-path" && {
      testMatch:
        /(hosting|navigation|static-html|offline|language-switch|essay|bilingual|addresses|history|optional-features|not-found|keep-place|overlap|progress|theme|focus-ring|share|reader-mode|design)\.spec\.ts$/,
    }),
    ...(only ? { testMatch: only } : { testIgnore: hosts.flatMap((host) => (host.only ? [host.only] : [])) }),
    use: { baseURL: `http://127.0.0.1:${port}${basePath}`, hosting: { basePath, headers } },
  })),
  webServer: hosts.map(({ basePath, headers, outDir, port, build, contentDir }) => ({
    command: build ? `${build} && node scripts/serve.ts` : "node scripts/serve.ts",
    env: {
      ...process.env,
      PORT: String(port),
      BASE_PATH: basePath,
      OUT_DIR: outDir,
      HEADERS: headers ? "_headers" : "none",
      ...(contentDir && { CONTENT_DIR: contentDir }),
    },
    url: `http://127.0.0.1:${port}${basePath}de/`,
    // One of the servers builds the site first: minutes on a loaded machine (Playwright's default is 60 s).
    timeout: 600_000,
    reuseExistingServer: false,
  })),
});
