import { Link } from "react-router";
import { ExternalLink } from "./external-link.tsx";
import { useLocale } from "../hooks/use-locale.ts";
import type { EssayData } from "../page-data/types.ts";
import { site } from "../site.ts";

/** Who wrote what: translations name their original (and translator); the original names its translations. */
export function Provenance({ data }: { data: EssayData }) {
  const { t } = useLocale();
  const { original, translations, firstPublished } = data;
  const where = firstPublished && (
    <p className="provenance">
      <ExternalLink href={firstPublished.url}>{t("essay.firstPublished", { name: firstPublished.name })}</ExternalLink>
    </p>
  );

  if (original) {
    const credit = [
      data.translatedLabel && t("essay.translated", { date: data.translatedLabel }),
      data.translator && t("essay.translator", { name: data.translator }),
    ].filter(Boolean);
    return (
      <>
        <p className="provenance">
          {t("provenance.translation", {
            language: original.languageName,
            author: site.author.name,
            date: original.dateLabel.replaceAll(" ", "\u00a0"),
          })}{" "}
          {credit.length > 0 && `${credit.join(" ")} `}
          <Link to={original.path} hrefLang={original.lang}>
            {t("provenance.readOriginal")}
          </Link>
        </p>
        {where}
      </>
    );
  }

  return (
    <>
      {translations.length > 0 && (
        <p className="provenance">
          {t("provenance.translationsAvailable")}{" "}
          {translations.map((other, i) => (
            <span key={other.lang}>
              {i > 0 && ", "}
              <Link to={other.path} hrefLang={other.lang} lang={other.lang}>
                {other.title} ({other.name})
              </Link>
            </span>
          ))}
        </p>
      )}
      {where}
    </>
  );
}
