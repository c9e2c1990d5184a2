// `npm run translation:stamp -- <essay> <lang> [--date=YYYY-MM-DD] [--translator="…"]`: records that a translation
// matches its original as it is now (the original's paragraph fingerprints and the date) in the translation's file.
import { parseArgs } from "node:util";
import { z } from "zod";
import { contentDir } from "../src/content/content-plugin.ts";
import { stampSummary, stampTranslation } from "../src/content/translation-stamp.ts";

const usage = 'usage: npm run translation:stamp -- <essay> <lang> [--date=YYYY-MM-DD] [--translator="…"]';
try {
  const { values, positionals } = parseArgs({
    options: { date: { type: "string" }, translator: { type: "string" } },
    allowPositionals: true,
  });
  const [essay, lang, ...rest] = positionals;
  if (essay === undefined || lang === undefined || rest.length > 0) throw new Error(usage);
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!z.iso.date().safeParse(date).success) throw new Error(`--date=${date}: not a date (YYYY-MM-DD)`);
  const { file, freshness } = stampTranslation(contentDir(), essay, lang, { date, translator: values.translator });
  console.log(stampSummary(file, freshness));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
