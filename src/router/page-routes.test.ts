import type { Location } from "react-router";
import { describe, expect, it } from "vitest";
import { notFound } from "../page-data/load.ts";
import { loadPage, withoutBase, type PageRoute } from "./page-routes.ts";

const at = (pathname: string): Location => ({ pathname, search: "", hash: "", state: null, key: "default" });
const Nothing = () => null;
const Caught = () => null;

const table = (essay: NonNullable<PageRoute["load"]>): PageRoute[] => [
  {
    Component: Nothing,
    ErrorBoundary: Caught,
    children: [
      {
        path: "de",
        load: () => Promise.resolve("strings"),
        Component: Nothing,
        children: [
          { path: ":slug", load: essay, Component: Nothing, ErrorBoundary: Caught },
          { path: "*", Component: Nothing },
        ],
      },
      { path: "*", Component: Nothing },
    ],
  },
];

describe("loadPage", () => {
  it("loads every matched route's data, root first, with the params", async () => {
    const page = await loadPage(
      table((params) => Promise.resolve(`essay ${params.slug}`)),
      at("/de/trennung/"),
    );
    expect(page.error).toBeUndefined();
    expect(page.matches.map((match) => match.data)).toEqual([undefined, "strings", "essay trennung"]);
    expect(page.matches.at(-1)?.params).toEqual({ slug: "trennung" });
  });

  it("shows a page that does not exist with the ErrorBoundary of its own route", async () => {
    const page = await loadPage(
      table(() => Promise.reject(notFound())),
      at("/de/unknown/"),
    );
    expect(page.error?.at).toBe(2);
    expect(page.matches[1]?.data).toBe("strings");
  });

  it("catches a loader that throws before it returns a promise", async () => {
    const page = await loadPage(
      table(() => {
        throw new Error("broken");
      }),
      at("/de/x/"),
    );
    expect(page.error).toMatchObject({ at: 2, error: new Error("broken") });
  });

  it("hands a failure without an ErrorBoundary of its own to the nearest one above", async () => {
    const routes = table(() => Promise.resolve("essay"));
    const language = routes[0]?.children?.[0];
    if (!language) throw new Error("table");
    language.load = () => Promise.reject(new Error("strings failed to load"));
    const page = await loadPage(routes, at("/de/x/"));
    expect(page.error?.at).toBe(0);
    expect(page.error?.error).toEqual(new Error("strings failed to load"));
  });
});

describe("loading a page again in the browser (to hydrate it)", () => {
  it("gives the same matches and data as the prerender had", async () => {
    const routes = table((params) => Promise.resolve(`essay ${params.slug}`));
    const served = await loadPage(routes, at("/de/trennung/"));
    const again = await loadPage(routes, at("/de/trennung/"));
    expect(again.matches.map((match) => [match.route, match.data])).toEqual(
      served.matches.map((match) => [match.route, match.data]),
    );
  });
});

describe("withoutBase", () => {
  it.each([
    ["/essay/de/", "/essay/", "/de/"],
    ["/essay/", "/essay/", "/"],
    ["/essay", "/essay/", "/"],
    ["/de/", "/", "/de/"],
    ["/elsewhere/", "/essay/", "/elsewhere/"],
    ["/essayist/", "/essay/", "/essayist/"],
  ])("%s under %s is %s", (path, base, expected) => expect(withoutBase(path, base)).toBe(expected));
});
