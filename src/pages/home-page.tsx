import { useEffect } from "react";
import { Link, useNavigate } from "react-router";
import { fragmentId } from "../lib/fragment-id.ts";
import { useLoaderData, useLocation } from "../router/page-context.ts";
import { EssayList } from "../components/essay-list.tsx";
import { useDocumentHead } from "../hooks/use-document-head.ts";
import { useLocale } from "../hooks/use-locale.ts";
import type { HomeData } from "../page-data/types.ts";
import { site } from "../site.ts";

/** The publication's home in a language: the newest essay as a cover, then the others, then those not in it. */
export function HomePage() {
  const data = useLoaderData<HomeData>();
  const { t } = useLocale();
  useDocumentHead(data.head);
  const { cover } = data;
  const { search, hash } = useLocation();
  const navigate = useNavigate();
  // A paragraph's old address (`/de/#grown-apart`, from when the essay was the home): on to that paragraph.
  const essay = hash ? data.anchors?.[fragmentId(hash)] : undefined;
  useEffect(() => {
    if (essay) void navigate(`${essay}${search}${hash}`, { replace: true });
  }, [essay, search, hash, navigate]);

  return (
    <div className="home">
      <h1 className="home__title" tabIndex={-1}>
        {site.author.name}
        <span className="home__subtitle">
          {data.page === 1 ? t("home.title") : t("home.pageOf", { page: data.page, count: data.pageCount })}
        </span>
      </h1>
      {cover && (
        <article className="home-cover" aria-labelledby="home-cover-title">
          <p className="kicker">{t("home.latest")}</p>
          <h2 id="home-cover-title" className="home-cover__title">
            <Link to={cover.essay.path}>{cover.essay.title}</Link>
          </h2>
          <p className="home-cover__meta">
            <time dateTime={cover.essay.date}>{cover.essay.dateLabel}</time> ·{" "}
            {t("byline.readingTime", { count: cover.essay.minutes })}
          </p>
          <p className="home-cover__opening">{cover.opening}</p>
        </article>
      )}
      {data.essays.length > 0 && (
        <section aria-labelledby="home-list">
          <h2 id="home-list">{t("home.listHeading")}</h2>
          <EssayList essays={data.essays} />
        </section>
      )}
      {!cover && data.essays.length === 0 && <p>{t("home.empty")}</p>}
      {data.elsewhere.length > 0 && (
        <section aria-labelledby="home-elsewhere">
          <h2 id="home-elsewhere">{t("home.elsewhereHeading")}</h2>
          <EssayList essays={data.elsewhere} />
        </section>
      )}
      {(data.newer ?? data.older) && (
        <nav className="pagination" aria-label={t("home.pages")}>
          {data.newer && (
            <Link to={data.newer} rel="prev">
              {t("home.newer")}
            </Link>
          )}
          {data.older && (
            <Link to={data.older} rel="next">
              {t("home.older")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
