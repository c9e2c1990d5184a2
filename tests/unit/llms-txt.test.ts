import { describe, expect, it } from "vitest";
import { llmsTxt } from "../../scripts/llms-txt.ts";

describe("llms.txt", () => {
  const text = llmsTxt([
    { path: "/", head: { lang: "de", page: "root", title: "Site", description: "Two languages." } },
    { path: "/de/", head: { lang: "de", page: "essay", title: "Essay", description: "Ein Essay." } },
    { path: "/en/author/", head: { lang: "en", page: "author", title: "Author", description: "A profile." } },
    { path: "/404/", head: { lang: "de", page: "not-found", title: "404", description: "Nicht gefunden." } },
  ]);

  it("is Markdown with the site's title as its H1 and its description as the summary", () => {
    expect(text).toMatch(/^# Site\n\n> Two languages\.\n/);
  });

  it("links every page relative to the site's base, and leaves out the 404", () => {
    expect(text).toContain("- [Essay](de/): (de) Ein Essay.");
    expect(text).toContain("- [Author](en/author/): (en) A profile.");
    expect(text).not.toContain("404");
  });
});
