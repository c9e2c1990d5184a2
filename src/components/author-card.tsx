import { Link } from "react-router";
import type { Author } from "../content/schema.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { pathFor } from "../page-kinds.ts";
import { site } from "../site.ts";
import { Avatar } from "./avatar.tsx";
import { ExternalLink } from "./external-link.tsx";

export function AuthorCard({ author }: { author: Author }) {
  const { lang, t } = useLocale();
  const { name } = site.author;
  return (
    <aside className="author-card" aria-labelledby="author-card-name">
      <Avatar size={64} />
      <div>
        <h2 id="author-card-name" className="author-card__name">
          {t("author.cardLabel", { name })}
        </h2>
        {author.bio.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p className="author-card__links">
          <Link to={pathFor("author", lang)}>{t("author.profile", { name })}</Link>
          <ExternalLink href={site.author.website}>{site.author.websiteLabel}</ExternalLink>
        </p>
      </div>
    </aside>
  );
}
