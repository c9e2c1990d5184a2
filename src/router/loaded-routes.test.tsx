import { act, screen } from "@testing-library/react";
import { Link, Outlet } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { isNotFound, notFound } from "../page-data/load.ts";
import { renderRoutes } from "../../tests/render-app.tsx";
import { useLoaderData, useLocation, useRouteError } from "./page-context.ts";
import type { PageRoute } from "./page-routes.ts";

// What React Router's data mode did for the app, now src/router: a page is shown once its data is in, and the address
// moves with it (the page before stays meanwhile), failures show the nearest ErrorBoundary, and a new fragment keeps
// the page's data.

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (reason: unknown) => void = () => undefined;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

function Page() {
  const data = useLoaderData<string>();
  const { pathname, hash } = useLocation();
  return (
    <main>
      <h1>{data}</h1>
      <p>
        page at {pathname}
        {hash}
      </p>
      <Link to="/a">to a</Link> <Link to="/b">to b</Link> <Link to="/a#later">to later</Link>{" "}
      <Link to="/broken">to broken</Link>
    </main>
  );
}

function Caught() {
  const error = useRouteError();
  return (
    <>
      <h1>{isNotFound(error) ? "Not found" : `Failed: ${String(error)}`}</h1>
      <Link to="/a">back to a</Link>
    </>
  );
}

function Broken(): never {
  throw new Error("render failed");
}

async function open(path: string, pages: Record<string, () => Promise<string>>) {
  const routes: PageRoute[] = [
    {
      Component: Outlet,
      ErrorBoundary: Caught,
      children: [
        { path: "broken", Component: Broken },
        { path: ":page", load: ({ page }) => pages[page ?? ""]?.() ?? Promise.reject(notFound()), Component: Page },
      ],
    },
  ];
  return (await renderRoutes(routes, path)).user;
}

describe("LoadedRoutes", () => {
  it("keeps the page on screen and its address until the next page's data is in, then moves both", async () => {
    const b = deferred<string>();
    const user = await open("/a", { a: () => Promise.resolve("Page A"), b: () => b.promise });
    await user.click(screen.getByRole("link", { name: "to b" }));

    expect(window.location.pathname).toBe("/a");
    expect(screen.getByRole("heading")).toHaveTextContent("Page A");
    expect(screen.getByText(/page at/)).toHaveTextContent("page at /a");

    await act(() => {
      b.resolve("Page B");
      return b.promise;
    });
    expect(screen.getByRole("heading")).toHaveTextContent("Page B");
    expect(screen.getByText(/page at/)).toHaveTextContent("page at /b");
    expect(window.location.pathname).toBe("/b");
  });

  it("shows the page whose address is newest when an older one's data comes in later", async () => {
    const b = deferred<string>();
    const user = await open("/a", { a: () => Promise.resolve("Page A"), b: () => b.promise });
    await user.click(screen.getByRole("link", { name: "to b" }));
    await user.click(screen.getByRole("link", { name: "to later" }));
    expect(await screen.findByText("page at /a#later")).toBeInTheDocument();

    await act(() => {
      b.resolve("Page B");
      return b.promise;
    });
    expect(screen.getByRole("heading")).toHaveTextContent("Page A");
    expect(window.location.hash).toBe("#later");
  });

  it("moves to another fragment of the same page without loading its data again", async () => {
    const a = vi.fn(() => Promise.resolve("Page A"));
    const user = await open("/a", { a });
    await user.click(screen.getByRole("link", { name: "to later" }));
    expect(await screen.findByText("page at /a#later")).toBeInTheDocument();
    expect(a).toHaveBeenCalledTimes(1);
  });

  it("shows a page that does not exist, and a failed load, with the ErrorBoundary above it", async () => {
    const user = await open("/a", {
      a: () => Promise.resolve("Page A"),
      b: () => Promise.reject(new Error("offline")),
    });
    await user.click(screen.getByRole("link", { name: "to b" }));
    expect(await screen.findByRole("heading")).toHaveTextContent("Failed: Error: offline");

    await open("/nowhere", {});
    expect(screen.getAllByRole("heading").at(-1)).toHaveTextContent("Not found");
  });

  it("shows a render error with the ErrorBoundary, and the next page without it", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const user = await open("/a", { a: () => Promise.resolve("Page A") });
    await user.click(screen.getByRole("link", { name: "to broken" }));
    expect(await screen.findByRole("heading")).toHaveTextContent("Failed: Error: render failed");
    vi.restoreAllMocks();
    await user.click(screen.getByRole("link", { name: "back to a" }));
    expect(await screen.findByRole("heading")).toHaveTextContent("Page A");
  });

  it("gives an entry the browser made itself (a fragment link) a key of its own, keeping what it carries", async () => {
    await open("/a", { a: () => Promise.resolve("Page A") });
    const first = (window.history.state as { key?: string } | null)?.key;
    expect(first).toBeTruthy();
    act(() => {
      window.history.pushState(null, "", "/a#later");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(await screen.findByText("page at /a#later")).toBeInTheDocument();
    const second = (window.history.state as { key?: string } | null)?.key;
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
  });
});
