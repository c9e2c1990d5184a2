import type { RefObject } from "react";
import { useLocale } from "../hooks/use-locale.ts";
import { useReadingProgress } from "../hooks/use-reading-progress.ts";

export function ReadingProgress({ target }: { target: RefObject<HTMLElement | null> }) {
  const { t } = useLocale();
  const percent = useReadingProgress(target);
  return (
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
  );
}
