import { Link } from "react-router";
import { essayIndex } from "../content/load-content.ts";
import { useDocumentHead } from "../hooks/use-document-head.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { pathFor } from "../paths.ts";
import { site } from "../site.ts";

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
      <p>{t("notFound.text")}</p>
      <p>
        <Link to={pathFor("essay", lang)}>{t("notFound.home", { title: essayIndex.get(lang)?.title ?? "" })}</Link>
      </p>
    </div>
  );
}
