import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { nextAnimationFrame } from "../../tests/animation-frames.ts";
import { renderApp } from "../../tests/render-app.tsx";

describe("EssayPage", () => {
  it("shows the German essay with byline, seven paragraphs and the author card", async () => {
    await renderApp("/de/trennung-vom-kunden/");
    const article = await screen.findByRole("article", { name: "Trennung vom Kunden" });
    const paragraphs = article.querySelectorAll("p[data-paragraph]");
    expect(paragraphs).toHaveLength(7);
    expect(paragraphs[0]).toHaveAttribute("id", "private-breakups");
    expect(within(article).getByText("22. August 2017")).toHaveAttribute("datetime", "2017-08-22");
    expect(within(article).getByText("2 Minuten Lesezeit")).toBeInTheDocument();
    expect(within(article).getByRole("link", { name: "digital.mensch" })).toHaveAttribute("href", "/de/autor/");

    const card = screen.getByRole("complementary", { name: "Über digital.mensch" });
    expect(within(card).getByRole("img", { name: "Monogramm von digital.mensch" })).toBeInTheDocument();
    expect(within(card).getByText(/Widerstand ist zwecklos/)).toBeInTheDocument();
    expect(within(card).getByRole("link", { name: "die-denkerei.de" })).toHaveAttribute(
      "rel",
      expect.stringContaining("noopener noreferrer"),
    );
  });

  it("says in English that it is a translation of the German original and links it", async () => {
    await renderApp("/en/breaking-up-with-a-client/");
    const article = await screen.findByRole("article", { name: "Breaking Up with a Client" });
    expect(
      within(article).getByText(
        /This is a translation\. digital\.mensch published the German original on August 22, 2017\./,
      ),
    ).toBeInTheDocument();
    expect(within(article).getByRole("link", { name: "Read the original" })).toHaveAttribute(
      "href",
      "/de/trennung-vom-kunden/",
    );
    expect(within(article).getByText("August 22, 2017")).toBeInTheDocument();
    expect(within(article).getByText("2-minute read")).toBeInTheDocument();
  });

  it("tells German readers that an English translation exists", async () => {
    await renderApp("/de/trennung-vom-kunden/");
    const article = await screen.findByRole("article");
    expect(within(article).getByRole("link", { name: /Breaking Up with a Client/ })).toHaveAttribute(
      "href",
      "/en/breaking-up-with-a-client/",
    );
  });

  it("exposes reading progress as a labelled progress bar that follows the words read", async () => {
    // jsdom has no layout: each paragraph is 400 px tall, stacked from `top`; the reading line is the window's top,
    // and the page is long enough that the reader is never at its very end.
    let top = 100;
    vi.spyOn(document.documentElement, "scrollHeight", "get").mockReturnValue(100_000);
    const paragraphs = () => [...document.querySelectorAll<HTMLElement>("main article [data-paragraph][id]")];
    vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (this: HTMLElement) {
      const index = paragraphs().indexOf(this);
      return index < 0 ? new DOMRect() : new DOMRect(0, top + index * 400, 800, 400);
    });
    await renderApp("/en/breaking-up-with-a-client/");
    const bar = await screen.findByRole("progressbar", { name: "Reading progress" });
    expect(bar).toHaveAttribute("aria-valuemin", "0");
    expect(bar).toHaveAttribute("aria-valuemax", "100");
    nextAnimationFrame();
    expect(bar).toHaveAttribute("aria-valuenow", "0");

    // Scrolled so that the first three paragraphs are above the reading line: their share of the words is read.
    const words = paragraphs().map((p) => p.textContent.split(/\s+/).filter(Boolean).length);
    const total = words.reduce((sum, n) => sum + n, 0);
    const firstThree = (words[0] ?? 0) + (words[1] ?? 0) + (words[2] ?? 0);
    top = -3 * 400;
    fireEvent.scroll(window);
    expect(bar, "measured in the next frame, not in the scroll handler").toHaveAttribute("aria-valuenow", "0");
    nextAnimationFrame();
    expect(bar).toHaveAttribute("aria-valuenow", String(Math.round((firstThree / total) * 100)));

    top = -paragraphs().length * 400;
    fireEvent.scroll(window);
    nextAnimationFrame();
    expect(bar).toHaveAttribute("aria-valuenow", "100");
  });
});
