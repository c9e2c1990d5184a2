import type { RouteObject } from "react-router";
import { AppFrame } from "./components/app-frame.tsx";
import { languages } from "./i18n/languages.ts";
import { AuthorPage, authorLoader } from "./pages/author-page.tsx";
import { ErrorPage } from "./pages/error-page.tsx";
import { EssayPage, essayLoader } from "./pages/essay-page.tsx";
import { LanguageLayout, languageLoader } from "./pages/language-layout.tsx";
import { LanguageRoot, rootLoader } from "./pages/language-root.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { ParallelPage, parallelLoader } from "./pages/parallel-page.tsx";
import { authorSlug, parallelSegment, type RouteHandle } from "./paths.ts";
import { site } from "./site.ts";

const handle = (h: RouteHandle) => h;

// One subtree per language, so a page's language is known from its route alone (never from the browser).
const languageRoutes = languages.map((lang): RouteObject => ({
  id: lang,
  path: lang,
  // Static hosts tell `/DE/` from `/de/` (and answer it with 404.html): so does the app.
  caseSensitive: true,
  handle: handle({ lang }),
  loader: () => languageLoader(lang),
  Component: LanguageLayout,
  children: [
    { index: true, handle: handle({ lang, page: "essay" }), loader: () => essayLoader(lang), Component: EssayPage },
    {
      path: parallelSegment,
      caseSensitive: true,
      handle: handle({ lang, page: "parallel" }),
      loader: () => parallelLoader(lang),
      Component: ParallelPage,
    },
    {
      path: authorSlug(lang),
      caseSensitive: true,
      handle: handle({ lang, page: "author" }),
      loader: () => authorLoader(lang),
      Component: AuthorPage,
    },
    { path: "*", handle: handle({ lang, page: "not-found" }), Component: NotFoundPage },
  ],
}));

export const routes: RouteObject[] = [
  {
    id: "app",
    Component: AppFrame,
    ErrorBoundary: ErrorPage,
    children: [
      {
        index: true,
        handle: handle({ lang: site.originalLanguage, page: "root" }),
        loader: rootLoader,
        Component: LanguageRoot,
      },
      ...languageRoutes,
      {
        // Paths outside every language: a 404 in every language (the page frame in the original one).
        id: "fallback",
        handle: handle({ lang: site.originalLanguage }),
        loader: () => languageLoader(site.originalLanguage),
        Component: LanguageLayout,
        children: [
          {
            path: "*",
            handle: handle({ lang: site.originalLanguage, page: "not-found" }),
            // No path says which language the reader wants: every language's strings, as at `/`.
            loader: rootLoader,
            Component: NotFoundPage,
          },
        ],
      },
    ],
  },
];
