import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { languageFile, tempContent } from "../temp-content.ts";

// The commands as a writer runs them (`npm run translations`, `npm run translation:stamp`): exit codes and output.
const de = { eins: "Erster Absatz, mit Komma.", zwei: "Zweiter Absatz." };
const en = { eins: "First paragraph, with a comma.", zwei: "Second paragraph." };
const dir = tempContent({
  essay: { yml: "original: de\ndate: 2017-08-22\n", files: { de: languageFile(de), en: languageFile(en) } },
});
const file = (lang: string) => join(dir, "essays", "essay", `${lang}.md`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join("scripts", script), ...args], {
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: dir },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// Each case starts Node several times: allow a busy machine its time.
/** Runs a command and checks its exit code and that its output (stdout and stderr) contains each part. */
function expectRun(args: [string, ...string[]], code: number, ...parts: string[]) {
  const { code: actual, out, err } = run(...args);
  expect(actual, out + err).toBe(code);
  for (const part of parts) expect(out + err).toContain(part);
  return out;
}

// Each case starts Node several times: allow a busy machine its time.
describe("npm run translations and translation:stamp", { timeout: 60_000 }, () => {
  it("report a never-stamped translation, fail --strict, stamp it, then pass; an edited comma fails again", () => {
    expectRun(["translations.ts"], 0, "never stamped: eins, zwei");
    expectRun(["translations.ts", "--strict"], 1, "translations --strict: stale or missing paragraphs");

    const args = ["essay", "en", "--date=2026-11-29", "--translator=Ada Lovelace"];
    const stamped = expectRun(["translation-stamp.ts", ...args], 0);
    expect(stamped).toBe(`Stamped ${file("en")}: 2 paragraphs current.\n`);
    expect(readFileSync(file("en"), "utf8")).toMatch(/\ntranslator: Ada Lovelace\ntranslated: 2026-11-29\nsources:\n/);
    expectRun(["translations.ts", "--strict"], 0, "All translations are current");

    writeFileSync(file("de"), languageFile({ ...de, zwei: "Zweiter Absatz, neu." }));
    expectRun(
      ["translations.ts", "--strict"],
      1,
      "essay  en    de    2026-11-29        1      1        0         0  zwei",
    );
  });

  it("answer bad input with exit code 2 and a message naming the file or option", () => {
    expectRun(["translation-stamp.ts", "essay"], 2, "usage: npm run translation:stamp -- <essay> <lang>");
    expectRun(["translation-stamp.ts", "essay", "en", "--date=2026-02-30"], 2, "--date=2026-02-30: not a date");
    expectRun(["translation-stamp.ts", "essay", "de"], 2, `${file("de")}: "de" is the original`);
    expectRun(["translations.ts", "nothing"], 2, "nothing: no such essay");
  });
});
