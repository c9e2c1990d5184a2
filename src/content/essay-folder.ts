import { existsSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { compileEssay, ContentError } from "./compile-content.ts";
import type { EssayRecord, EssayText } from "./schema.ts";

// The translation commands read essays one folder at a time, through the build's own compiler (same checks, same
// messages), so they work on any content folder and need no author pages.

/** A path as messages show it: relative to the working directory when inside it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel || ".";
}

/** The ids of the essays in `<dir>/essays/`, sorted; throws naming the folder if there is none. */
export function essayIds(dir: string): string[] {
  const essays = join(dir, "essays");
  if (!existsSync(essays))
    throw new ContentError(`${shownPath(essays)}: no such folder (set CONTENT_DIR to a content folder)`);
  return readdirSync(essays, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** `<dir>/essays/<id>/`, compiled; throws naming the folder (and the essays there) or the file and field at fault. */
export function readEssay(dir: string, id: string): EssayRecord {
  const folder = join(dir, "essays", id);
  if (!existsSync(folder)) {
    throw new ContentError(`${shownPath(folder)}: no such essay (essays: ${essayIds(dir).join(", ") || "none"})`);
  }
  return compileEssay(folder, shownPath(folder));
}

/** A translation of an essay; throws naming the file, and the translations there are, when it is not one. */
export function translationOf(essay: EssayRecord, lang: string): EssayText & Required<Pick<EssayText, "freshness">> {
  const text = essay.texts[lang];
  if (lang === essay.original)
    throw new ContentError(`${text?.file ?? essay.id}: "${lang}" is the original, not a translation`);
  if (text?.freshness) return { ...text, freshness: text.freshness };
  const existing = essay.languages.filter((l) => l !== essay.original).join(", ") || "none yet";
  const folder = dirname(essay.texts[essay.original]?.file ?? essay.id);
  throw new ContentError(
    `${join(folder, `${lang}.md`)}: no such translation (translations of ${essay.id}: ${existing})`,
  );
}
