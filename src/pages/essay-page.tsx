import { useRef } from "react";
import { useLoaderData } from "react-router";
import { AuthorCard } from "../components/author-card.tsx";
import { Byline } from "../components/byline.tsx";
import { Provenance } from "../components/provenance.tsx";
import { ReadingProgress } from "../components/reading-progress.tsx";
import { loadAuthor, loadEssay } from "../content/load-content.ts";
import { useDocumentHead } from "../hooks/use-document-head.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { site } from "../site.ts";

export const essayLoader = async (lang: string) => {
  const [essay, author] = await Promise.all([loadEssay(lang), loadAuthor(lang)]);
  return { essay, author };
};

export function EssayPage() {
  const { essay, author } = useLoaderData<Awaited<ReturnType<typeof essayLoader>>>();
  const { lang } = useLocale();
  const article = useRef<HTMLElement>(null);
  useDocumentHead({
    lang,
    page: "essay",
    title: `${essay.title} – ${site.author.name}`,
    description: essay.description,
  });

  return (
    <>
      <ReadingProgress target={article} />
      <article ref={article} className="essay" aria-labelledby="essay-title">
        <header className="essay__header">
          <h1 id="essay-title" tabIndex={-1}>
            {essay.title}
          </h1>
          <Byline date={essay.date} words={essay.words} />
          <Provenance />
        </header>
        {essay.paragraphs.map((paragraph) => (
          <p key={paragraph.id} id={paragraph.id}>
            {paragraph.text}
          </p>
        ))}
      </article>
      <AuthorCard author={author} />
    </>
  );
}
