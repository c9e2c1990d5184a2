import { Fragment } from "react";
import { Link, useLoaderData } from "react-router";
import { essayIndex } from "../content/load-content.ts";
import { useDocumentHead } from "../hooks/use-document-head.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { i18n, loadMessages, registerMessages, type Messages } from "../i18n/i18n.ts";
import { languages } from "../i18n/languages.ts";
import { pathFor } from "../paths.ts";
import { site } from "../site.ts";

/** A 404 in the language of the path's prefix (`/en/…`). */
export function NotFoundPage() {
  const { lang, t } = useLocale();
  useDocumentHead({
    lang,
    page: "not-found",
    title: `${t("notFound.title")} – ${site.author.name}`,
    description: t("notFound.description"),
  });
  return (
    <div className="not-found">
      <h1 tabIndex={-1}>{t("notFound.title")}</h1>
      <NotFoundText lang={lang} />
    </div>
  );
}

export const everyLanguageLoader = async () => ({
  messages: Object.fromEntries(
    await Promise.all(languages.map(async (lang) => [lang, await loadMessages(lang)] as const)),
  ) as Record<string, Messages>,
});

/**
 * A 404 outside every language (`/no-such-page`, and the root `404.html` that hosts serve for any unknown address):
 * no path says which language the reader wants, so it speaks all of them, each passage marked with its own.
 */
export function NotFoundEveryLanguage() {
  const { messages } = useLoaderData<Awaited<ReturnType<typeof everyLanguageLoader>>>();
  for (const [lang, bundle] of Object.entries(messages)) registerMessages(lang, bundle);
  const { lang } = useLocale();
  const translated = (key: "notFound.title" | "notFound.description") =>
    languages.map((other) => i18n.getFixedT(other)(key)).join(" · ");
  useDocumentHead({
    lang,
    page: "not-found",
    title: `${translated("notFound.title")} – ${site.author.name}`,
    description: translated("notFound.description"),
  });
  return (
    <div className="not-found">
      <h1 tabIndex={-1}>
        {languages.map((other, index) => (
          <Fragment key={other}>
            {index > 0 && " · "}
            <span lang={other}>{i18n.getFixedT(other)("notFound.title")}</span>
          </Fragment>
        ))}
      </h1>
      {languages.map((other) => (
        <div key={other} lang={other}>
          <NotFoundText lang={other} />
        </div>
      ))}
    </div>
  );
}

function NotFoundText({ lang }: { lang: string }) {
  const t = i18n.getFixedT(lang);
  return (
    <>
      <p>{t("notFound.text")}</p>
      <p>
        <Link to={pathFor("essay", lang)} hrefLang={lang}>
          {t("notFound.home", { title: essayIndex.get(lang)?.title ?? "" })}
        </Link>
      </p>
    </>
  );
}
