import type { ReactNode } from "react";
import { Link } from "react-router";
import { essayIndex } from "../content/load-content.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { formatDate } from "../i18n/languages.ts";
import { pathFor } from "../paths.ts";
import { site } from "../site.ts";
import { DisplaySettings } from "./display-settings.tsx";
import { LanguageToggle } from "./language-toggle.tsx";
import { ViewToggle } from "./view-toggle.tsx";

/** Skip link, header with the language toggle, the page's `<main>`, and the footer. */
export function PageShell({ children }: { children: ReactNode }) {
  const { lang, t } = useLocale();
  const essay = essayIndex.get(lang);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipLink")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link
            className="site-header__home"
            to={pathFor("essay", lang)}
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
        {essay && (
          <p>
            {t("footer.text", {
              title: essay.title,
              author: site.author.name,
              date: formatDate(essay.date, lang),
            })}
          </p>
        )}
      </footer>
    </>
  );
}
