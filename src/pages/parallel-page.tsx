import { useLoaderData } from "../router/page-context.ts";
import { AuthorCard } from "../components/author-card.tsx";
import { Byline } from "../components/byline.tsx";
import { EssayParagraph } from "../components/essay-paragraph.tsx";
import { freshnessNote } from "../components/freshness-note.tsx";
import { richBlock } from "../components/rich-text.tsx";
import type { Paragraph } from "../content/schema.ts";
import { useDocumentHead } from "../hooks/use-document-head.ts";
import type { ParallelData } from "../page-data/types.ts";

/**
 * The essay beside its counterpart, paragraph by paragraph. One grid: on wide screens each pair shares
 * a row (the longer paragraph sets its height, so pairs stay aligned); on narrow ones the pairs interleave.
 */
export function ParallelPage() {
  const data = useLoaderData<ParallelData>();
  const { essay, counterpart, author, names } = data;
  const other = counterpart.lang;
  useDocumentHead(data.head);

  return (
    <>
      <article className="parallel" aria-labelledby="essay-title">
        <header className="essay__header">
          <h1 id="essay-title" tabIndex={-1}>
            {essay.title}
            <span className="parallel__subtitle" lang={other}>
              {counterpart.title}
            </span>
          </h1>
          <Byline date={essay.date} dateLabel={essay.dateLabel} words={essay.words} title={essay.title} />
        </header>
        <div className="parallel__grid">
          <p className="parallel__language" aria-hidden="true">
            {names.own}
          </p>
          <p className="parallel__language" lang={other} aria-hidden="true">
            {names.other}
          </p>
          {essay.paragraphs.map((paragraph, index) => (
            <ParallelPair
              key={paragraph.id}
              number={index + 1}
              paragraph={paragraph}
              other={other}
              block={counterpart.paragraphs.find((candidate) => candidate.id === paragraph.id)}
            />
          ))}
        </div>
      </article>
      <AuthorCard author={author} />
    </>
  );
}

/** One row: a block and its counterpart. A pair whose translation lags the original is marked on both sides. */
function ParallelPair({
  paragraph,
  number,
  other,
  block,
}: {
  paragraph: Paragraph;
  number: number;
  other: string;
  block: Paragraph | undefined;
}) {
  const freshness = paragraph.freshness ?? block?.freshness;
  return (
    <EssayParagraph
      paragraph={paragraph}
      number={number}
      marked={freshness}
      companion={
        <div className={freshness ? `parallel__cell parallel__cell--${freshness}` : "parallel__cell"}>
          <div className="parallel__counterpart" lang={block?.lang ?? other} data-paragraph={paragraph.id}>
            {block && richBlock(block)}
          </div>
          {block && freshnessNote(block)}
        </div>
      }
    />
  );
}
