import type { Plugin } from "vite";
import { compileAuthor, compileEssay } from "./compile-content.ts";

/**
 * Compiles `src/content/{essay,author}/<lang>.md` to JSON modules.
 * `?meta` imports only the index entry (title, date, slug): the small, eagerly bundled index of every language.
 */
export function contentPlugin(): Plugin {
  return {
    name: "essay-content",
    transform(source, id) {
      const [file = "", query = ""] = id.split("?");
      if (!file.endsWith(".md") || !file.includes("/src/content/")) return null;
      const compile = file.includes("/content/author/") ? compileAuthor : compileEssay;
      const { meta, doc } = compile(source, file);
      const data = new URLSearchParams(query).has("meta") ? meta : doc;
      return { code: `export default ${JSON.stringify(data)};`, map: null };
    },
  };
}
