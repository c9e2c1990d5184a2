import { expect, hydrated, injectInlineScript, test } from "./fixtures.ts";
import { authorPage, endsAt, essayPage, homePage, parallelPage } from "./pages.ts";

// Runs against both builds (playwright.config.ts): at / with _headers, and under /essay/ without headers.

const pages = [
  { path: "", title: "digital.mensch" },
  { path: homePage.de, title: "Essays – digital.mensch" },
  { path: essayPage.de, title: "Trennung vom Kunden – digital.mensch" },
  { path: authorPage.de, title: "digital.mensch – Profil" },
  { path: essayPage.en, title: "Breaking Up with a Client – digital.mensch" },
  { path: authorPage.en, title: "digital.mensch – profile" },
];

/** An absolute URL the build wrote (with SITE_URL's origin), on the server under test. */
const local = (url: string, baseURL: string) => new URL(new URL(url).pathname, baseURL).href;

for (const { path, title } of pages) {
  test(`/${path} answers its deep link with its own page; everything it loads stays under the base`, async ({
    page,
    baseURL,
    hosting,
  }) => {
    const origin = new URL(baseURL!).origin;
    const loaded: string[] = [];
    page.on("response", (response) => {
      loaded.push(`${response.status()} ${response.url()}`);
    });

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(response?.request().redirectedFrom()).toBeNull();
    const html = (await response?.text()) ?? "";
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain(`data-path="${hosting.basePath}${path}"`);
    await hydrated(page);

    // A hashed file name for the code (requested by the loader after the first paint), the styles inline, and every
    // request answered under the base path.
    expect(html).toMatch(new RegExp(`data-src="${hosting.basePath}assets/index-[\\w-]{8}\\.js"`));
    expect(html).toMatch(/<style>[\s\S]*\bbody\b[\s\S]*<\/style>/);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).margin)).toBe("0px");
    for (const entry of loaded) expect(entry).toMatch(new RegExp(`^(200|304) ${origin}${hosting.basePath}`));
    const internal = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("[href], [src]")]
        .map((element) => element.getAttribute("href") ?? element.getAttribute("src") ?? "")
        .filter((url) => !/^(https?:|#)/.test(url)),
    );
    expect(internal.length).toBeGreaterThan(3);
    for (const url of internal) expect(url.startsWith(hosting.basePath), url).toBe(true);
  });
}

test("the pages link each other client-side under the base, and Chromium reports no CSP violation", async ({
  page,
  cspViolations,
}) => {
  await page.goto(authorPage.de);
  await hydrated(page);
  await page.getByRole("link", { name: "Trennung vom Kunden" }).click();
  await expect(page).toHaveURL(endsAt(essayPage.de));
  await page.getByRole("link", { name: "English", exact: true }).click();
  await expect(page).toHaveURL(endsAt(essayPage.en));
  await page.getByRole("link", { name: "Profile of digital.mensch" }).click();
  await expect(page).toHaveURL(endsAt(authorPage.en));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", endsAt(authorPage.en));
  // Scrolling the essay moves the progress bar: its style is set through CSSOM, which the CSP allows.
  await page.goBack();
  await expect(page.getByRole("article", { name: "Breaking Up with a Client" })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.getByRole("progressbar")).not.toHaveAttribute("aria-valuenow", "0");
  expect(cspViolations).toEqual([]);
});

test("the CSP is enforced: an injected inline script is refused and reported", async ({
  page,
  problems,
  cspViolations,
}) => {
  await page.goto(essayPage.en);
  await hydrated(page);
  const { ran, violations } = await injectInlineScript(page, { problems, cspViolations });
  expect(ran).toBe(false);
  expect(violations.join("\n")).toMatch(/script-src/);
});

test("sitemap, robots.txt, llms.txt, Markdown copies, manifest and share image are served, and every URL in them answers", async ({
  request,
  baseURL,
  hosting,
}) => {
  const sitemap = await request.get("sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const sitemapUrls = [...(await sitemap.text()).matchAll(/(?:<loc>|href=")([^<"]+)/g)].map(([, url]) => url!);
  const locs = [...(await sitemap.text()).matchAll(/<loc>([^<]+)/g)].map(([, url]) => new URL(url!).pathname);
  expect(locs).toEqual(
    [
      homePage.de,
      essayPage.de,
      parallelPage.de,
      authorPage.de,
      homePage.en,
      essayPage.en,
      parallelPage.en,
      authorPage.en,
    ].map((path) => `${hosting.basePath}${path}`),
  );

  const robots = await (await request.get("robots.txt")).text();
  expect(robots).toMatch(new RegExp(`^Sitemap: https?://[^/]+${hosting.basePath}sitemap\\.xml$`, "m"));

  const llms = await request.get("llms.txt");
  expect(llms.status()).toBe(200);
  const copies = [...(await llms.text()).matchAll(/\]\((https?:[^)]+)\)/g)].map(([, url]) => url!);
  expect(copies).toHaveLength(8);
  for (const url of copies) {
    const copy = await request.get(local(url, baseURL!));
    expect(copy.status(), url).toBe(200);
    expect(copy.headers()["content-type"]).toMatch(/^text\/markdown/);
    expect(await copy.text()).toMatch(/^# \S/);
  }

  for (const url of sitemapUrls) expect((await request.get(local(url, baseURL!))).status(), url).toBe(200);

  for (const lang of ["de", "en"]) {
    const manifestUrl = new URL(`manifest.${lang}.webmanifest`, baseURL);
    const manifest = (await (await request.get(manifestUrl.href)).json()) as {
      start_url: string;
      icons: { src: string }[];
    };
    expect(new URL(manifest.start_url, manifestUrl).pathname).toBe(`${hosting.basePath}${lang}/`);
    for (const { src } of manifest.icons) {
      expect((await request.get(new URL(src, manifestUrl).href)).status()).toBe(200);
    }
  }

  const image = await request.get("og-image.png");
  expect(image.headers()["content-type"]).toBe("image/png");
});
