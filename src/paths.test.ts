import { describe, expect, it } from "vitest";
import { languages } from "./i18n/languages.ts";
import { allPages, pathFor } from "./paths.ts";

describe("the route table", () => {
  it("maps each page to its path in each language, trailing slash included", () => {
    expect(pathFor("essay", "de")).toBe("/de/");
    expect(pathFor("essay", "en")).toBe("/en/");
    expect(pathFor("author", "de")).toBe("/de/autor/");
    expect(pathFor("author", "en")).toBe("/en/author/");
    expect(pathFor("parallel", "de")).toBe("/de/parallel/");
  });

  it("lists every page in every language for the prerender", () => {
    const paths = allPages.map((p) => p.path);
    for (const path of ["/de/", "/de/parallel/", "/de/autor/", "/en/", "/en/parallel/", "/en/author/"]) {
      expect(paths).toContain(path);
    }
    expect(paths).toHaveLength(3 * languages.length);
  });

  it("refuses a language without content", () => {
    expect(() => pathFor("author", "fr")).toThrow(/fr/);
  });
});
