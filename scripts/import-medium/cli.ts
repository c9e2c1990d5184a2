import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { ImportError, importMedium, readStories } from "./import-medium.ts";
import { formatReport } from "./report.ts";
import { guessLanguages } from "./language.ts";
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
  const guesses = guessLanguages(stories);
  console.log("No --lang given. The stories' languages, as far as they can be told from their text:");
  for (const story of stories) console.log(`  ${guesses.get(story.file) ?? "??"}  ${story.title}`);
  const unknown = stories.filter((story) => !guesses.get(story.file)).map((story) => story.title);
  const retry = "Run again with --lang <code> for all stories (e.g. --lang de).";
  if (unknown.length > 0) throw new ImportError(`The language of ${unknown.join(", ")} cannot be told. ${retry}`);
  if (!process.stdin.isTTY) throw new ImportError(`Not confirmed (no terminal to ask). ${retry}`);
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question("Import with these languages? [y/N] ");
  prompt.close();
  if (!/^y(es)?$/i.test(answer.trim())) throw new ImportError(`Not confirmed. ${retry}`);
  return (story) => guesses.get(story.file) ?? "";
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
