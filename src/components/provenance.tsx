import { Link } from "react-router";
import { essayIndex } from "../content/load-content.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { formatDate, languageName, languages } from "../i18n/languages.ts";
import { pathFor } from "../paths.ts";
import { site } from "../site.ts";

/** Who wrote what: translations name their original; the original names its translations. */
export function Provenance() {
  const { lang, t } = useLocale();
  const original = site.originalLanguage;

  if (lang !== original) {
    const published = essayIndex.get(original)?.date ?? "";
    return (
      <p className="provenance">
        {t("provenance.translation", {
          language: languageName(original, lang),
          author: site.author.name,
          date: formatDate(published, lang).replaceAll(" ", "\u00a0"),
        })}{" "}
        <Link to={pathFor("essay", original)} hrefLang={original}>
          {t("provenance.readOriginal")}
        </Link>
      </p>
    );
  }

  const translations = languages.filter((other) => other !== original);
  if (translations.length === 0) return null;
  return (
    <p className="provenance">
      {t("provenance.translationsAvailable")}{" "}
      {translations.map((other, i) => (
        <span key={other}>
          {i > 0 && ", "}
          <Link to={pathFor("essay", other)} hrefLang={other} lang={other}>
            {essayIndex.get(other)?.title} ({languageName(other)})
          </Link>
        </span>
      ))}
    </p>
  );
}
