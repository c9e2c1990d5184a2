import { useId, useState, type ReactNode } from "react";
import type { Paragraph } from "../content/schema.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { richBlock } from "./rich-text.tsx";

interface Props {
  paragraph: Paragraph;
  number: number;
  /** The other language's block with this id, once loaded; `reveal` loads it. */
  counterpart?: { lang: string; name: string; block: Paragraph | undefined; reveal: () => Promise<unknown> };
  /** What belongs to the paragraph before its tools (the parallel view's counterpart). */
  companion?: ReactNode;
}

/**
 * One block of the essay (a paragraph, heading, quote, list, code, figure): its id is the same in every language, so
 * `#id` links survive a language switch. Its tools (a link to itself, and the counterpart in the other language)
 * draw their visible text with CSS (`data-label`) and carry it as their name: the page's text, as copied or
 * extracted by reader modes, is then the essay's alone. A section break is a place, not text: it keeps its id but
 * has no tools.
 */
export function EssayParagraph({ paragraph, number, counterpart, companion }: Props) {
  const { t } = useLocale();
  const [revealed, setRevealed] = useState(false);
  const revealId = useId();

  const toggle = async () => {
    try {
      if (!revealed && counterpart) await counterpart.reveal();
      setRevealed(!revealed);
    } catch {
      // The other language could not be fetched (offline before it was cached): the paragraph stays as it is.
    }
  };
  const revealLabel =
    counterpart && t(revealed ? "paragraph.conceal" : "paragraph.reveal", { language: counterpart.name });

  if (paragraph.type === "section-break") return richBlock(paragraph, true);
  return (
    <div className="paragraph">
      {richBlock(paragraph, true)}
      {companion}
      <div className="paragraph-tools">
        <a
          href={`#${paragraph.id}`}
          className="paragraph-tools__link"
          aria-label={t("paragraph.link", { number })}
          data-label="¶"
        />
        {counterpart && (
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
      {counterpart && (
        <div id={revealId} className="paragraph__counterpart" lang={counterpart.lang} hidden={!revealed}>
          {revealed && counterpart.block && richBlock(counterpart.block)}
        </div>
      )}
    </div>
  );
}
