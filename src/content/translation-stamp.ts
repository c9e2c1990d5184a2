import { readFileSync, writeFileSync } from "node:fs";
import { isMap, isScalar, parseDocument } from "yaml";
import { join } from "node:path";
import { readEssay, shownPath, translationOf } from "./essay-folder.ts";
import { joinFrontMatter, splitFrontMatter } from "./front-matter.ts";
import { blockSource, fingerprint } from "./paragraph-fingerprint.ts";
import type { EssayRecord } from "./schema.ts";
import type { TranslationFreshness } from "./paragraph-states.ts";
import { idsIn } from "./translation-freshness.ts";

export interface Stamp {
  /** The original's fingerprint for each paragraph the translation has, in the translation's order. */
  sources: Record<string, string>;
  /** The day the translation was checked against the original, YYYY-MM-DD. */
  translated: string;
  /** Who translated, when given: a name, or e.g. "machine translation, reviewed by …". */
  translator?: string | undefined;
}

const stampKeys = ["translator", "translated", "sources"] as const;

/** What stamping records for a translation: fingerprints of the original's current text of its paragraphs. */
export function stampFor(essay: EssayRecord, lang: string, translated: string, translator?: string): Stamp {
  const { freshness } = translationOf(essay, lang);
  const texts = new Map(essay.texts[essay.original]?.paragraphs.map((p) => [p.id, blockSource(p)]));
  const sources: Record<string, string> = {};
  for (const { id, state } of freshness.paragraphs) {
    const text = texts.get(id);
    if ((state === "current" || state === "stale") && text !== undefined) sources[id] = fingerprint(text);
  }
  return { sources, translated, translator };
}

/**
 * Writes a stamp into a Markdown file's front matter (`translator`, `translated`, `sources`), through the YAML
 * Document API so every other key, comment and quoting style stays as written; the body is kept byte for byte.
 * Keys that exist are updated where they stand; new ones go in stamp order at the end. Throws naming the file on
 * invalid YAML.
 */
export function withStamp(source: string, file: string, stamp: Stamp): string {
  const parts = splitFrontMatter(source, file);
  const doc = parseDocument(parts.frontMatter);
  if (doc.errors.length > 0) throw new Error(`${file}: not valid YAML (front matter): ${doc.errors[0]?.message ?? ""}`);
  if (!isMap(doc.contents)) throw new Error(`${file}: the front matter must be a map of keys`);
  const map = doc.contents;
  // Each key where it stands; a new one before the stamp's later keys (translator, translated, sources), else last.
  const set = (key: (typeof stampKeys)[number], value: unknown) => {
    if (map.has(key)) {
      doc.set(key, typeof value === "string" ? value : doc.createNode(value));
      return;
    }
    const later = stampKeys.slice(stampKeys.indexOf(key) + 1) as readonly string[];
    const index = map.items.findIndex((pair) => isScalar(pair.key) && later.includes(String(pair.key.value)));
    map.items.splice(index === -1 ? map.items.length : index, 0, doc.createPair(key, value));
  };
  if (stamp.translator !== undefined) set("translator", stamp.translator);
  set("translated", stamp.translated);
  set("sources", stamp.sources);
  // lineWidth 0: never fold a long description onto several lines.
  const frontMatter = doc.toString({ lineWidth: 0 }).replace(/\n$/, "").replaceAll("\n", parts.newline);
  return joinFrontMatter({ ...parts, frontMatter });
}

/**
 * `npm run translation:stamp -- <essay> <lang>`: records in `<content>/essays/<essay>/<lang>.md` that the
 * translation matches the original as it is now. Returns the file and the translation's freshness afterwards
 * (paragraphs still missing or orphaned are the translator's to add or remove).
 */
export function stampTranslation(
  dir: string,
  essayId: string,
  lang: string,
  options: { date: string; translator?: string | undefined },
): { file: string; freshness: TranslationFreshness } {
  const essay = readEssay(dir, essayId);
  translationOf(essay, lang);
  const file = join(dir, "essays", essayId, `${lang}.md`);
  const stamp = stampFor(essay, lang, options.date, options.translator);
  writeFileSync(file, withStamp(readFileSync(file, "utf8"), shownPath(file), stamp));
  return { file: shownPath(file), freshness: translationOf(readEssay(dir, essayId), lang).freshness };
}

/** One line for the translator: what stamping left for them to do. */
export function stampSummary(file: string, freshness: TranslationFreshness): string {
  const missing = idsIn(freshness, "missing");
  const orphaned = idsIn(freshness, "orphaned");
  const todo = [
    missing.length > 0 ? `still missing: ${missing.join(", ")}` : "",
    orphaned.length > 0 ? `no longer in the original: ${orphaned.join(", ")}` : "",
    freshness.orderDiffers ? "the original has another order" : "",
  ].filter(Boolean);
  return `Stamped ${file}: ${freshness.counts.current} paragraphs current${todo.length ? `; ${todo.join("; ")}` : ""}.`;
}
