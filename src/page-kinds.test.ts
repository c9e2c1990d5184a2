import { describe, expect, it } from "vitest";
import { languages } from "./i18n/languages.ts";
import { pageKinds, parsePageNumber, pathFor, type PageKind } from "./page-kinds.ts";

describe("the table of page kinds", () => {
  it("gives each page its path per language, trailing slash included", () => {
    expect(pathFor("home", "de")).toBe("/de/");
    expect(pathFor("home", "en", { page: 3 })).toBe("/en/page/3/");
    expect(pathFor("home", "de", { page: 2 })).toBe("/de/seite/2/");
    expect(pathFor("essay", "de", { slug: "trennung-vom-kunden" })).toBe("/de/trennung-vom-kunden/");
    expect(pathFor("parallel", "en", { slug: "breaking-up-with-a-client" })).toBe(
      "/en/breaking-up-with-a-client/parallel/",
    );
    expect(pathFor("author", "de")).toBe("/de/autor/");
    expect(pathFor("author", "en")).toBe("/en/author/");
  });

  it("lists every page of every kind for the prerender, from the content", async () => {
    const listed: string[] = [];
    for (const lang of languages) {
      for (const kind of Object.keys(pageKinds) as PageKind[]) {
        const builder = await pageKinds[kind].build?.();
        for (const params of builder?.instances(lang) ?? []) listed.push(pathFor(kind, lang, params));
      }
    }
    expect(listed.sort()).toEqual(
      [
        "/de/",
        "/de/autor/",
        "/de/trennung-vom-kunden/",
        "/de/trennung-vom-kunden/parallel/",
        "/en/",
        "/en/author/",
        "/en/breaking-up-with-a-client/",
        "/en/breaking-up-with-a-client/parallel/",
      ].sort(),
    );
  });

  it("accepts only home page numbers from 2 on (page 1 is the language's index)", () => {
    expect(parsePageNumber(undefined)).toBe(1);
    expect(parsePageNumber("2")).toBe(2);
    for (const raw of ["1", "0", "02", "x", "-3"]) expect(parsePageNumber(raw)).toBeUndefined();
  });

  it("refuses a language without an author page", () => {
    expect(() => pathFor("author", "fr")).toThrow(/author\/fr\.md/);
  });
});
