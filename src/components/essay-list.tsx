import { Link } from "react-router";
import { useLocale } from "../hooks/use-locale.ts";
import type { EssaySummary } from "../page-data/types.ts";

/** Essays as a list: title, date, reading time, description, and the languages each exists in. */
export function EssayList({ essays, pageLang }: { essays: readonly EssaySummary[]; pageLang?: string }) {
  const { lang, t } = useLocale();
  const here = pageLang ?? lang;
  return (
    <ul className="essay-list">
      {essays.map((essay) => (
        <li key={essay.id} {...(essay.lang !== here && { lang: essay.lang })}>
          <h3 className="essay-list__title">
            <Link to={essay.path} hrefLang={essay.lang}>
              {essay.title}
            </Link>
          </h3>
          <p>{essay.description}</p>
          <p className="essay-list__meta" lang={here}>
            <time dateTime={essay.date}>{essay.dateLabel}</time> · {t("byline.readingTime", { count: essay.minutes })}
            {essay.languages.length > 1 && (
              <>
                {" "}
                · {t("home.availableIn")}{" "}
                {essay.languages.map((other, i) => (
                  <span key={other.lang}>
                    {i > 0 && ", "}
                    <Link to={other.path} hrefLang={other.lang}>
                      {other.name}
                    </Link>
                  </span>
                ))}
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
