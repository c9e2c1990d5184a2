import { useMemo, useRef } from "react";
import { useLoaderData, useLocation } from "react-router";
import { AuthorCard } from "../components/author-card.tsx";
import { Byline } from "../components/byline.tsx";
import { Provenance } from "../components/provenance.tsx";
import { ReadingProgress } from "../components/reading-progress.tsx";
import { ResumePrompt } from "../components/resume-prompt.tsx";
import { loadAuthor, loadEssay } from "../content/load-content.ts";
import { useDocumentHead } from "../hooks/use-document-head.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { useResumePosition } from "../hooks/use-resume-position.ts";
import { absoluteUrl } from "../head/head-tags.ts";
import { navigationState } from "../lib/navigation-state.ts";
import { pathFor } from "../paths.ts";
import { site } from "../site.ts";

export const essayLoader = async (lang: string) => {
  const [essay, author] = await Promise.all([loadEssay(lang), loadAuthor(lang)]);
  return { essay, author };
};

export function EssayPage() {
  const { essay, author } = useLoaderData<Awaited<ReturnType<typeof essayLoader>>>();
  const { lang, t } = useLocale();
  const location = useLocation();
  const article = useRef<HTMLElement>(null);
  const paragraphIds = useMemo(() => essay.paragraphs.map((paragraph) => paragraph.id), [essay]);
  const freshVisit = !location.hash && !navigationState(location.state).anchor;
  const resume = useResumePosition(essay.id, paragraphIds, article, freshVisit);
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
        {resume.offer && <ResumePrompt paragraph={resume.offer} onAccept={resume.accept} onDismiss={resume.dismiss} />}
        {essay.paragraphs.map((paragraph) => (
          <p key={paragraph.id} id={paragraph.id} tabIndex={-1}>
            {paragraph.text}
          </p>
        ))}
        <p className="print-only">{t("print.source", { url: absoluteUrl(pathFor("essay", lang)) })}</p>
      </article>
      <AuthorCard author={author} />
    </>
  );
}
