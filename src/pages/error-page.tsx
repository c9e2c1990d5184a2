import { useDocumentHead } from "../hooks/use-document-head.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { i18n } from "../i18n/i18n.ts";
import { languages } from "../i18n/languages.ts";
import { site } from "../site.ts";
import { useLocation } from "../router/page-context.ts";

/**
 * When a page cannot be shown in place (its files failed to load: offline, or a deploy replaced them),
 * the reader gets a clear answer and a real link that loads the page afresh from the host.
 * `inPage`: rendered inside a language's page frame, which has the `<main>` already (a page's data failed);
 * otherwise it is the whole page (the frame itself failed to load).
 */
export function ErrorPage({ inPage = false }: { inPage?: boolean }) {
  const { lang: wanted } = useLocale();
  const { pathname } = useLocation();
  // The failed page's own strings may be what failed to load: then speak a language that is here.
  const has = (lang: string) => i18n.hasResourceBundle(lang, "translation");
  const lang = has(wanted) ? wanted : (languages.find(has) ?? wanted);
  const t = i18n.getFixedT(lang);
  useDocumentHead({
    lang,
    kind: "not-found",
    title: `${t("error.title")} – ${site.author.name}`,
    description: t("error.text"),
    alternates: {},
  });
  const content = (
    <>
      <h1 tabIndex={-1}>{t("error.title")}</h1>
      <p>{t("error.text")}</p>
      <p>
        <a href={`${import.meta.env.BASE_URL}${pathname.replace(/^\//, "")}`}>{t("error.reload")}</a>
      </p>
    </>
  );
  return inPage ? (
    <div className="not-found" lang={lang}>
      {content}
    </div>
  ) : (
    <main id="main" className="not-found" lang={lang}>
      {content}
    </main>
  );
}
