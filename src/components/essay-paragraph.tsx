import { useId, useState, type ReactNode } from "react";
import type { Paragraph } from "../content/schema.ts";
import { useLocale } from "../hooks/use-locale.ts";

interface Props {
  paragraph: Paragraph;
  number: number;
  /** The other language's text of this paragraph, once loaded; `reveal` loads it. */
  counterpart?: { lang: string; name: string; text: string | undefined; reveal: () => Promise<unknown> };
  /** What belongs to the paragraph before its tools (the parallel view's counterpart). */
  companion?: ReactNode;
}

/**
 * One paragraph of the essay: its id is the same in every language, so `#id` links survive a language
 * switch. Its tools (a link to itself, and the counterpart in the other language) draw their visible text
 * with CSS (`data-label`) and carry it as their name: the page's text, as copied or extracted by reader
 * modes, is then the essay's alone.
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

  return (
    <div className="paragraph">
      <p id={paragraph.id} data-paragraph={paragraph.id} tabIndex={-1}>
        {paragraph.text}
      </p>
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
        <p id={revealId} className="paragraph__counterpart" lang={counterpart.lang} hidden={!revealed}>
          {revealed ? counterpart.text : null}
        </p>
      )}
    </div>
  );
}
