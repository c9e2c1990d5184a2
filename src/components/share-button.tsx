import { useEffect, useRef, useState } from "react";
import { useDismiss } from "../hooks/use-dismiss.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { usePageAddress } from "../hooks/use-page-address.ts";
import { useLocation } from "../router/page-context.ts";

/** How long the confirmation stays: long enough to read it, short enough not to linger. */
const CONFIRMATION_MS = 4000;

type Outcome = { kind: "copied"; url: string } | { kind: "copy-by-hand"; url: string } | null;

/**
 * Shares the address the reader has open, or the paragraph's when the address points at one: the system share
 * sheet where there is one, else a copy to the clipboard, confirmed briefly. Where neither works, the address
 * appears selected in a read-only field, ready to copy. Both appear under the button, out of the text's flow.
 */
export function ShareButton({ title }: { title: string }) {
  const { t } = useLocale();
  const { hash } = useLocation();
  const address = usePageAddress();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const field = useRef<HTMLInputElement>(null);
  const container = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (outcome?.kind === "copied") {
      const timer = setTimeout(() => setOutcome(null), CONFIRMATION_MS);
      return () => clearTimeout(timer);
    }
    if (outcome?.kind !== "copy-by-hand") return;
    field.current?.focus();
    field.current?.select();
  }, [outcome]);
  // The field stays until the reader is done with it: Escape, or focus or a click elsewhere.
  useDismiss(container, outcome?.kind === "copy-by-hand", () => setOutcome(null));

  const share = async () => {
    const paragraph = hash && document.querySelector(`article [data-paragraph="${CSS.escape(hash.slice(1))}"]`);
    const url = address + (paragraph ? hash : "");
    // Each optional API may be missing, or present and refuse (no permission, no user activation, a policy).
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing to do. Any other failure: fall back to copying.
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    try {
      // Missing in insecure contexts and some embedded browsers, whatever the types say.
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (typeof clipboard?.writeText !== "function") throw new Error("no clipboard");
      await clipboard.writeText(url);
      setOutcome({ kind: "copied", url });
    } catch {
      setOutcome({ kind: "copy-by-hand", url });
    }
  };

  return (
    <span className="share" ref={container}>
      <button type="button" className="share__button" onClick={() => void share()}>
        {t("share.button")}
      </button>
      <span className="share__status" role="status">
        {outcome?.kind === "copied" && t("share.copied", { url: outcome.url })}
        {outcome?.kind === "copy-by-hand" && (
          <label>
            <span className="share__hint">{t("share.copyByHand")}</span>
            <input ref={field} className="share__url" type="url" readOnly value={outcome.url} />
          </label>
        )}
      </span>
    </span>
  );
}
