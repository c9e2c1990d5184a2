import { useState } from "react";
import { useLocation } from "react-router";
import { absoluteUrl } from "../head/urls.ts";
import { useLocale } from "../hooks/use-locale.ts";

/**
 * Shares the page's canonical address, or the paragraph's when the address points at one: the
 * system share sheet where there is one, else a copy to the clipboard, confirmed politely.
 */
export function ShareButton({ title }: { title: string }) {
  const { t } = useLocale();
  const { pathname, hash } = useLocation();
  const [message, setMessage] = useState("");

  const share = async () => {
    const paragraph = hash && document.querySelector(`article [data-paragraph="${CSS.escape(hash.slice(1))}"]`);
    const url = absoluteUrl(pathname) + (paragraph ? hash : "");
    if ("share" in navigator) {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing to do. Any other failure: fall back to copying.
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t("share.copied", { url }));
    } catch {
      setMessage(t("share.failed", { url }));
    }
  };

  return (
    <span className="share">
      <button type="button" className="share__button" onClick={() => void share()}>
        {t("share.button")}
      </button>
      <span className="share__status" role="status">
        {message}
      </span>
    </span>
  );
}
