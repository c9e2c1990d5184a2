import "./update-notice.css";
import { useLocale } from "../hooks/use-locale.ts";

/** A polite offer to load the newly deployed version; the reader decides when. */
export function UpdateNotice({ onReload }: { onReload: () => void }) {
  const { t } = useLocale();
  return (
    <div className="update-notice" role="status">
      <p>{t("update.available")}</p>
      <button type="button" onClick={onReload}>
        {t("update.reload")}
      </button>
    </div>
  );
}
