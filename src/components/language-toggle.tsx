import type { MouseEvent } from "react";
import { Link, useNavigate } from "react-router";
import { useLocale } from "../hooks/use-locale.ts";
import { languageName, languages } from "../i18n/languages.ts";
import { rememberLanguage } from "../lib/preferred-language.ts";
import { captureAnchor } from "../lib/reading-anchor.ts";
import type { NavigationState } from "../lib/navigation-state.ts";
import { pathFor, type PageId } from "../paths.ts";

/**
 * Links to this page in every other language. They are plain links (they work without JavaScript and
 * in a new tab); with JavaScript a plain click keeps the reader's paragraph and focus, and is remembered.
 */
export function LanguageToggle() {
  const { lang, page, t } = useLocale();
  const navigate = useNavigate();
  const target: PageId = page === "author" ? "author" : "essay";

  const switchTo = (other: string, to: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    rememberLanguage(other);
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const state: NavigationState = { anchor: captureAnchor(), focus: "language-toggle" };
    void navigate(to, { preventScrollReset: true, state });
  };

  return (
    <nav className="language-toggle" aria-label={t("header.languages")} data-language-toggle="">
      <ul>
        {languages
          .filter((other) => other !== lang)
          .map((other) => {
            const to = pathFor(target, other);
            return (
              <li key={other}>
                <Link to={to} hrefLang={other} lang={other} onClick={switchTo(other, to)}>
                  {languageName(other)}
                </Link>
              </li>
            );
          })}
      </ul>
    </nav>
  );
}
