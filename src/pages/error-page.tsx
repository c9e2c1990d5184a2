import { useLocation } from "react-router";
import { useLocale } from "../hooks/use-locale.ts";
import { i18n } from "../i18n/i18n.ts";
import { languages } from "../i18n/languages.ts";

/**
 * When a page cannot be shown in place (its files failed to load: offline, or a deploy replaced them),
 * the reader gets a clear answer and a real link that loads the page afresh from the host.
 */
export function ErrorPage() {
  const { lang: wanted } = useLocale();
  const { pathname } = useLocation();
  // The failed page's own strings may be what failed to load: then speak a language that is here.
  const has = (lang: string) => i18n.hasResourceBundle(lang, "translation");
  const lang = has(wanted) ? wanted : (languages.find(has) ?? wanted);
  const t = i18n.getFixedT(lang);
  return (
    <main id="main" className="not-found" lang={lang}>
      <h1>{t("error.title")}</h1>
      <p>{t("error.text")}</p>
      <p>
        <a href={`${import.meta.env.BASE_URL}${pathname.replace(/^\//, "")}`}>{t("error.reload")}</a>
      </p>
    </main>
  );
}
