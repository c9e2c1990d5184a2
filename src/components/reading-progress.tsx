import { useLocale } from "../hooks/use-locale.ts";
import { useReadingProgress } from "../hooks/use-reading-progress.ts";
import { site } from "../site.ts";

/**
 * The bar along the top edge, and the minutes left (in the header, so it never covers the text; decorative:
 * the bar carries the value for assistive technology). Both count the words still below the reading line.
 */
export function ReadingProgress() {
  const { t } = useLocale();
  const position = useReadingProgress();
  const percent = position?.percent ?? 0;
  const minutesLeft = position && Math.ceil(position.wordsLeft / site.wordsPerMinute);
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
        {position &&
          (position.finished ? t("progress.done") : t("progress.left", { count: Math.max(1, minutesLeft ?? 1) }))}
      </span>
    </>
  );
}
