import { readFileSync, writeFileSync } from "node:fs";
import { Document, isMap, isNode, isScalar, parseDocument } from "yaml";
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
 * Writes a stamp into a Markdown file's front matter (`translator`, `translated`, `sources`). Only those keys' lines
 * are rewritten, each where it stands (a quoted translator keeps its quotes); a new key goes before the stamp's
 * later keys, else last. Every other byte, the body's included, stays as written: re-serialising the whole YAML
 * would restyle other keys (`[a, b]` as `[ a, b ]`). Throws naming the file on invalid YAML.
 */
export function withStamp(source: string, file: string, stamp: Stamp): string {
  const parts = splitFrontMatter(source, file);
  const text = parts.frontMatter;
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`${file}: not valid YAML (front matter): ${doc.errors[0]?.message ?? ""}`);
  if (!isMap(doc.contents)) throw new Error(`${file}: the front matter must be a map of keys`);
  const pairs = doc.contents.items.flatMap((pair) =>
    isScalar(pair.key)
      ? [{ key: String(pair.key.value), value: pair.value, start: pair.key.range[0], end: pairEnd(pair) }]
      : [],
  );
  const values = { translator: stamp.translator, translated: stamp.translated, sources: stamp.sources };
  const edits: { start: number; end: number; text: string; order: number }[] = [];
  stampKeys.forEach((key, index) => {
    const value = values[key];
    if (value === undefined) return;
    const found = pairs.find((pair) => pair.key === key);
    if (found) {
      const written = pairText(key, value, found.value);
      const replacement = text.slice(found.start, found.end).endsWith("\n") ? written : written.trimEnd();
      edits.push({ start: found.start, end: found.end, text: replacement, order: index });
      return;
    }
    const later = pairs.find((pair) => (stampKeys.slice(index + 1) as readonly string[]).includes(pair.key));
    const at = later?.start ?? text.length;
    edits.push({
      start: at,
      end: at,
      text: later || text.endsWith("\n") ? pairText(key, value) : `\n${pairText(key, value).trimEnd()}`,
      order: index,
    });
  });
  let frontMatter = text;
  // From the end of the text, so earlier offsets hold; edits at one place end up in the stamp's order.
  for (const edit of edits.sort((a, b) => b.start - a.start || b.order - a.order)) {
    frontMatter =
      frontMatter.slice(0, edit.start) + edit.text.replaceAll("\n", parts.newline) + frontMatter.slice(edit.end);
  }
  return joinFrontMatter({ ...parts, frontMatter });
}

/** Where a top-level pair's text ends: after its value, its trailing comment and line break. */
function pairEnd(pair: { key: unknown; value: unknown }): number {
  const node = isNode(pair.value) ? pair.value : pair.key;
  return isNode(node) && node.range ? node.range[2] : 0;
}

/** One key's YAML, as the stamp writes it (`like`: the value it replaces, whose quoting a string keeps). */
function pairText(key: string, value: unknown, like?: unknown): string {
  const doc = new Document({ [key]: value });
  const node = doc.get(key, true);
  if (isScalar(like) && like.type && isScalar(node)) node.type = like.type;
  // lineWidth 0: never fold a long credit onto several lines.
  return doc.toString({ lineWidth: 0 });
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
