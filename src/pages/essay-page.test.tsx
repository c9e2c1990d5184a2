import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { nextAnimationFrame } from "../../tests/animation-frames.ts";
import { renderApp } from "../../tests/render-app.tsx";

describe("EssayPage", () => {
  it("shows the German essay with byline, seven paragraphs and the author card", async () => {
    await renderApp("/de/");
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
    await renderApp("/en/");
    const article = await screen.findByRole("article", { name: "Breaking Up with a Client" });
    expect(
      within(article).getByText(
        /This is a translation\. digital\.mensch published the German original on August 22, 2017\./,
      ),
    ).toBeInTheDocument();
    expect(within(article).getByRole("link", { name: "Read the original" })).toHaveAttribute("href", "/de/");
    expect(within(article).getByText("August 22, 2017")).toBeInTheDocument();
    expect(within(article).getByText("2-minute read")).toBeInTheDocument();
  });

  it("tells German readers that an English translation exists", async () => {
    await renderApp("/de/");
    const article = await screen.findByRole("article");
    expect(within(article).getByRole("link", { name: /Breaking Up with a Client/ })).toHaveAttribute("href", "/en/");
  });

  it("exposes reading progress as a labelled progress bar that follows the article", async () => {
    // jsdom has no layout: the article is 3000 px tall in the 768 px window, scrolled to `top`.
    let top = 0;
    vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (this: HTMLElement) {
      return this.tagName === "ARTICLE" ? new DOMRect(0, top, 800, 3000) : new DOMRect();
    });
    await renderApp("/en/");
    const bar = await screen.findByRole("progressbar", { name: "Reading progress" });
    expect(bar).toHaveAttribute("aria-valuemin", "0");
    expect(bar).toHaveAttribute("aria-valuemax", "100");
    nextAnimationFrame();
    expect(bar).toHaveAttribute("aria-valuenow", "0");

    top = -(3000 - window.innerHeight) / 2;
    fireEvent.scroll(window);
    expect(bar, "measured in the next frame, not in the scroll handler").toHaveAttribute("aria-valuenow", "0");
    nextAnimationFrame();
    expect(bar).toHaveAttribute("aria-valuenow", "50");

    top = -3000;
    fireEvent.scroll(window);
    nextAnimationFrame();
    expect(bar).toHaveAttribute("aria-valuenow", "100");
  });
});
