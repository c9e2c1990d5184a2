import { languageName, languages } from "../i18n/languages.ts";
import { escapeMarkdown, languageList, translator } from "../page-data/build-context.ts";
import type { PageHead } from "../page-data/types.ts";
import { markdownCopyPath } from "../page-kinds.ts";
import { site } from "../site.ts";
import { absoluteUrl } from "./urls.ts";

// For readers that are programs: llms.txt (https://llmstxt.org/), an index of each language's pages linked to their
// plain-Markdown copies (written by the prerender from the table of page kinds: page-kinds.ts).

export async function llmsTxt(root: PageHead, heads: readonly PageHead[]): Promise<string> {
  const summaries = await Promise.all(
    languages.map(async (lang) =>
      (await translator(lang))("root.description", { author: site.author.name, languages: languageList(lang) }),
    ),
  );
  const sections = languages.map((lang) =>
    [
      `## ${languageName(lang)}`,
      "",
      ...heads
        .filter((head) => head.lang === lang && head.markdown && head.path)
        .map(
          (head) =>
            `- [${escapeMarkdown(head.title)}](${absoluteUrl(markdownCopyPath(head.path ?? "/"))}): ${escapeMarkdown(head.description)}`,
        ),
    ].join("\n"),
  );
  return [`# ${escapeMarkdown(root.title)}`, `> ${summaries.join(" ")}`, ...sections].join("\n\n").concat("\n");
}
