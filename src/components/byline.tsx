import { Link } from "react-router";
import { useLocale } from "../hooks/use-locale.ts";
import { pathFor } from "../page-kinds.ts";
import { site } from "../site.ts";
import { ShareButton } from "./share-button.tsx";

/** Author, date, reading time, and sharing. */
export function Byline({
  date,
  dateLabel,
  words,
  title,
}: {
  date: string;
  dateLabel: string;
  words: number;
  title: string;
}) {
  const { lang, t } = useLocale();
  const minutes = Math.max(1, Math.ceil(words / site.wordsPerMinute));
  return (
    <div className="byline">
      <span>
        {t("byline.by")} <Link to={pathFor("author", lang)}>{site.author.name}</Link>
      </span>
      <span>
        <span className="visually-hidden">{t("byline.published")} </span>
        <time dateTime={date}>{dateLabel}</time>
      </span>
      <span>{t("byline.readingTime", { count: minutes })}</span>
      <ShareButton title={title} />
    </div>
  );
}
