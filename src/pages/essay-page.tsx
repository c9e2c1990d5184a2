import { useMemo, useRef } from "react";
import { useLoaderData, useLocation } from "react-router";
import { AuthorCard } from "../components/author-card.tsx";
import { Byline } from "../components/byline.tsx";
import { EssayParagraph } from "../components/essay-paragraph.tsx";
import { Provenance } from "../components/provenance.tsx";
import { ResumePrompt } from "../components/resume-prompt.tsx";
import { loadAuthor, loadEssay } from "../content/load-content.ts";
import { useCounterpart } from "../hooks/use-counterpart.ts";
import { useDocumentHead } from "../hooks/use-document-head.ts";
import { useArrivesAtTop } from "../hooks/use-arrives-at-top.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { useResumePosition } from "../hooks/use-resume-position.ts";
import { counterpartLanguage } from "../i18n/languages.ts";
import { navigationState } from "../lib/navigation-state.ts";
import { site } from "../site.ts";

export const essayLoader = async (lang: string) => {
  const [essay, author] = await Promise.all([loadEssay(lang), loadAuthor(lang)]);
  return { essay, author };
};

export function EssayPage() {
  const { essay, author } = useLoaderData<Awaited<ReturnType<typeof essayLoader>>>();
  const { lang } = useLocale();
  const location = useLocation();
  const article = useRef<HTMLElement>(null);
  const paragraphIds = useMemo(() => essay.paragraphs.map((paragraph) => paragraph.id), [essay]);
  const arrivedAtTop = useArrivesAtTop();
  const freshVisit = arrivedAtTop && !location.hash && !navigationState(location.state).anchor;
  const resume = useResumePosition(essay.id, paragraphIds, article, freshVisit);
  const otherLang = counterpartLanguage(lang);
  const counterpart = useCounterpart(otherLang);
  useDocumentHead({
    lang,
    page: "essay",
    title: `${essay.title} – ${site.author.name}`,
    description: essay.description,
  });

  return (
    <>
      <article ref={article} className="essay" aria-labelledby="essay-title">
        <header className="essay__header">
          <h1 id="essay-title" tabIndex={-1}>
            {essay.title}
          </h1>
          <Byline date={essay.date} words={essay.words} title={essay.title} />
          <Provenance />
        </header>
        {/* Its room is reserved before the first paint when a position is stored (html[data-resume]). */}
        <div className="resume-slot">
          {resume.offer && (
            <ResumePrompt paragraph={resume.offer} onAccept={resume.accept} onDismiss={resume.dismiss} />
          )}
        </div>
        {essay.paragraphs.map((paragraph, index) => (
          <EssayParagraph
            key={paragraph.id}
            paragraph={paragraph}
            number={index + 1}
            {...(otherLang !== lang && {
              counterpart: {
                lang: otherLang,
                text: counterpart.essay?.paragraphs.find((other) => other.id === paragraph.id)?.text,
                reveal: counterpart.load,
              },
            })}
          />
        ))}
      </article>
      <AuthorCard author={author} />
    </>
  );
}
