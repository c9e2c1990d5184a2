import { Link } from "react-router";
import { useLoaderData } from "../router/page-context.ts";
import { Avatar } from "../components/avatar.tsx";
import { EssayList } from "../components/essay-list.tsx";
import { ExternalLink } from "../components/external-link.tsx";
import { useDocumentHead } from "../hooks/use-document-head.ts";
import { useLocale } from "../hooks/use-locale.ts";
import type { AuthorData } from "../page-data/types.ts";
import { site } from "../site.ts";

export function AuthorPage() {
  const data = useLoaderData<AuthorData>();
  const { author, essays, elsewhere } = data;
  const { t } = useLocale();
  const { name } = site.author;
  useDocumentHead(data.head);

  return (
    <article className="author-page" aria-labelledby="author-name">
      <header className="author-page__header">
        <Avatar size={112} />
        <div>
          <p className="kicker">{t("author.kicker")}</p>
          <h1 id="author-name" tabIndex={-1}>
            {name}
          </h1>
        </div>
      </header>
      {author.bio.map((paragraph) => (
        <p key={paragraph} className="author-page__bio">
          {paragraph}
        </p>
      ))}
      <p>
        {t("author.website")}: <ExternalLink href={site.author.website}>{site.author.websiteLabel}</ExternalLink>
      </p>
      <h2>{t("author.essaysHeading")}</h2>
      <EssayList essays={essays} />
      {elsewhere.length > 0 && (
        <>
          <h2>{t("author.elsewhereHeading")}</h2>
          <EssayList essays={elsewhere} />
        </>
      )}
      {data.allPath && (
        <p>
          <Link to={data.allPath}>{t("author.allEssays", { count: data.total })}</Link>
        </p>
      )}
    </article>
  );
}
