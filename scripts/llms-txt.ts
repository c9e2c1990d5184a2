// dist/llms.txt (https://llmstxt.org/): a Markdown index of the site for language models and agents, written by the
// prerender from the same titles and descriptions as the pages' <head>. Links are relative to the site's base.
import type { PageHead } from "../src/head/head-tags.ts";

export function llmsTxt(pages: { path: string; head: PageHead }[]): string {
  const root = pages.find(({ head }) => head.page === "root")?.head;
  if (!root) throw new Error("llms.txt: no head for `/`");
  const section = (page: PageHead["page"]) =>
    pages
      .filter(({ head }) => head.page === page)
      .map(({ path, head }) => `- [${head.title}](${path.replace(/^\//, "")}): (${head.lang}) ${head.description}`);
  return [
    `# ${root.title}`,
    "",
    `> ${root.description}`,
    "",
    "Every page is static HTML that reads without JavaScript; each language has its own URL.",
    "",
    "## Essay",
    "",
    ...section("essay"),
    "",
    "## Author",
    "",
    ...section("author"),
    "",
  ].join("\n");
}
