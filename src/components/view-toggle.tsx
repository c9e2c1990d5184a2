import { Link, useLocation } from "react-router";
import { useKeepPlace } from "../hooks/use-keep-place.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { counterpartLanguage, languageName } from "../i18n/languages.ts";
import { carryAddress } from "../lib/carry-address.ts";
import { pathFor } from "../paths.ts";

/** Between the essay alone and the essay beside its counterpart, at the same paragraph. */
export function ViewToggle() {
  const { lang, page, t } = useLocale();
  const keepPlace = useKeepPlace();
  const location = useLocation();
  if (page !== "essay" && page !== "parallel") return null;
  const toParallel = page === "essay";
  const target = toParallel ? "parallel" : "essay";
  const to = carryAddress(pathFor(target, lang), target, location);
  const focus = `[data-view-toggle="${toParallel ? "single" : "parallel"}"]`;

  return (
    <Link
      to={to}
      className="view-toggle"
      data-view-toggle={toParallel ? "parallel" : "single"}
      onClick={keepPlace(to, focus)}
    >
      <svg className="view-toggle__icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
        {toParallel ? (
          <path d="M2 4h7v12H2zM11 4h7v12h-7z" fill="none" stroke="currentColor" strokeWidth="1.5" />
        ) : (
          <path d="M4 4h12v12H4z" fill="none" stroke="currentColor" strokeWidth="1.5" />
        )}
      </svg>
      <span className="view-toggle__label">{t(toParallel ? "view.parallel" : "view.single")}</span>
      <span className="visually-hidden">
        :{" "}
        {toParallel
          ? t("view.parallelHint", {
              first: languageName(lang, lang),
              second: languageName(counterpartLanguage(lang), lang),
            })
          : t("view.singleHint", { language: languageName(lang, lang) })}
      </span>
    </Link>
  );
}
