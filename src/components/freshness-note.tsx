import { Link } from "react-router";
import type { Paragraph } from "../content/schema.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { useLanguageNames } from "../hooks/use-page-data.ts";

/**
 * Said quietly under a translated paragraph that lags its original, in the page's language: revised since it was
 * translated (`stale`), or not translated yet and shown in the original (`missing`, whose `lang` is the original's).
 * Given the original's page, a stale note links to the paragraph there: one click, with or without JavaScript.
 */
export function FreshnessNote({
  paragraph,
  original,
}: {
  paragraph: Pick<Paragraph, "id" | "freshness" | "lang">;
  original?: { path: string; lang: string } | undefined;
}) {
  const { t, lang } = useLocale();
  const names = useLanguageNames();
  if (!paragraph.freshness) return null;
  const from = paragraph.lang ?? "";
  return (
    // `lang` of the page: the note may sit inside a passage in the other language.
    <p className="freshness-note" lang={lang}>
      {paragraph.freshness === "stale"
        ? t("paragraph.stale")
        : t("paragraph.missing", { language: names[from]?.here ?? from })}
      {paragraph.freshness === "stale" && original && (
        <>
          {" "}
          <Link to={`${original.path}#${paragraph.id}`} hrefLang={original.lang}>
            {t("provenance.readOriginal")}
          </Link>
        </>
      )}
    </p>
  );
}
