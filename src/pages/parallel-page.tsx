import { useLoaderData } from "react-router";
import { AuthorCard } from "../components/author-card.tsx";
import { Byline } from "../components/byline.tsx";
import { EssayParagraph } from "../components/essay-paragraph.tsx";
import { loadAuthor, loadEssay } from "../content/load-content.ts";
import { useDocumentHead } from "../hooks/use-document-head.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { counterpartLanguage, languageName } from "../i18n/languages.ts";
import { site } from "../site.ts";

export const parallelLoader = async (lang: string) => {
  const [essay, counterpart, author] = await Promise.all([
    loadEssay(lang),
    loadEssay(counterpartLanguage(lang)),
    loadAuthor(lang),
  ]);
  return { essay, counterpart, author };
};

/**
 * The essay beside its counterpart, paragraph by paragraph. One grid: on wide screens each pair shares
 * a row (the longer paragraph sets its height, so pairs stay aligned); on narrow ones the pairs interleave.
 */
export function ParallelPage() {
  const { essay, counterpart, author } = useLoaderData<Awaited<ReturnType<typeof parallelLoader>>>();
  const { lang, t } = useLocale();
  const other = counterpart.lang;
  useDocumentHead({
    lang,
    page: "parallel",
    title: `${t("view.pageTitle", { title: essay.title })} – ${site.author.name}`,
    description: t("view.description", {
      title: essay.title,
      first: languageName(lang, lang),
      second: languageName(other, lang),
    }),
  });

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
          <Byline date={essay.date} words={essay.words} title={essay.title} />
        </header>
        <div className="parallel__grid">
          <p className="parallel__language" aria-hidden="true">
            {languageName(lang)}
          </p>
          <p className="parallel__language" lang={other} aria-hidden="true">
            {languageName(other)}
          </p>
          {essay.paragraphs.map((paragraph, index) => (
            <ParallelPair
              key={paragraph.id}
              number={index + 1}
              paragraph={paragraph}
              other={other}
              text={counterpart.paragraphs.find((candidate) => candidate.id === paragraph.id)?.text ?? ""}
            />
          ))}
        </div>
      </article>
      <AuthorCard author={author} />
    </>
  );
}

function ParallelPair({
  paragraph,
  number,
  other,
  text,
}: {
  paragraph: { id: string; text: string };
  number: number;
  other: string;
  text: string;
}) {
  return (
    <EssayParagraph
      paragraph={paragraph}
      number={number}
      companion={
        <p className="parallel__counterpart" lang={other} data-paragraph={paragraph.id}>
          {text}
        </p>
      }
    />
  );
}
