import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { compilePublication } from "./compile-content.ts";
import { freshnessWarning } from "./translation-report.ts";
import type { Publication } from "./schema.ts";

const PUBLICATION = "virtual:publication";
const INDEX = "virtual:content-index";

/** The content folder: `src/content`, or `CONTENT_DIR` (a writer's own repository, a test's fixture). */
export const contentDir = (): string => resolve(process.env.CONTENT_DIR ?? "src/content");

/**
 * Compiles the content folder once per build into two modules:
 * - `virtual:publication`, every essay and author text, for the build (SSR), the dev server and tests. A client
 *   build refuses it: the browser gets each page's data as a file, so its JavaScript is the same for 1 or 1000 essays.
 * - `virtual:content-index`, what the router needs in the browser: the author page's slug per language.
 */
export function contentPlugin(options: { reserved?: (lang: string) => readonly string[] } = {}): Plugin {
  let publication: Publication | undefined;
  let production = false;
  let base = "/";
  const load = (): Publication => (publication ??= compilePublication(contentDir(), options.reserved, { base }));
  return {
    name: "publication-content",
    configResolved(config) {
      production = config.command === "build";
      base = config.base;
    },
    resolveId(id) {
      return id === PUBLICATION || id === INDEX ? `\0${id}` : null;
    },
    load(id, loadOptions) {
      if (id === `\0${INDEX}`) {
        const authorSlugs = Object.fromEntries(Object.entries(load().authors).map(([lang, a]) => [lang, a.slug]));
        return `export const authorSlugs = ${JSON.stringify(authorSlugs)};`;
      }
      if (id !== `\0${PUBLICATION}`) return null;
      if (production && !loadOptions?.ssr) {
        this.error(`${PUBLICATION} is for the build only; a client module imported it (see src/page-data/load.ts)`);
      }
      const compiled = load();
      for (const warning of freshnessWarnings(compiled)) this.warn(warning);
      return `export default ${JSON.stringify(compiled)};`;
    },
    configureServer(server) {
      // Dev server: the essays' images at the address the build copies them to.
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? "").split("?")[0] ?? "");
        const file = load().media.find(({ to }) => `${base}${to}` === path);
        if (file) response.end(readFileSync(file.from));
        else next();
      });
      // Dev server: any change in the content folder recompiles it and reloads the page.
      server.watcher.add(contentDir());
      server.watcher.on("all", (_event, file) => {
        if (!file.startsWith(contentDir())) return;
        publication = undefined;
        for (const id of [`\0${PUBLICATION}`, `\0${INDEX}`]) {
          const module = server.moduleGraph.getModuleById(id);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: "full-reload" });
      });
    },
  };
}

/** A warning per translation behind its original: the build goes on (`npm run translations -- --strict` is the gate). */
function freshnessWarnings({ essays }: Publication): string[] {
  return essays.flatMap((essay) =>
    Object.values(essay.texts).flatMap(({ file, freshness }) => {
      const warning = freshness && freshnessWarning({ file, original: essay.original, freshness });
      return warning ? [warning] : [];
    }),
  );
}
