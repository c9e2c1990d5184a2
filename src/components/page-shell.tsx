import { useEffect, useRef, type ReactNode } from "react";
import { Link } from "react-router";
import { useLocale } from "../hooks/use-locale.ts";
import { usePageAddress } from "../hooks/use-page-address.ts";
import { usePageData } from "../hooks/use-page-data.ts";
import { feedPath, pathFor } from "../page-kinds.ts";
import { site } from "../site.ts";
import { DisplaySettings } from "./display-settings.tsx";
import { LanguageToggle } from "./language-toggle.tsx";
import { ReadingProgress } from "./reading-progress.tsx";
import { ViewToggle } from "./view-toggle.tsx";
import { useLocation } from "../router/page-context.ts";

/** Skip link, header with the language toggle, the page's `<main>`, and the footer. */
export function PageShell({ children }: { children: ReactNode }) {
  const { lang, kind, t } = useLocale();
  const data = usePageData();
  const credit = data && "credit" in data ? data.credit : undefined;
  const address = usePageAddress();
  const { pathname } = useLocation();
  const header = useRef<HTMLElement>(null);

  // The header's real height (it wraps at large text on a phone): where fragment targets and focus stop below it.
  // Taller than a fifth of the window, it scrolls away with the page instead of taking that room from the text.
  useEffect(() => {
    const element = header.current;
    if (!element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      const height = element.getBoundingClientRect().height;
      const scrolls = height > window.innerHeight / 5;
      root.toggleAttribute("data-header-scrolls", scrolls);
      root.style.setProperty("--header-block", `${scrolls ? 0 : height}px`);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipLink")}
      </a>
      <header className="site-header" ref={header}>
        <div className="site-header__inner">
          <div className="site-header__title">
            <Link
              className="site-header__home"
              to={pathFor("home", lang)}
              aria-label={t("header.home", { name: site.author.name })}
            >
              {site.author.name}
            </Link>
            {/* Keyed by the address: each page measures its own article. */}
            {(kind === "essay" || kind === "parallel") && <ReadingProgress key={pathname} />}
          </div>
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
        <p className="print-only">{t("print.source", { url: address })}</p>
      </footer>
    </>
  );
}
