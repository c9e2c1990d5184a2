import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { completeHeaders, nginxHeaders, parseHeaders } from "../../scripts/headers.ts";
import { languages } from "../../src/i18n/languages.ts";

// The nginx files in deploy/ are run by the host conformance suite (tests/hosts/); these checks keep the README
// and the /essay/ variant from drifting from them, and make adding a language fail until nginx knows it. The
// README shows the files in deploy/ as they are.
const rootConf = readFileSync("deploy/nginx.conf", "utf8");
const essayConf = readFileSync("deploy/nginx-essay.conf", "utf8");

/** The directives that decide what a request gets, comments and the site's folder left out. */
const directives = (conf: string, base: string) =>
  conf
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter((line) => line !== "" && !/^root /.test(line))
    .map((line) => line.replaceAll(/\/var\/www\/\S+?\/_headers\.nginx\.conf/g, "<site>/_headers.nginx.conf"))
    .map((line) => line.replace(new RegExp(`^(location(?: \\^~)?|error_page 404) ${base}`), "$1 /"));

describe("deploy/nginx.conf", () => {
  it("is the README's nginx recipe, word for word", () => {
    expect(readFileSync("README.md", "utf8")).toContain(`\`\`\`nginx\n${rootConf}\`\`\``);
  });

  it("answers unknown paths of every language with that language's 404 page, at the root and under /essay/", () => {
    for (const lang of languages) {
      expect(rootConf).toContain(`location /${lang}/ {\n    error_page 404 /${lang}/404.html;`);
      expect(essayConf).toContain(`location /essay/${lang}/ {\n    error_page 404 /essay/${lang}/404.html;`);
    }
  });

  it("has an /essay/ variant that differs only in the base path", () => {
    expect(directives(essayConf, "/essay/")).toEqual(directives(rootConf, "/"));
  });

  it("includes the headers the build writes in every location, since a location's add_header drops the server's", () => {
    for (const conf of [rootConf, essayConf]) {
      const locations = [...conf.matchAll(/^ {2}location [^{]+\{([\s\S]*?)^ {2}\}/gm)].map(([, body]) => body!);
      expect(locations.length).toBeGreaterThan(3);
      for (const body of locations.filter((text) => !text.includes("return 404"))) {
        expect(body).toMatch(/include \/var\/www\/\S+\/_headers\.nginx\.conf;/);
      }
    }
  });
});

describe("deploy/github-pages.yml", () => {
  it("is the README's GitHub Pages workflow, word for word", () => {
    const workflow = readFileSync("deploy/github-pages.yml", "utf8");
    expect(readFileSync("README.md", "utf8")).toContain(`\`\`\`yaml\n${workflow}\`\`\``);
  });
});

describe("_headers.nginx.conf", () => {
  const source = readFileSync("public/_headers", "utf8");
  const policy = "default-src 'none'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'";

  it("says for nginx what _headers says for every path, the policy included, on every status", () => {
    for (const base of ["/", "/essay/"]) {
      const headers = completeHeaders(source, { base, csp: policy, revalidated: ["/", "/de/*"] });
      const everyPath = parseHeaders(headers).find(({ path }) => path === `${base}*`)!;
      const lines = nginxHeaders(headers, base)
        .split("\n")
        .filter((line) => line.startsWith("add_header"));
      expect(lines).toEqual(everyPath.headers.map(([name, value]) => `add_header ${name} "${value}" always;`));
      expect(lines).toContain(`add_header Content-Security-Policy "${policy}" always;`);
    }
  });

  it("refuses a value nginx would read as syntax, naming the header", () => {
    expect(() => nginxHeaders('/*\n  X-Test: say "hi"\n', "/")).toThrow(/X-Test/);
    expect(() => nginxHeaders("/*\n  X-Test: $host\n", "/")).toThrow(/X-Test/);
    expect(() => nginxHeaders("/assets/*\n  X-Test: 1\n", "/")).toThrow(/no rule for \/\*/);
  });
});
