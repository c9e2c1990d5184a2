import type { ComponentType } from "react";
import type { Params } from "react-router";
import { AppFrame } from "./components/app-frame.tsx";
import { languages } from "./i18n/languages.ts";
import { loadPage, notFound } from "./page-data/load.ts";
import { pageKinds, parsePageNumber, type PageKind, type PageParams, type RouteHandle } from "./page-kinds.ts";
import { AuthorPage } from "./pages/author-page.tsx";
import { ErrorPage } from "./pages/error-page.tsx";
import { EssayPage } from "./pages/essay-page.tsx";
import { HomePage } from "./pages/home-page.tsx";
import { LanguageLayout, languageLoader } from "./pages/language-layout.tsx";
import { LanguageRoot, rootLoader } from "./pages/language-root.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { ParallelPage } from "./pages/parallel-page.tsx";
import { RouteError } from "./pages/route-error.tsx";
import type { PageRoute } from "./router/page-routes.ts";
import { site } from "./site.ts";

// The router reads the table of page kinds (page-kinds.ts) and attaches a component to each kind; nothing else.
const components: Record<PageKind, ComponentType> = {
  home: HomePage,
  essay: EssayPage,
  parallel: ParallelPage,
  author: AuthorPage,
  "not-found": NotFoundPage,
};

const handle = (h: RouteHandle) => h;

function pageParams(kind: PageKind, params: Params): PageParams | undefined {
  if (kind === "home") {
    const page = parsePageNumber(params.page);
    return page === undefined ? undefined : { page };
  }
  return params.slug === undefined ? {} : { slug: params.slug };
}

const kindRoutes = (lang: string): PageRoute[] =>
  (Object.keys(pageKinds) as PageKind[]).flatMap((kind) =>
    pageKinds[kind].routes(lang).map((pattern): PageRoute => ({
      ...(pattern === "" ? { index: true } : { path: pattern }),
      handle: handle({ lang, kind }),
      ...(kind !== "not-found" && {
        load: async (params) => {
          const parsed = pageParams(kind, params);
          if (!parsed) throw notFound();
          return loadPage(kind, lang, parsed);
        },
      }),
      Component: components[kind],
      // A page that does not exist (an unknown slug) is a 404 inside the language's frame.
      ErrorBoundary: RouteError,
    })),
  );

// One subtree per language, so a page's language is known from its route alone (never from the browser).
const languageRoutes = languages.map((lang): PageRoute => ({
  path: lang,
  // Static hosts tell `/DE/` from `/de/` (and answer it with 404.html): so does the app.
  caseSensitive: true,
  handle: handle({ lang }),
  load: () => languageLoader(lang),
  Component: LanguageLayout,
  children: kindRoutes(lang),
}));

export const routes: PageRoute[] = [
  {
    Component: AppFrame,
    ErrorBoundary: ErrorPage,
    children: [
      {
        index: true,
        handle: handle({ lang: site.defaultLanguage, kind: "root" }),
        load: rootLoader,
        Component: LanguageRoot,
      },
      ...languageRoutes,
      {
        // Paths outside every language: a 404 in every language (the page frame in the default one).
        handle: handle({ lang: site.defaultLanguage }),
        load: () => languageLoader(site.defaultLanguage),
        Component: LanguageLayout,
        children: [
          {
            path: "*",
            handle: handle({ lang: site.defaultLanguage, kind: "not-found" }),
            // No path says which language the reader wants: every language's strings, as at `/`.
            load: rootLoader,
            Component: NotFoundPage,
          },
        ],
      },
    ],
  },
];
