import { Link } from "react-router";
import { useKeepPlace } from "../hooks/use-keep-place.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { useLanguageNames, usePageData } from "../hooks/use-page-data.ts";
import { carryAddress } from "../lib/carry-address.ts";
import { useLocation } from "../router/page-context.ts";

/** Between the essay alone and the essay beside its counterpart, at the same paragraph: where a translation exists. */
export function ViewToggle() {
  const { lang, t } = useLocale();
  const names = useLanguageNames();
  const data = usePageData();
  const keepPlace = useKeepPlace();
  const location = useLocation();
  const target =
    data?.kind === "essay" && data.parallelPath && data.counterpart
      ? { to: data.parallelPath, parallel: true, other: data.counterpart.lang }
      : data?.kind === "parallel"
        ? { to: data.essayPath, parallel: false, other: data.counterpart.lang }
        : undefined;
  if (!target) return null;
  const { parallel } = target;
  const to = carryAddress(target.to, parallel ? "parallel" : "essay", location);
  const focus = `[data-view-toggle="${parallel ? "single" : "parallel"}"]`;
  const own = names[lang]?.here ?? lang;

  return (
    <Link
      to={to}
      className="view-toggle"
      data-view-toggle={parallel ? "parallel" : "single"}
      onClick={keepPlace(to, focus)}
    >
      <svg className="view-toggle__icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
        {parallel ? (
          <path d="M2 4h7v12H2zM11 4h7v12h-7z" fill="none" stroke="currentColor" strokeWidth="1.5" />
        ) : (
          <path d="M4 4h12v12H4z" fill="none" stroke="currentColor" strokeWidth="1.5" />
        )}
      </svg>
      <span className="view-toggle__label">{t(parallel ? "view.parallel" : "view.single")}</span>
      <span className="visually-hidden">
        :{" "}
        {parallel
          ? t("view.parallelHint", { first: own, second: names[target.other]?.here ?? target.other })
          : t("view.singleHint", { language: own })}
      </span>
    </Link>
  );
}
