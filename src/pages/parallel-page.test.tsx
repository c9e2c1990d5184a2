import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../tests/render-app.tsx";
import { realEssay } from "../../tests/real-essay.ts";

describe("ParallelPage", () => {
  it("pairs every paragraph with its counterpart: same ids, same order, each side in its language", async () => {
    await renderApp("/de/trennung-vom-kunden/parallel/");
    const article = await screen.findByRole("article");
    const sides = [...article.querySelectorAll<HTMLElement>("[data-paragraph]")];
    expect(sides).toHaveLength(14);
    const pairs = Array.from({ length: 7 }, (_, i) => [sides[2 * i]!, sides[2 * i + 1]!] as const);
    for (const [german, english] of pairs) {
      expect(english.dataset.paragraph).toBe(german.dataset.paragraph);
      expect(german.closest("[lang]")).toHaveAttribute("lang", "de");
      expect(english).toHaveAttribute("lang", "en");
    }
    const german = realEssay("de");
    expect(pairs.map(([original]) => original.id)).toEqual(german.paragraphs.map((paragraph) => paragraph.id));
    expect(pairs[6]![1]).toHaveTextContent(/and that way new things can emerge\.$/);
    expect(document.title).toBe("Trennung vom Kunden – zweisprachig – digital.mensch");
  });

  it("links back to the single-language view, and the language toggle keeps the view", async () => {
    await renderApp("/en/breaking-up-with-a-client/parallel/");
    expect(await screen.findByRole("link", { name: /^One language/ })).toHaveAttribute(
      "href",
      "/en/breaking-up-with-a-client/",
    );
    expect(screen.getByRole("link", { name: "Deutsch" })).toHaveAttribute("href", "/de/trennung-vom-kunden/parallel/");
  });
});
