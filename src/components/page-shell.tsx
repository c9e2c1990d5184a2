import type { ReactNode } from "react";
import { Link } from "react-router";
import { useLocale } from "../hooks/use-locale.ts";
import { usePageData } from "../hooks/use-page-data.ts";
import { feedPath, pathFor } from "../page-kinds.ts";
import { site } from "../site.ts";
import { DisplaySettings } from "./display-settings.tsx";
import { LanguageToggle } from "./language-toggle.tsx";
import { ViewToggle } from "./view-toggle.tsx";

/** Skip link, header with the language toggle, the page's `<main>`, and the footer. */
export function PageShell({ children }: { children: ReactNode }) {
  const { lang, t } = useLocale();
  const data = usePageData();
  const credit = data && "credit" in data ? data.credit : undefined;
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipLink")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link
            className="site-header__home"
            to={pathFor("home", lang)}
            aria-label={t("header.home", { name: site.author.name })}
          >
            {site.author.name}
          </Link>
          <div className="site-header__controls">
            <ViewToggle />
            <DisplaySettings />
            <LanguageToggle />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        {credit && <p>{credit}</p>}
        <p>
          {/* A file, not a page: a plain link, so the router leaves it to the browser. */}
          <a href={`${import.meta.env.BASE_URL}${feedPath(lang).slice(1)}`} type="application/atom+xml">
            {t("feed.link")}
          </a>
        </p>
      </footer>
    </>
  );
}
