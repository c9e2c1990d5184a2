import type { RefObject } from "react";
import { useLocale } from "../hooks/use-locale.ts";
import { useReadingProgress } from "../hooks/use-reading-progress.ts";
import { site } from "../site.ts";

/** The bar at the top, and the minutes left (decorative: the bar carries the value for assistive technology). */
export function ReadingProgress({ target, words }: { target: RefObject<HTMLElement | null>; words: number }) {
  const { t } = useLocale();
  const percent = useReadingProgress(target);
  const minutesLeft = Math.ceil((words * (1 - percent / 100)) / site.wordsPerMinute);
  return (
    <>
      <div
        className="reading-progress"
        role="progressbar"
        aria-label={t("progress.label")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        {/* No style attribute at 0 (the stylesheet's default), so the static HTML needs no inline style under
            the CSP; React sets the transform through CSSOM, which the CSP allows. */}
        <div
          className="reading-progress__bar"
          style={percent > 0 ? { transform: `scaleX(${percent / 100})` } : undefined}
        />
      </div>
      <span className="reading-progress__left" aria-hidden="true">
        {minutesLeft > 0 ? t("progress.left", { count: minutesLeft }) : t("progress.done")}
      </span>
    </>
  );
}
