import type { Author, AuthorIndexEntry, Essay, EssayIndexEntry } from "./schema.ts";

// Every language's title, date and slug are tiny and bundled (schema.ts, "index entry"); everything else is split per
// language so that a first visit downloads only the language it reads.
const essayMetas = import.meta.glob<EssayIndexEntry>("./essay/*.md", {
  query: "?meta",
  import: "default",
  eager: true,
});
const authorMetas = import.meta.glob<AuthorIndexEntry>("./author/*.md", {
  query: "?meta",
  import: "default",
  eager: true,
});
const essays = import.meta.glob<Essay>("./essay/*.md", { import: "default" });
const authors = import.meta.glob<Author>("./author/*.md", { import: "default" });

const byLang = <T extends { lang: string }>(modules: Record<string, T>): Map<string, T> =>
  new Map(Object.values(modules).map((meta) => [meta.lang, meta]));

export const essayIndex = byLang(essayMetas);
export const authorIndex = byLang(authorMetas);

function load<T>(loaders: Record<string, () => Promise<T>>, folder: string, lang: string): Promise<T> {
  const loader = loaders[`./${folder}/${lang}.md`];
  if (!loader) throw new Error(`No ${folder} in language "${lang}"`);
  return loader();
}

export const loadEssay = (lang: string): Promise<Essay> => load(essays, "essay", lang);
export const loadAuthor = (lang: string): Promise<Author> => load(authors, "author", lang);
