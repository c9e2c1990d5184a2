import "./resume-prompt.css";
import { useLocale } from "../hooks/use-locale.ts";

/**
 * "Continue where you left off": offered, never imposed. In the text's flow above the essay (never over it), in
 * room reserved before the first paint, so nothing shifts when it appears.
 */
export function ResumePrompt({
  paragraph,
  onAccept,
  onDismiss,
}: {
  paragraph: string;
  onAccept: () => void;
  onDismiss: () => void;
}) {
  const { t } = useLocale();

  const resume = () => {
    const target = document.getElementById(paragraph);
    if (target) {
      // matchMedia may be missing (some embedded browsers): then no animation.
      const smooth =
        typeof window.matchMedia === "function" && !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      target.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "instant" });
      target.focus({ preventScroll: true });
    }
    onAccept();
  };

  return (
    <div className="resume-prompt" role="status">
      <button type="button" className="resume-prompt__resume" onClick={resume}>
        <span className="resume-prompt__long">{t("resume.prompt")}</span>
        <span className="resume-prompt__short">{t("resume.short")}</span>
      </button>
      <button type="button" className="resume-prompt__dismiss" onClick={onDismiss}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{t("resume.dismiss")}</span>
      </button>
    </div>
  );
}
