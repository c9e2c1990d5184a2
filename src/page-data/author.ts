import { absoluteUrl } from "../head/urls.ts";
import { markdownCopyPath, pathFor, type PageBuilder } from "../page-kinds.ts";
import { buildSettings } from "../build-settings.ts";
import { site } from "../site.ts";
import {
  authorOf,
  essaysIn,
  essaysNotIn,
  escapeMarkdown,
  everyLanguage,
  summary,
  translator,
} from "./build-context.ts";
import type { AuthorData, EssaySummary } from "./types.ts";

// The author, with their essays: all of them while they fit on a page, else the newest and a link to the home.
export const author: PageBuilder<AuthorData> = {
  instances() {
    return [{}];
  },

  async load(lang) {
    const t = await translator(lang);
    const bio = authorOf(lang);
    const own = essaysIn(lang);
    const others = essaysNotIn(lang);
    const essays = own.slice(0, buildSettings.essaysPerPage).map((essay) => summary(essay, lang, lang));
    const elsewhere = others.slice(0, buildSettings.essaysPerPage).map((essay) => summary(essay, essay.original, lang));
    const total = own.length + others.length;
    return {
      kind: "author",
      head: {
        lang,
        kind: "author",
        path: pathFor("author", lang),
        title: t("author.pageTitle", { name: site.author.name }),
        description: bio.description,
        alternates: everyLanguage((other) => pathFor("author", other)),
        markdown: true,
      },
      author: bio,
      essays,
      elsewhere,
      total,
      ...(essays.length + elsewhere.length < total && { allPath: pathFor("home", lang) }),
    };
  },

  async markdown(data) {
    const t = await translator(data.head.lang);
    const entry = (essay: EssaySummary) =>
      `- [${escapeMarkdown(essay.title)}](${absoluteUrl(markdownCopyPath(essay.path))}) · ${essay.dateLabel} · ${escapeMarkdown(essay.description)}`;
    return [
      `# ${site.author.name}`,
      ...data.author.bio.map(escapeMarkdown),
      `${t("author.website")}: [${site.author.websiteLabel}](${site.author.website})`,
      `## ${t("author.essaysHeading")}`,
      [...data.essays, ...data.elsewhere].map(entry).join("\n"),
    ]
      .join("\n\n")
      .concat("\n");
  },
};
