import publication from "virtual:publication";
import type { EssayText } from "../src/content/schema.ts";

/** The real essay's compiled text in a language, as the build reads it (for tests that compare pages with it). */
export function realEssay(lang: string): EssayText {
  const text = publication.essays.find((essay) => essay.id === "trennung-vom-kunden")?.texts[lang];
  if (!text) throw new Error(`trennung-vom-kunden has no ${lang} text`);
  return text;
}
