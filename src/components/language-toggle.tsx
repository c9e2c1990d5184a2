import { Link, useLocation } from "react-router";
import { useKeepPlace } from "../hooks/use-keep-place.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { languageName, languages } from "../i18n/languages.ts";
import { carryAddress } from "../lib/carry-address.ts";
import { rememberLanguage } from "../lib/preferred-language.ts";
import { pageIds, pathFor, type PageId } from "../paths.ts";

const isPage = (page: unknown): page is PageId => pageIds.includes(page as PageId);

/**
 * Links to this page in every other language. They are plain links (they work without JavaScript and
 * in a new tab); with JavaScript a plain click keeps the reader's paragraph and focus, and is remembered.
 */
export function LanguageToggle() {
  const { lang, page, t } = useLocale();
  const keepPlace = useKeepPlace();
  const location = useLocation();
  // A 404 has no counterpart; its toggle leads to the essay.
  const target: PageId = isPage(page) ? page : "essay";

  return (
    <nav className="language-toggle" aria-label={t("header.languages")}>
      <ul>
        {languages
          .filter((other) => other !== lang)
          .map((other) => {
            const to = carryAddress(pathFor(target, other), target, location);
            return (
              <li key={other}>
                <Link
                  to={to}
                  hrefLang={other}
                  lang={other}
                  data-language-toggle={other}
                  onClick={keepPlace(to, `[data-language-toggle="${lang}"]`, () => rememberLanguage(other))}
                >
                  {languageName(other)}
                </Link>
              </li>
            );
          })}
      </ul>
    </nav>
  );
}
