import { franc } from "franc-min";
import { iso6393To1 } from "iso-639-3";
import { blockText } from "../../src/content/rich-text.ts";
import type { Story } from "./story.ts";

// Without --lang, the importer guesses each story's language (franc, trigram statistics) and asks the writer to
// confirm: a guess is never written as a fact.

/** A two-letter code, or undefined when the text is too short or too mixed to tell. */
export function detectLanguage(text: string): string | undefined {
  const code = franc(text, { minLength: 40 });
  return code === "und" ? undefined : iso6393To1[code];
}

/** Each story's guessed language, by its file: the import reads the stories again, as new objects. */
export function guessLanguages(stories: readonly Story[]): Map<string, string | undefined> {
  return new Map(stories.map((story) => [story.file, detectLanguage(story.blocks.map(blockText).join(" "))]));
}
