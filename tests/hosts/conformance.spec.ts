import { headersFor, parseHeaders } from "../../scripts/headers.ts";
import { test as base, expect, hydrated, injectInlineScript, isSameDocument, markDocument } from "../e2e/fixtures.ts";
import { builtSite, hosts, htmlLang, staticHeading, type Deployment } from "./hosts.ts";

// One host serving one build per project (playwright.hosts.config.ts). Page lists, languages and the headers
// to expect come from the build itself (its files, sitemap.xml and _headers), so the suite follows the site.

const test = base.extend<object, { deployment: Deployment }>({
  deployment: [
    { host: hosts[0]!, basePath: "/", outDir: "dist" },
    { option: true, scope: "worker" },
  ],
});

test.describe.configure({ timeout: 90_000 });

/** Chromium logs the 404 status of a 404 page it was sent to; nothing else may be logged. */
const forgive404 = (problems: string[]) =>
  problems.splice(0, problems.length, ...problems.filter((problem) => !problem.includes("404 (Not Found)")));

/** Unknown addresses under a language and outside every language, with and without a trailing slash. */
const unknownUnder = (prefix: string) => [`${prefix}no-such-page/`, `${prefix}no/such-page`];

test("every page the build wrote answers 200 with its own HTML, and the sitemap lists only those", async ({
  request,
  deployment,
}) => {
  const site = builtSite(deployment);
  expect(site.pages).toContain("");
  for (const path of site.pages) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), `/${path}`).toBe(200);
    expect(await response.text(), `/${path}`).toContain(`data-path="${deployment.basePath}${path}"`);
  }
  for (const path of site.sitemapPages) expect(site.pages).toContain(path);
});

test("a folder without its trailing slash is redirected to it, permanently and with its query", async ({
  request,
  baseURL,
  deployment,
}) => {
  const { host, basePath } = deployment;
  const folders = builtSite(deployment).pages.map((path) => `${basePath}${path}`);
  for (const folder of folders.filter((path) => path !== "/")) {
    const response = await request.get(`${folder.slice(0, -1)}?ref=test`, { maxRedirects: 0 });
    expect(response.status(), folder.slice(0, -1)).toBe(host.slashRedirect);
    const location = new URL(response.headers().location ?? "", baseURL);
    expect(`${location.pathname}${location.search}`).toBe(`${folder}?ref=test`);
  }
});

test("unknown paths answer 404 with the 404 page of their language, or the site's own where the host has one", async ({
  request,
  deployment,
}) => {
  const { host } = deployment;
  const site = builtSite(deployment);
  const rootNotFound = site.file("404.html");
  for (const path of unknownUnder("")) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toBe(rootNotFound);
  }
  for (const lang of site.languages) {
    const own = site.file(`${lang}/404.html`);
    expect(htmlLang(own), `${lang}/404.html`).toBe(lang);
    for (const path of unknownUnder(`${lang}/`)) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      // A host with one 404.html for the whole site (GitHub Pages) gives the root's, which speaks every language.
      expect(await response.text(), path).toBe(host.notFoundPerLanguage ? own : rootNotFound);
    }
  }
});

test("with JavaScript, an unknown path shows the 404 page in the path's language, still with status 404", async ({
  page,
  problems,
  deployment,
}) => {
  const site = builtSite(deployment);
  for (const lang of site.languages) {
    const path = `${lang}/no-such-page/`;
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await hydrated(page);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(staticHeading(site.file(`${lang}/404.html`)));
    forgive404(problems);
  }
});

test("every index.html form of a page ends on that page, at its canonical address", async ({
  page,
  request,
  baseURL,
  deployment,
}) => {
  const { host, basePath } = deployment;
  const site = builtSite(deployment);
  for (const path of site.sitemapPages) {
    const html = site.file(`${path}index.html`);
    const response = await request.get(`${path}index.html`, { maxRedirects: 0 });
    if (host.redirectsIndexHtml) {
      expect(response.status(), `/${path}index.html`).toBeGreaterThanOrEqual(301);
      expect(new URL(response.headers().location ?? "", baseURL).pathname).toBe(`${basePath}${path}`);
    } else {
      expect(response.status(), `/${path}index.html`).toBe(200);
    }
    await page.goto(`${path}index.html`);
    await hydrated(page);
    await expect(page).toHaveURL(new URL(path, baseURL).href);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(staticHeading(html));
    await expect(page).toHaveTitle(/<title>([^<]*)<\/title>/.exec(html)![1]!);
  }
  // The root's own file forwards to a language, like the root.
  await page.goto("index.html");
  await expect(page).toHaveURL(new RegExp(`^${baseURL}(${site.languages.join("|")})/$`));
  await hydrated(page);
});

test("headers: the build's _headers where the host sends headers (policy, caching of assets, HTML and sw.js), else the page's own <meta> policy; text compressed", async ({
  request,
  deployment,
}) => {
  const { host, basePath } = deployment;
  const site = builtSite(deployment);
  const rules = parseHeaders(site.file("_headers"));
  const asset = site.assets.find((path) => path.endsWith(".js"));
  expect(asset, "a script in assets/").toBeDefined();
  const files = [...site.pages, asset!, "sw.js", ...site.languages.map((lang) => `manifest.${lang}.webmanifest`)];
  for (const path of files) {
    const response = await request.get(path);
    expect(response.status(), `/${path}`).toBe(200);
    const headers = response.headers();
    if (!host.headers) {
      expect(headers["content-security-policy"], `/${path}`).toBeUndefined();
      if (path === "" || path.endsWith("/")) {
        expect(await response.text(), `/${path}`).toMatch(
          /<meta http-equiv="Content-Security-Policy" content="default-src 'none'/,
        );
      }
      continue;
    }
    const expected = headersFor(rules, `${basePath}${path}`);
    expect(expected.get("content-security-policy"), `/${path} in _headers`).toBeDefined();
    for (const [name, value] of expected) expect(headers[name], `${name} of /${path}`).toBe(value);
  }
  // Text is compressed, as every host does it (nginx when its configuration says so), above a size where it pays:
  // the largest stylesheet (those of on-demand components are a few hundred bytes).
  const css = site.assets
    .filter((path) => path.endsWith(".css"))
    .toSorted((a, b) => site.file(b).length - site.file(a).length)
    .slice(0, 1);
  for (const path of ["", asset!, "sw.js", ...css]) {
    const response = await request.get(path, { headers: { "accept-encoding": "gzip, br" } });
    expect(response.headers()["content-encoding"], `/${path}`).toMatch(/^(gzip|br)$/);
  }
  if (host.headers) {
    // What those rules say, so that a rule lost from _headers fails here too.
    const cacheControl = async (path: string) => (await request.get(path)).headers()["cache-control"];
    expect(await cacheControl(asset!)).toBe("public, max-age=31536000, immutable");
    expect(await cacheControl("sw.js")).toBe("no-cache");
    for (const path of site.pages) expect(await cacheControl(path), `/${path}`).toBe("no-cache");
    expect((await request.get("de/")).headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    // A 404 is protected like every page.
    const notFound = await request.get("no-such-page/");
    for (const [name, value] of headersFor(rules, `${basePath}no-such-page/`)) {
      expect(notFound.headers()[name], `${name} of a 404`).toBe(value);
    }
  }
});

test("a page revalidates cheaply: its ETag brings 304 Not Modified", async ({ request, deployment }) => {
  for (const path of builtSite(deployment).sitemapPages) {
    const first = await request.get(path);
    const etag = first.headers().etag;
    expect(etag, `ETag of /${path}`).toBeTruthy();
    const again = await request.get(path, { headers: { "if-none-match": etag! } });
    expect(again.status(), `/${path} with its ETag`).toBe(304);
  }
});

test("every kind of file is served with its type, text as UTF-8", async ({ request, deployment }) => {
  const site = builtSite(deployment);
  const copies = site.sitemapPages.map((path) => `${path}index.html.md`).filter((path) => site.has(path));
  expect(copies.length).toBeGreaterThan(0);
  const types: [path: string, type: RegExp][] = [
    ["", /^text\/html; charset=utf-8$/i],
    ["sw.js", /^(application|text)\/javascript(; charset=utf-8)?$/i],
    ["sitemap.xml", /^(application|text)\/xml/i],
    ["robots.txt", /^text\/plain; charset=utf-8$/i],
    ["llms.txt", /^text\/plain; charset=utf-8$/i],
    ["favicon.svg", /^image\/svg\+xml/i],
    ["og-image.png", /^image\/png$/i],
    ...site.languages.map((lang): [string, RegExp] => [
      `manifest.${lang}.webmanifest`,
      /^application\/manifest\+json/i,
    ]),
    ...copies.map((path): [string, RegExp] => [path, /^text\/markdown; charset=utf-8$/i]),
  ];
  for (const [path, type] of types) {
    const response = await request.get(path);
    expect(response.status(), `/${path}`).toBe(200);
    expect(response.headers()["content-type"], `/${path}`).toMatch(type);
  }
});

test("every page hydrates in its language, shows its own content, and logs no error, warning or CSP violation", async ({
  page,
  deployment,
}) => {
  const site = builtSite(deployment);
  for (const path of site.sitemapPages) {
    const html = site.file(`${path}index.html`);
    const response = await page.goto(path);
    expect(response?.status(), `/${path}`).toBe(200);
    await hydrated(page);
    await expect(page.locator("html")).toHaveAttribute("lang", htmlLang(html)!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(staticHeading(html));
  }
  await page.goto("");
  await expect(page).toHaveURL(new RegExp(`/(${site.languages.join("|")})/$`));
  await hydrated(page);
});

test("both policies are enforced together: an injected inline script is refused", async ({
  page,
  problems,
  cspViolations,
}) => {
  await page.goto("de/");
  await hydrated(page);
  const { ran } = await injectInlineScript(page, { problems, cspViolations });
  expect(ran).toBe(false);
});

test("the language switch leads every page to its counterpart, client-side", async ({ page, deployment }) => {
  const site = builtSite(deployment);
  for (const path of site.sitemapPages) {
    const lang = htmlLang(site.file(`${path}index.html`))!;
    const other = site.languages.find((language) => language !== lang)!;
    await page.goto(path);
    await hydrated(page);
    const counterpart = await page.locator(`link[rel="alternate"][hreflang="${other}"]`).getAttribute("href");
    await markDocument(page);
    await page.locator(`[data-language-toggle="${other}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${new URL(counterpart!).pathname}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", other);
    expect(await isSameDocument(page), `/${path} → ${other}`).toBe(true);
  }
});

test("after one visit, every page and each language's 404 open offline", async ({
  page,
  context,
  problems,
  deployment,
}) => {
  const site = builtSite(deployment);
  const [first] = site.sitemapPages;
  await page.goto(first!);
  await hydrated(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  await context.setOffline(true);
  for (const path of site.sitemapPages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(staticHeading(site.file(`${path}index.html`)));
  }
  for (const lang of site.languages) {
    await page.goto(`${lang}/no-such-page/`);
    await hydrated(page);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(staticHeading(site.file(`${lang}/404.html`)));
    forgive404(problems);
  }
});
