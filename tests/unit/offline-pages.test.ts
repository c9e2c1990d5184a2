import { describe, expect, it } from "vitest";
import { essayPagesLeftOut, type BuiltPage } from "../../scripts/offline-pages.ts";

const essay = (id: string, date: string, lang = "de"): BuiltPage[] => [
  { folder: `${lang}/${id}/`, essay: { id, date } },
  { folder: `${lang}/${id}/parallel/`, essay: { id, date } },
];

describe("the pages the service worker leaves out of its precache", () => {
  const pages: BuiltPage[] = [
    { folder: "de/" },
    { folder: "de/autor/" },
    ...essay("alt", "2017-08-22"),
    ...essay("neu", "2024-01-05"),
    ...essay("neu", "2024-01-05", "en"),
    ...essay("mitte", "2020-03-01"),
    ...essay("auch-mitte", "2020-03-01"),
  ];

  it("are every page, in every language and view, of the essays older than the newest kept", () => {
    expect([...essayPagesLeftOut(pages, 2)].sort()).toEqual([
      "de/alt/",
      "de/alt/parallel/",
      "de/mitte/",
      "de/mitte/parallel/",
    ]);
  });

  it("never include a page without an essay, and none at all while every essay fits", () => {
    expect(essayPagesLeftOut(pages, 0).has("de/autor/")).toBe(false);
    expect(essayPagesLeftOut(pages, 4).size).toBe(0);
  });
});
