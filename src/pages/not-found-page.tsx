import { Fragment } from "react";
import { Link } from "react-router";
import { useLoaderData } from "../router/page-context.ts";
import { useDocumentHead } from "../hooks/use-document-head.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { i18n, registerMessages } from "../i18n/i18n.ts";
import { languages } from "../i18n/languages.ts";
import { pathFor } from "../page-kinds.ts";
import { site } from "../site.ts";
import type { rootLoader } from "./language-root.tsx";

/**
 * A 404 in the language of the path's prefix (`/en/…`); outside every language (the route loads every language's
 * strings), in all of them, each passage marked with its own.
 */
export function NotFoundPage() {
  // Under a language, the route has no loader: no data.
  const messages = useLoaderData<Awaited<ReturnType<typeof rootLoader>> | undefined>()?.messages;
  for (const [lang, bundle] of Object.entries(messages ?? {})) registerMessages(lang, bundle);
  const { lang } = useLocale();
  const shown = messages ? languages : [lang];
  const say = (key: "notFound.title" | "notFound.description") =>
    shown.map((other) => i18n.getFixedT(other)(key)).join(" · ");
  useDocumentHead({
    lang,
    kind: "not-found",
    title: `${say("notFound.title")} – ${site.author.name}`,
    description: say("notFound.description"),
    alternates: {},
  });
  return (
    <div className="not-found">
      <h1 tabIndex={-1}>
        {shown.map((other, index) => (
          <Fragment key={other}>
            {index > 0 && " · "}
            <span lang={other}>{i18n.getFixedT(other)("notFound.title")}</span>
          </Fragment>
        ))}
      </h1>
      {shown.map((other) => {
        const t = i18n.getFixedT(other);
        return (
          <div key={other} lang={other}>
            <p>{t("notFound.text")}</p>
            <p>
              <Link to={pathFor("home", other)}>{t("notFound.home")}</Link>
            </p>
          </div>
        );
      })}
    </div>
  );
}
