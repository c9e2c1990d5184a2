import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
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

  it("exposes reading progress as a labelled progress bar", async () => {
    await renderApp("/en/breaking-up-with-a-client/");
    const bar = await screen.findByRole("progressbar", { name: "Reading progress" });
    expect(bar).toHaveAttribute("aria-valuemin", "0");
    expect(bar).toHaveAttribute("aria-valuemax", "100");
    expect(bar).toHaveAttribute("aria-valuenow", "0");
  });
});
