import type { Location } from "react-router";
import { describe, expect, it } from "vitest";
import { notFound } from "../page-data/load.ts";
import { hydratedPage, hydrationData, loadPage, withoutBase, type PageRoute } from "./page-routes.ts";

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

describe("hydration", () => {
  it("gives back the page the server rendered, from its data alone", async () => {
    const routes = table((params) => Promise.resolve(`essay ${params.slug}`));
    const served = await loadPage(routes, at("/de/trennung/"));
    const json = JSON.parse(JSON.stringify(hydrationData(served))) as unknown;
    expect((await hydratedPage(routes, at("/de/trennung/"), json))?.matches.map((match) => match.data)).toEqual([
      undefined,
      "strings",
      "essay trennung",
    ]);
  });

  it("refuses data that does not fit the address (another build's page), so the page is loaded afresh", async () => {
    const routes = table(() => Promise.resolve("essay"));
    expect(await hydratedPage(routes, at("/de/trennung/"), { data: ["only one"] })).toBeUndefined();
    expect(await hydratedPage(routes, at("/de/trennung/"), null)).toBeUndefined();
    expect(await hydratedPage(routes, at("/de/trennung/"), { data: "not a list" })).toBeUndefined();
  });

  it("leaves the data of `loadInBrowser` routes out of the page, and loads it again to hydrate", async () => {
    const routes = table((params) => Promise.resolve(`essay ${params.slug}`));
    const language = routes[0]?.children?.[0];
    if (!language) throw new Error("table");
    language.loadInBrowser = true;
    const served = await loadPage(routes, at("/de/trennung/"));
    expect(hydrationData(served).data).toEqual([undefined, null, "essay trennung"]);
    const page = await hydratedPage(routes, at("/de/trennung/"), hydrationData(served));
    expect(page?.matches[1]?.data).toBe("strings");
  });

  it("rejects when what the browser loads itself fails (offline): the page then stays as served", async () => {
    const routes = table(() => Promise.reject(new Error("offline")));
    const essay = routes[0]?.children?.[0]?.children?.[0];
    if (!essay) throw new Error("table");
    essay.loadInBrowser = true;
    await expect(hydratedPage(routes, at("/de/trennung/"), { data: [null, "strings", null] })).rejects.toThrow(
      "offline",
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
