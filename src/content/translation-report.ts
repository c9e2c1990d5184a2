import { essayIds, readEssay, shownPath, translationOf } from "./essay-folder.ts";
import { paragraphStates, type TranslationFreshness } from "./paragraph-states.ts";
import { idsIn } from "./translation-freshness.ts";

/** One translation of one essay, as `npm run translations` reports it. */
export interface TranslationStatus {
  essay: string;
  lang: string;
  original: string;
  file: string;
  translated?: string | undefined;
  translator?: string | undefined;
  freshness: TranslationFreshness;
}

export interface TranslationReport {
  dir: string;
  translations: TranslationStatus[];
  /** Essays that exist in their original only, by id. */
  untranslated: { essay: string; original: string }[];
}

/** Reads every essay of a content folder (errors name the file and field) and derives each translation's freshness. */
export function translationReport(dir: string, only: readonly string[] = []): TranslationReport {
  const report: TranslationReport = { dir: shownPath(dir), translations: [], untranslated: [] };
  for (const id of only.length > 0 ? only : essayIds(dir)) {
    const essay = readEssay(dir, id);
    const translations = essay.languages.filter((lang) => lang !== essay.original);
    if (translations.length === 0) report.untranslated.push({ essay: id, original: essay.original });
    for (const lang of translations) {
      const text = translationOf(essay, lang);
      report.translations.push({
        essay: id,
        lang,
        original: essay.original,
        file: text.file,
        translated: text.translated,
        translator: text.translator,
        freshness: text.freshness,
      });
    }
  }
  return report;
}

/** Whether `--strict` fails: any paragraph stale (edited or never stamped) or missing. */
export function failsStrict(report: TranslationReport): boolean {
  return report.translations.some(({ freshness: { counts } }) => counts.stale + counts.missing > 0);
}

/**
 * The build's warning for a translation behind its original, naming the file and the paragraph ids; undefined when
 * every paragraph is current. (The build warns only; `npm run translations -- --strict` is the gate.)
 */
export function freshnessWarning(t: Pick<TranslationStatus, "file" | "original" | "freshness">): string | undefined {
  const parts = (["stale", "missing", "orphaned"] as const)
    .map((state) => [state, idsIn(t.freshness, state)] as const)
    .filter(([, ids]) => ids.length > 0)
    .map(([state, ids]) => `${state} ${ids.join(", ")}`);
  if (parts.length === 0) return undefined;
  return `${t.file}: translation behind its original (${t.original}.md): ${parts.join("; ")} (npm run translations)`;
}

/** The report as a plain-text table, one row per essay × language, then what needs doing, then a verdict. */
export function formatReport(report: TranslationReport): string {
  const header = ["essay", "lang", "from", "translated", ...paragraphStates, "stale ids"];
  const rows = report.translations.map((t) => [
    t.essay,
    t.lang,
    t.original,
    t.translated ?? "never",
    ...paragraphStates.map((state) => String(t.freshness.counts[state])),
    idsIn(t.freshness, "stale").join(", ") || "–",
  ]);
  const numeric = new Set(paragraphStates.map((_, i) => i + 4));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        i === cells.length - 1 ? cell : numeric.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join("  ")
      .trimEnd();

  const out = [`Translations in ${report.dir}`, ""];
  if (rows.length > 0) out.push(line(header), ...rows.map(line), "");
  for (const t of report.translations) {
    const where = `${t.essay}/${t.lang}`;
    const unstamped = t.freshness.paragraphs.filter((p) => p.state === "stale" && p.stamped === false).map((p) => p.id);
    const revised = t.freshness.paragraphs.filter((p) => p.state === "stale" && p.stamped === true).map((p) => p.id);
    const notes = [
      revised.length > 0 ? `original revised since the stamp: ${revised.join(", ")}` : "",
      unstamped.length > 0 ? `never stamped: ${unstamped.join(", ")}` : "",
      idsIn(t.freshness, "missing").length > 0 ? `missing: ${idsIn(t.freshness, "missing").join(", ")}` : "",
      idsIn(t.freshness, "orphaned").length > 0 ? `orphaned: ${idsIn(t.freshness, "orphaned").join(", ")}` : "",
      t.freshness.orderDiffers ? `paragraph order differs from the original (${t.original})` : "",
    ].filter(Boolean);
    if (notes.length > 0) out.push(`${where}: ${notes.join("; ")}  (${t.file})`);
  }
  for (const { essay, original } of report.untranslated)
    out.push(`${essay}: original (${original}) only, no translation`);

  const totals = { stale: 0, missing: 0, orphaned: 0 };
  for (const { freshness } of report.translations) {
    for (const state of ["stale", "missing", "orphaned"] as const) totals[state] += freshness.counts[state];
  }
  const behind = report.translations.filter((t) => t.freshness.counts.current !== t.freshness.paragraphs.length).length;
  const all = report.translations.length;
  if (out.at(-1) !== "") out.push("");
  out.push(
    all === 0
      ? "No translations."
      : behind === 0
        ? `All translations are current (${count(all, "translation")}).`
        : `${behind} of ${count(all, "translation")} behind the original: ${totals.stale} stale, ${totals.missing} missing, ` +
          `${totals.orphaned} orphaned. Once translated, record it: npm run translation:stamp -- <essay> <lang>`,
  );
  return out.join("\n");
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
