import { franc } from "franc-min";
import { iso6393To1 } from "iso-639-3";

// Without --lang, the importer guesses each story's language (franc, trigram statistics) and asks the writer to
// confirm: a guess is never written as a fact.

/** A two-letter code, or undefined when the text is too short or too mixed to tell. */
export function detectLanguage(text: string): string | undefined {
  const code = franc(text, { minLength: 40 });
  return code === "und" ? undefined : iso6393To1[code];
}
