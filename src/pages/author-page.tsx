import { Link, useLoaderData } from "react-router";
import { Avatar } from "../components/avatar.tsx";
import { ExternalLink } from "../components/external-link.tsx";
import { loadAuthor, loadEssay } from "../content/load-content.ts";
import { useDocumentHead } from "../hooks/use-document-head.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { formatDate } from "../i18n/languages.ts";
import { pathFor } from "../paths.ts";
import { site } from "../site.ts";

export const authorLoader = async (lang: string) => {
  const [author, essay] = await Promise.all([loadAuthor(lang), loadEssay(lang)]);
  // One essay today; the list grows with the content folder. Only what the list shows goes into the page's data.
  const { title, date, description } = essay;
  return { author, essays: [{ lang, title, date, description }] };
};

export function AuthorPage() {
  const { author, essays } = useLoaderData<Awaited<ReturnType<typeof authorLoader>>>();
  const { lang, t } = useLocale();
  const { name } = site.author;
  useDocumentHead({ lang, page: "author", title: t("author.pageTitle", { name }), description: author.description });

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
      <ul className="essay-list">
        {essays.map((essay) => (
          <li key={essay.lang}>
            <Link to={pathFor("essay", lang)}>{essay.title}</Link>
            <p>
              <time dateTime={essay.date}>{formatDate(essay.date, lang)}</time> · {essay.description}
            </p>
          </li>
        ))}
      </ul>
    </article>
  );
}
