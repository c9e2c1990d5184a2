import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Paragraph } from "../content/schema.ts";
import type { useLocale } from "../hooks/use-locale.ts";

/** A translation's original, as a lagging block's note names it (and, given its page, links to it). */
export interface OriginalRef {
  lang: string;
  languageName: string;
  path?: string | undefined;
}

/**
 * Said quietly under a translated block that lags its original, in the page's language (`lang`): revised since it
 * was translated (`stale`), or not translated yet and shown in the original (`missing`). Given the original's page,
 * a stale note links to the block there: one click, with or without JavaScript. A plain function like richBlock:
 * the states come with the page's data, the caller's `t` says them.
 */
export function freshnessNote(
  block: Pick<Paragraph, "id" | "freshness">,
  t: ReturnType<typeof useLocale>["t"],
  lang: string,
  original?: OriginalRef,
): ReactNode {
  if (!block.freshness) return null;
  return (
    <p className="freshness-note" lang={lang}>
      {block.freshness === "stale"
        ? t("paragraph.stale")
        : t("paragraph.missing", { language: original?.languageName ?? "" })}
      {block.freshness === "stale" && original?.path && (
        <>
          {" "}
          <Link to={`${original.path}#${block.id}`} hrefLang={original.lang}>
            {t("provenance.readOriginal")}
          </Link>
        </>
      )}
    </p>
  );
}
