import { Suspense, useMemo, useRef } from "react";
import { useLoaderData, useLocation } from "../router/page-context.ts";
import { AuthorCard } from "../components/author-card.tsx";
import { Byline } from "../components/byline.tsx";
import { EssayParagraph } from "../components/essay-paragraph.tsx";
import { Provenance } from "../components/provenance.tsx";
import { useCounterpart } from "../hooks/use-counterpart.ts";
import { useDocumentHead } from "../hooks/use-document-head.ts";
import { useArrivesAtTop } from "../hooks/use-arrives-at-top.ts";
import { useResumePosition } from "../hooks/use-resume-position.ts";
import { lazyComponent } from "../lib/lazy-component.ts";
import { navigationState } from "../lib/navigation-state.ts";
import type { EssayData } from "../page-data/types.ts";

// Offered only after hydration, in room reserved before the first paint: its code loads then, without shifting anything.
const ResumePrompt = lazyComponent(() =>
  import("../components/resume-prompt.tsx").then((module) => module.ResumePrompt),
);

export function EssayPage() {
  const data = useLoaderData<EssayData>();
  const { essay, author, counterpart } = data;
  const location = useLocation();
  const article = useRef<HTMLElement>(null);
  const paragraphIds = useMemo(() => essay.paragraphs.map((paragraph) => paragraph.id), [essay]);
  const arrivedAtTop = useArrivesAtTop();
  const freshVisit = arrivedAtTop && !location.hash && !navigationState(location.state).anchor;
  const resume = useResumePosition(essay.id, paragraphIds, article, freshVisit);
  const other = useCounterpart(counterpart);
  useDocumentHead(data.head);

  return (
    <>
      <article ref={article} className="essay" aria-labelledby="essay-title">
        <header className="essay__header">
          <h1 id="essay-title" tabIndex={-1}>
            {essay.title}
          </h1>
          <Byline date={essay.date} dateLabel={essay.dateLabel} words={essay.words} title={essay.title} />
          <Provenance data={data} />
        </header>
        {/* Its room is reserved before the first paint when a position is stored (html[data-resume]). */}
        <div className="resume-slot">
          <Suspense>
            {resume.offer && (
              <ResumePrompt paragraph={resume.offer} onAccept={resume.accept} onDismiss={resume.dismiss} />
            )}
          </Suspense>
        </div>
        {essay.paragraphs.map((paragraph, index) => (
          <EssayParagraph
            key={paragraph.id}
            paragraph={paragraph}
            number={index + 1}
            {...(counterpart && {
              counterpart: {
                lang: counterpart.lang,
                name: counterpart.name,
                block: other.essay?.paragraphs.find((candidate) => candidate.id === paragraph.id),
                reveal: other.load,
              },
            })}
          />
        ))}
      </article>
      <AuthorCard author={author} />
    </>
  );
}
