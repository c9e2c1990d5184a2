import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { languageFile, tempContent } from "../../tests/temp-content.ts";
import { fingerprint } from "./paragraph-fingerprint.ts";
import { stampSummary, stampTranslation, withStamp } from "./translation-stamp.ts";

const de = { eins: "Erster Absatz, mit Komma.", zwei: "Zweiter Absatz.", drei: "Dritter Absatz." };
const en = { eins: "First paragraph, with a comma.", zwei: "Second paragraph.", drei: "Third paragraph." };
const enFrontMatter = [
  "# Translated by hand, 2026",
  'title: "Breaking Up: a Client"',
  "description: A description that is longer than eighty characters, so that a careless YAML writer would fold it.",
  "slug: breaking-up",
  "translator: 'machine translation, reviewed by A. Reader'",
  "",
].join("\n");

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});
function folder(files: Record<string, string>) {
  const dir = tempContent({ essay: { yml: "original: de\ndate: 2017-08-22\n", files } });
  dirs.push(dir);
  return { dir, file: (lang: string) => join(dir, "essays", "essay", `${lang}.md`) };
}

describe("stamping a translation", () => {
  it("records the original's fingerprints and the date, and keeps every other byte of the file", () => {
    const { dir, file } = folder({ de: languageFile(de), en: languageFile(en, enFrontMatter) });
    const before = readFileSync(file("en"), "utf8");
    const { freshness } = stampTranslation(dir, "essay", "en", { date: "2026-11-29" });
    const after = readFileSync(file("en"), "utf8");

    const added = [
      "translated: 2026-11-29",
      "sources:",
      `  eins: ${fingerprint(de.eins)}`,
      `  zwei: ${fingerprint(de.zwei)}`,
      `  drei: ${fingerprint(de.drei)}`,
    ].join("\n");
    expect(after).toBe(before.replace("  - drei\n---\n", `  - drei\n${added}\n---\n`));
    expect(freshness.counts).toEqual({ current: 3, stale: 0, missing: 0, orphaned: 0 });
    expect(readFileSync(file("de"), "utf8")).toBe(languageFile(de));
  });

  it("updates an earlier stamp where it stands, and gives the same file when repeated", () => {
    const { dir, file } = folder({ de: languageFile(de), en: languageFile(en, enFrontMatter) });
    stampTranslation(dir, "essay", "en", { date: "2026-01-01" });
    const first = readFileSync(file("en"), "utf8");
    writeFileSync(file("de"), languageFile({ ...de, zwei: "Zweiter Absatz, überarbeitet." }));
    stampTranslation(dir, "essay", "en", { date: "2026-11-29" });
    const second = readFileSync(file("en"), "utf8");
    expect(second).toBe(
      first
        .replace("translated: 2026-01-01", "translated: 2026-11-29")
        .replace(fingerprint(de.zwei), fingerprint("Zweiter Absatz, überarbeitet.")),
    );
    stampTranslation(dir, "essay", "en", { date: "2026-11-29" });
    expect(readFileSync(file("en"), "utf8")).toBe(second);
  });

  it("records a translator where given, in place of the one there and in its quoting style", () => {
    const { dir, file } = folder({ de: languageFile(de), en: languageFile(en, enFrontMatter) });
    stampTranslation(dir, "essay", "en", { date: "2026-11-29", translator: "Ada Lovelace" });
    expect(readFileSync(file("en"), "utf8")).toContain(
      "\nslug: breaking-up\ntranslator: 'Ada Lovelace'\nparagraphs:\n",
    );
  });

  it("puts a translator given later before the stamp's date and fingerprints", () => {
    const { dir, file } = folder({ de: languageFile(de), en: languageFile(en) });
    stampTranslation(dir, "essay", "en", { date: "2026-11-01" });
    stampTranslation(dir, "essay", "en", { date: "2026-11-29", translator: "Ada Lovelace" });
    expect(readFileSync(file("en"), "utf8")).toMatch(
      /\n {2}- drei\ntranslator: Ada Lovelace\ntranslated: 2026-11-29\nsources:\n/,
    );
  });

  it("stamps only the paragraphs both have and says what is left to do", () => {
    const { dir } = folder({
      de: languageFile({ eins: de.eins, neu: "Ein neuer Absatz.", zwei: de.zwei }),
      en: languageFile({ eins: en.eins, zwei: en.zwei, alt: "An old paragraph." }),
    });
    const { file, freshness } = stampTranslation(dir, "essay", "en", { date: "2026-11-29" });
    expect(readFileSync(file, "utf8")).not.toMatch(/^ {2}(neu|alt):/m);
    expect(freshness.counts).toEqual({ current: 2, stale: 0, missing: 1, orphaned: 1 });
    expect(stampSummary(file, freshness)).toBe(
      `Stamped ${file}: 2 paragraphs current; still missing: neu; no longer in the original: alt.`,
    );
  });

  it("rewrites only its own keys: flow lists, flow maps and comments elsewhere stay as written", () => {
    const source = [
      "---",
      "title: Two # a comment",
      "paragraphs: [eins, zwei, drei]",
      'firstPublished: { name: Medium, url: "https://medium.com/@x/y" }',
      "sources: {eins: 000000000000}",
      "# the end",
      "---",
      "",
      "Body.",
      "",
    ].join("\n");
    const stamped = withStamp(source, "en.md", { sources: { eins: "0123456789ab" }, translated: "2026-11-29" });
    expect(stamped).toBe(
      source.replace("sources: {eins: 000000000000}\n", "translated: 2026-11-29\nsources:\n  eins: 0123456789ab\n"),
    );
  });

  it("updates its keys where they stand, in whatever order a writer left them", () => {
    const source = "---\nsources:\n  eins: 000000000000\ntitle: T\ntranslated: 2020-01-01\n---\nBody.\n";
    const stamped = withStamp(source, "en.md", { sources: { eins: "0123456789ab" }, translated: "2026-11-29" });
    expect(stamped).toBe("---\nsources:\n  eins: 0123456789ab\ntitle: T\ntranslated: 2026-11-29\n---\nBody.\n");
  });

  it("keeps Windows line breaks", () => {
    const crlf = (text: string) => text.replaceAll("\n", "\r\n");
    const stamped = withStamp(crlf(languageFile(en)), "en.md", {
      sources: { eins: "0123456789ab" },
      translated: "2026-11-29",
    });
    expect(stamped).toBe(
      crlf(languageFile(en).replace("---\n\n", "translated: 2026-11-29\nsources:\n  eins: 0123456789ab\n---\n\n")),
    );
  });

  it("refuses to stamp the original, an unknown language or essay, naming what exists", () => {
    const { dir, file } = folder({ de: languageFile(de), en: languageFile(en) });
    const stamp = (essay: string, lang: string) => () => stampTranslation(dir, essay, lang, { date: "2026-11-29" });
    expect(stamp("essay", "de")).toThrow(`${file("de")}: "de" is the original, not a translation`);
    expect(stamp("essay", "fr")).toThrow(`${file("fr")}: no such translation (translations of essay: en)`);
    expect(stamp("other", "en")).toThrow(`${join(dir, "essays", "other")}: no such essay (essays: essay)`);
  });

  it("refuses front matter that is not YAML, naming the file, and leaves it as it was", () => {
    const { dir, file } = folder({ de: languageFile(de), en: languageFile(en, "title: [unclosed\n") });
    const before = readFileSync(file("en"), "utf8");
    expect(() => stampTranslation(dir, "essay", "en", { date: "2026-11-29" })).toThrow(`${file("en")}: not valid YAML`);
    expect(readFileSync(file("en"), "utf8")).toBe(before);
  });
});
