import { createInterface } from "node:readline/promises";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { blockText } from "../../src/content/rich-text.ts";
import { ImportError, importMedium, readStories, type ImportReport } from "./import-medium.ts";
import { detectLanguage } from "./language.ts";
import type { Story } from "./story.ts";

// npm run import:medium -- <archive.zip | posts folder | one .html> [--lang de] [--out <content dir>] [--force]
//   [--keep-remote-images]

const usage = `Usage: npm run import:medium -- <archive.zip | posts folder | story.html> [options]
  --lang <code>          the stories' language (de, en, …); without it the importer guesses and asks
  --out <folder>         the content folder (default: $CONTENT_DIR, else src/content)
  --force                overwrite files the importer did not write, or that were edited since
  --keep-remote-images   keep images on Medium's servers instead of downloading them`;

const languageCode = /^[a-z]{2}$/;

async function confirmLanguages(stories: readonly Story[]): Promise<(story: Story) => string> {
  const guesses = new Map(stories.map((story) => [story, detectLanguage(story.blocks.map(blockText).join(" "))]));
  console.log("No --lang given. The stories' languages, as far as they can be told from their text:");
  for (const [story, guess] of guesses) console.log(`  ${guess ?? "??"}  ${story.title}`);
  const unknown = [...guesses].filter(([, guess]) => !guess).map(([story]) => story.title);
  const retry = "Run again with --lang <code> for all stories (e.g. --lang de).";
  if (unknown.length > 0) throw new ImportError(`The language of ${unknown.join(", ")} cannot be told. ${retry}`);
  if (!process.stdin.isTTY) throw new ImportError(`Not confirmed (no terminal to ask). ${retry}`);
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question("Import with these languages? [y/N] ");
  prompt.close();
  if (!/^y(es)?$/i.test(answer.trim())) throw new ImportError(`Not confirmed. ${retry}`);
  return (story) => guesses.get(story) ?? "";
}

export function formatReport(report: ImportReport, cwd = process.cwd()): string {
  const lines: string[] = [];
  const where = (path: string) => (relative(cwd, path).startsWith("..") ? path : relative(cwd, path));
  const changed = report.imported.filter((story) => story.status !== "unchanged");
  lines.push(
    `Imported ${report.imported.length} stories (${changed.length} written, ${report.imported.length - changed.length} unchanged):`,
  );
  for (const story of report.imported) {
    const images = story.images > 0 ? `, ${story.images} image${story.images === 1 ? "" : "s"}` : "";
    lines.push(`  ${story.status.padEnd(9)} ${where(story.path)}  "${story.title}" (${story.date}${images})`);
    if (story.dateFrom === "file name") {
      lines.push(`            no publication date in the story: the date ${story.date} is taken from its file name`);
    }
    for (const note of story.notes) lines.push(`            note: ${note}`);
  }
  lines.push(`Skipped ${report.skipped.length}:`);
  for (const skipped of report.skipped) lines.push(`  ${skipped.file}  "${skipped.title}": ${skipped.reason}`);
  if (report.conflicts.length > 0) {
    lines.push(`Not written, ${report.conflicts.length} (nothing of these stories was changed):`);
    for (const conflict of report.conflicts) lines.push(`  ${conflict.file}: ${conflict.message}`);
  }
  if (report.remoteImageHosts.length > 0) {
    lines.push(
      `Images stay on ${report.remoteImageHosts.join(", ")}: the site's Content-Security-Policy must allow ` +
        `img-src ${report.remoteImageHosts.map((host) => `https://${host}`).join(" ")}, and readers' browsers ` +
        "will contact that host.",
    );
  }
  return lines.join("\n");
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: "string" },
      out: { type: "string" },
      force: { type: "boolean", default: false },
      "keep-remote-images": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [input, ...extra] = positionals;
  if (values.help || !input || extra.length > 0) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  if (values.lang !== undefined && !languageCode.test(values.lang)) {
    throw new ImportError(`--lang ${values.lang}: expected a two-letter language code such as de or en`);
  }
  const contentDir = values.out ?? process.env.CONTENT_DIR ?? "src/content";
  const lang = values.lang;
  const languageOf = lang ? () => lang : await confirmLanguages(readStories(input).stories);
  const report = await importMedium({
    input,
    contentDir,
    languageOf,
    force: values.force,
    keepRemoteImages: values["keep-remote-images"],
  });
  console.log(formatReport(report));
  return report.conflicts.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Every error names the file it is about; a stack trace would only bury that.
  if (!(error instanceof Error)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
