import { Link } from "react-router";
import { useKeepPlace } from "../hooks/use-keep-place.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { useLanguageNames, usePageData } from "../hooks/use-page-data.ts";
import { languages } from "../i18n/languages.ts";
import { carryAddress } from "../lib/carry-address.ts";
import { rememberLanguage } from "../lib/preferred-language.ts";
import { pathFor } from "../page-kinds.ts";
import { useLocation } from "../router/page-context.ts";

/**
 * Links to this page in every other language. They are plain links (they work without JavaScript and
 * in a new tab); with JavaScript a plain click keeps the reader's paragraph and focus, and is remembered.
 * Where the page does not exist in a language (an essay not translated), it says so and offers that language's home.
 */
export function LanguageToggle() {
  const { lang, kind, t } = useLocale();
  const location = useLocation();
  const names = useLanguageNames();
  const data = usePageData();
  const keepPlace = useKeepPlace();
  const alternates = data?.head.alternates;
  const others = languages.filter((other) => other !== lang);
  // "Only in German": the languages this page does exist in.
  const existing = Object.keys(alternates ?? {})
    .map((other) => names[other]?.here ?? other)
    .join(", ");

  return (
    <nav className="language-toggle" aria-label={t("header.languages")}>
      <ul>
        {others.map((other) => {
          const same = alternates?.[other];
          // A 404 has no counterpart: the toggle leads to the other language's home.
          if (same || !alternates) {
            const to = same ? carryAddress(same, kind === "root" ? undefined : kind, location) : pathFor("home", other);
            return (
              <li key={other}>
                <Link
                  to={to}
                  hrefLang={other}
                  lang={other}
                  data-language-toggle={other}
                  onClick={keepPlace(to, `[data-language-toggle="${lang}"]`, () => rememberLanguage(other))}
                >
                  {names[other]?.own ?? other}
                </Link>
              </li>
            );
          }
          return (
            <li key={other} className="language-toggle__missing">
              <span className="language-toggle__note">{t("toggle.onlyIn", { language: existing })}</span>{" "}
              <Link
                to={pathFor("home", other)}
                hrefLang={other}

                onClick={() => rememberLanguage(other)}
              >
                {t("toggle.otherHome", { language: names[other]?.here ?? other })}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
