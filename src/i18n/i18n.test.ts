import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import publication from "virtual:publication";
import { resourcesFile, resourcesTypes } from "../../scripts/i18n-types.ts";
import { languages } from "./languages.ts";

const bundles = import.meta.glob<Record<string, unknown>>("./*.json", { import: "default", eager: true });

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe("UI strings", () => {
  it("have current types, so the compiler checks every string's variables (npm run typecheck writes them)", async () => {
    expect(await readFile(resourcesFile, "utf8")).toBe(await resourcesTypes());
  });

  it("make the site's languages, each with an author page", () => {
    const stringLanguages = Object.keys(bundles).map((file) => /\.\/(\w+)\.json$/.exec(file)![1]);
    expect(stringLanguages.sort()).toEqual([...languages].sort());
    expect(Object.keys(publication.authors).sort()).toEqual([...languages].sort());
  });

  it("have every key in every language, and no empty string", () => {
    const reference = keyPaths(bundles["./de.json"]).sort();
    for (const [file, bundle] of Object.entries(bundles)) {
      expect(keyPaths(bundle).sort(), file).toEqual(reference);
      for (const path of reference) {
        const value = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], bundle);
        expect(String(value).trim(), `${file}: ${path}`).not.toBe("");
      }
    }
  });

  it("use the same interpolation variables in every language", () => {
    const variables = (bundle: unknown) =>
      keyPaths(bundle).map((path) => {
        const value = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], bundle);
        return `${path}:${[...String(value).matchAll(/\{\{(\w+)\}\}/g)]
          .map((m) => m[1])
          .sort()
          .join(",")}`;
      });
    for (const [file, bundle] of Object.entries(bundles)) {
      expect(variables(bundle).sort(), file).toEqual(variables(bundles["./de.json"]).sort());
    }
  });
});
