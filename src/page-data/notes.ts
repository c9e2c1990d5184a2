import type { TFunction } from "i18next";
import type { Paragraph } from "../content/schema.ts";
import { languageName } from "../i18n/languages.ts";

/**
 * A translation's blocks with the note each lagging one carries, said in `lang` (the page's): revised since it was
 * translated (`stale`, linked to the block on the original's page when given), or not translated yet and shown in
 * the original (`missing`).
 */
export function withNotes(
  blocks: readonly Paragraph[],
  t: TFunction,
  lang: string,
  original?: { lang: string; path: string },
): Paragraph[] {
  return blocks.map((block) => {
    if (!block.freshness) return block;
    const text =
      block.freshness === "stale"
        ? t("paragraph.stale")
        : t("paragraph.missing", { language: languageName(block.lang ?? "", lang) });
    const link =
      block.freshness === "stale" && original
        ? { to: `${original.path}#${block.id}`, lang: original.lang, label: t("provenance.readOriginal") }
        : undefined;
    return { ...block, note: { text, lang, ...(link && { link }) } };
  });
}
