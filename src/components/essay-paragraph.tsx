import { useId, useState, type ReactNode } from "react";
import type { Paragraph } from "../content/schema.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { freshnessNote } from "./freshness-note.tsx";
import { richBlock } from "./rich-text.tsx";

interface Props {
  paragraph: Paragraph;
  number: number;
  /** The other language's block with this id, once loaded; `reveal` loads it. */
  counterpart?: { lang: string; name: string; block: Paragraph | undefined; reveal: () => Promise<unknown> };
  /** What belongs to the paragraph before its tools (the parallel view's counterpart). */
  companion?: ReactNode;
  /** In the parallel view: the pair's translation lags, though this side is the original. */
  marked?: "stale" | "missing" | undefined;
}

/**
 * One block of the essay (a paragraph, heading, quote, list, code, figure): its id is the same in every language, so
 * `#id` links survive a language switch. Its tools (a link to itself, and the counterpart in the other language)
 * draw their visible text with CSS (`data-label`) and carry it as their name: the page's text, as copied or
 * extracted by reader modes, is then the essay's alone. A section break is a place, not text: it keeps its id but
 * has no tools. A translated block that lags its original carries a note under it.
 */
export function EssayParagraph({ paragraph, number, counterpart, companion, marked }: Props) {
  const { t, lang } = useLocale();
  const [revealed, setRevealed] = useState(false);
  const revealId = useId();
  // A missing block already shows the original: there is nothing else to reveal.
  const other = paragraph.freshness === "missing" ? undefined : counterpart;
  const shown = other?.block;
  const mark = paragraph.freshness ?? marked;

  const toggle = async () => {
    try {
      if (!revealed && other) await other.reveal();
      setRevealed(!revealed);
    } catch {
      // The other language could not be fetched (offline before it was cached): the paragraph stays as it is.
    }
  };
  const revealLabel = other && t(revealed ? "paragraph.conceal" : "paragraph.reveal", { language: other.name });

  if (paragraph.type === "section-break") return richBlock(paragraph, true);
  return (
    <div className={mark ? `paragraph paragraph--${mark}` : "paragraph"}>
      {richBlock(paragraph, true)}
      {freshnessNote(paragraph)}
      {companion}
      <div className="paragraph-tools">
        <a
          href={`#${paragraph.id}`}
          className="paragraph-tools__link"
          aria-label={t("paragraph.link", { number })}
          data-label="¶"
        />
        {other && (
          <button
            type="button"
            className="paragraph-tools__reveal"
            aria-expanded={revealed}
            aria-controls={revealId}
            aria-label={revealLabel}
            data-label={revealLabel}
            onClick={() => void toggle()}
          />
        )}
      </div>
      {other && (
        <div id={revealId} className="paragraph__counterpart" lang={other.lang} hidden={!revealed}>
          {revealed &&
            shown &&
            (shown.freshness === "missing" ? (
              <p lang={lang}>{t("paragraph.untranslated", { language: other.name })}</p>
            ) : (
              <>
                {richBlock(shown)}
                {freshnessNote(shown, false)}
              </>
            ))}
        </div>
      )}
    </div>
  );
}
