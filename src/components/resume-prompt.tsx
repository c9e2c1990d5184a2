import { useLocale } from "../hooks/use-locale.ts";

/** "Continue where you left off": offered, never imposed. Shown fixed at the bottom, so nothing shifts. */
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
        {t("resume.prompt")}
      </button>
      <button type="button" className="resume-prompt__dismiss" onClick={onDismiss}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{t("resume.dismiss")}</span>
      </button>
    </div>
  );
}
