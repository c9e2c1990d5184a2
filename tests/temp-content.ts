import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** An essay in a content folder: its essay.yml and each `<lang>.md`, as file text. */
export interface TempEssay {
  yml?: string;
  files: Record<string, string>;
}

/** Writes a content folder (`essays/<id>/…`) into a fresh temporary directory and returns its path. */
export function tempContent(essays: Record<string, TempEssay>): string {
  const dir = mkdtempSync(join(tmpdir(), "content-"));
  for (const [id, essay] of Object.entries(essays)) {
    const folder = join(dir, "essays", id);
    mkdirSync(folder, { recursive: true });
    if (essay.yml !== undefined) writeFileSync(join(folder, "essay.yml"), essay.yml);
    for (const [lang, text] of Object.entries(essay.files)) writeFileSync(join(folder, `${lang}.md`), text);
  }
  return dir;
}

const defaultFrontMatter =
  "title: T\ndescription: A description long enough for the content schema's fifty.\nslug: s\n";

/** A language file with front matter: `paragraphs` from the entries' ids, the body their texts. */
export function languageFile(paragraphs: Record<string, string>, frontMatter = defaultFrontMatter): string {
  const ids = Object.keys(paragraphs)
    .map((id) => `  - ${id}\n`)
    .join("");
  return `---\n${frontMatter}paragraphs:\n${ids}---\n\n${Object.values(paragraphs).join("\n\n")}\n`;
}
