import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { languageFile, tempContent } from "../../tests/temp-content.ts";
import { failsStrict, formatReport, freshnessWarning, translationReport } from "./translation-report.ts";
import { stampTranslation } from "./translation-stamp.ts";

const de = { eins: "Erster Absatz, mit Komma.", zwei: "Zweiter Absatz.", drei: "Dritter Absatz." };
const en = { eins: "First paragraph, with a comma.", zwei: "Second paragraph.", drei: "Third paragraph." };
const yml = "original: de\ndate: 2017-08-22\n";

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});
/** A content folder with `alpha` (de, en, fr; all stamped) and `solo` (de only). */
function publication() {
  const dir = tempContent({
    alpha: { yml, files: { de: languageFile(de), en: languageFile(en), fr: languageFile(en) } },
    solo: { yml, files: { de: languageFile(de) } },
  });
  dirs.push(dir);
  for (const lang of ["en", "fr"]) stampTranslation(dir, "alpha", lang, { date: "2026-11-01" });
  return { dir, file: (lang: string) => join(dir, "essays", "alpha", `${lang}.md`) };
}

describe("the translations report", () => {
  it("shows every translation current after stamping, and passes --strict", () => {
    const { dir } = publication();
    const report = translationReport(dir);
    expect(formatReport(report)).toBe(
      [
        `Translations in ${dir}`,
        "",
        "essay  lang  from  translated  current  stale  missing  orphaned  stale ids",
        "alpha  en    de    2026-11-01        3      0        0         0  –",
        "alpha  fr    de    2026-11-01        3      0        0         0  –",
        "",
        "solo: original (de) only, no translation",
        "",
        "All translations are current (2 translations).",
      ].join("\n"),
    );
    expect(failsStrict(report)).toBe(false);
  });

  it("shows exactly the paragraph whose original lost a comma as stale in every translation, and fails --strict", () => {
    const { dir, file } = publication();
    writeFileSync(file("de"), languageFile({ ...de, eins: "Erster Absatz mit Komma." }));
    const report = translationReport(dir);
    expect(formatReport(report)).toContain(
      [
        "essay  lang  from  translated  current  stale  missing  orphaned  stale ids",
        "alpha  en    de    2026-11-01        2      1        0         0  eins",
        "alpha  fr    de    2026-11-01        2      1        0         0  eins",
      ].join("\n"),
    );
    expect(formatReport(report)).toContain(`alpha/en: original revised since the stamp: eins  (${file("en")})`);
    expect(formatReport(report)).toMatch(/2 of 2 translations behind the original: 2 stale, 0 missing, 0 orphaned\./);
    expect(failsStrict(report)).toBe(true);
  });

  it("lists missing, orphaned and never-stamped paragraphs and a change of order, naming the file", () => {
    const { dir, file } = publication();
    writeFileSync(file("de"), languageFile({ drei: de.drei, eins: de.eins, neu: "Neu." }));
    writeFileSync(file("fr"), languageFile({ ...en, vier: "Fourth." }));
    const text = formatReport(translationReport(dir, ["alpha"]));
    expect(text).toContain("alpha  en    de    2026-11-01        2      0        1         1  –");
    expect(text).toContain(
      `alpha/en: missing: neu; orphaned: zwei; paragraph order differs from the original (de)  (${file("en")})`,
    );
    expect(text).toContain("alpha  fr    de    never             0      2        1         2  drei, eins");
    expect(text).toContain(`alpha/fr: never stamped: drei, eins; missing: neu; orphaned: zwei, vier;`);
    expect(text).not.toContain("solo");
  });

  it("fails --strict on a missing paragraph alone", () => {
    const { dir, file } = publication();
    writeFileSync(file("de"), languageFile({ ...de, vier: "Vierter Absatz." }));
    const report = translationReport(dir);
    expect(report.translations.map((t) => t.freshness.counts.missing)).toEqual([1, 1]);
    expect(failsStrict(report)).toBe(true);
  });

  it("names the file and field of content it cannot read", () => {
    const { dir, file } = publication();
    const yamlFile = join(dir, "essays", "alpha", "essay.yml");
    writeFileSync(file("en"), languageFile(en).replace("\n\nSecond paragraph.", ""));
    expect(() => translationReport(dir)).toThrow(`${file("en")}: paragraphs: 2 blocks in the text, but 3 ids`);
    writeFileSync(file("en"), languageFile(en).replace("slug: s\n", "slug: s\nsources:\n  eins: nothex\n"));
    expect(() => translationReport(dir)).toThrow(`${file("en")}: sources.eins: a fingerprint: 12 hex digits`);
    writeFileSync(yamlFile, "date: 2017-08-22\n");
    expect(() => translationReport(dir)).toThrow(`${yamlFile}: original: Invalid input`);
    rmSync(yamlFile);
    expect(() => translationReport(dir)).toThrow(`${yamlFile}: missing`);
    expect(() => translationReport(join(dir, "nowhere"))).toThrow(`${join(dir, "nowhere", "essays")}: no such folder`);
  });

  it("gives the build one warning per translation behind its original, naming file and ids", () => {
    const { dir, file } = publication();
    writeFileSync(file("de"), languageFile({ eins: "Erster Absatz mit Komma.", zwei: de.zwei, vier: "Neu." }));
    const [enStatus, frStatus] = translationReport(dir).translations;
    expect(freshnessWarning(enStatus!)).toBe(
      `${file("en")}: translation behind its original (de.md): stale eins; missing vier; orphaned drei (npm run translations)`,
    );
    writeFileSync(file("de"), languageFile(de));
    expect(freshnessWarning(translationReport(dir).translations[1] ?? frStatus!)).toBeUndefined();
  });

  it("finds the end-to-end fixture's revised paragraph stale and its added one missing, nothing else", () => {
    const report = translationReport("tests/fixtures/translation-freshness");
    const states = report.translations.map(({ essay, freshness }) => [
      essay,
      freshness.paragraphs.filter((p) => p.state !== "current").map((p) => `${p.id}:${p.state}`),
    ]);
    expect(states).toEqual([
      ["added-paragraph", ["late-addition:missing"]],
      ["revised-original", ["second-thoughts:stale"]],
    ]);
  });

  it("finds the real essay's translations current, every paragraph", () => {
    const report = translationReport("src/content");
    expect(report.translations.length).toBeGreaterThan(0);
    for (const { essay, lang, freshness } of report.translations) {
      expect(freshness.counts, `${essay}/${lang}`).toEqual({
        current: freshness.paragraphs.length,
        stale: 0,
        missing: 0,
        orphaned: 0,
      });
    }
    expect(failsStrict(report)).toBe(false);
  });
});
