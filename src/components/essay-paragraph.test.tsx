import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../tests/render-app.tsx";
import { realEssay } from "../../tests/real-essay.ts";

describe("EssayParagraph", () => {
  it("links to itself by the id it has in every language", async () => {
    await renderApp("/en/breaking-up-with-a-client/");
    await screen.findByRole("article");
    const links = screen.getAllByRole("link", { name: /^Link to paragraph \d$/ });
    const essay = realEssay("en");
    expect(links.map((link) => link.getAttribute("href"))).toEqual(essay.paragraphs.map(({ id }) => `#${id}`));
  });

  it("reveals the original under the translation, in its own language, and hides it again", async () => {
    const { user } = await renderApp("/en/breaking-up-with-a-client/");
    const article = await screen.findByRole("article");
    const reveal = within(article).getAllByRole("button", { name: "Show German" })[0]!;
    expect(reveal).toHaveAttribute("aria-expanded", "false");
    await user.click(reveal);
    // The original may first have to be fetched: wait for the button to turn into "Hide German".
    const hide = await within(article).findByRole("button", { name: "Hide German" });
    expect(hide).toBe(reveal);
    const revealed = document.getElementById(reveal.getAttribute("aria-controls")!)!;
    expect(reveal).toHaveAttribute("aria-expanded", "true");
    expect(revealed).toHaveAttribute("lang", "de");
    expect(revealed).toBeVisible();
    expect(revealed).toHaveTextContent(/^Im privaten Umfeld sind Trennungen eigentlich alltäglich\./);
    await user.click(hide);
    expect(revealed).not.toBeVisible();
  });

  it("offers the English translation under the German original", async () => {
    await renderApp("/de/trennung-vom-kunden/");
    await screen.findByRole("article");
    expect(screen.getAllByRole("button", { name: "Englisch zeigen" })).toHaveLength(7);
  });

  it("puts no freshness note on the real essay, whose translation is current", async () => {
    for (const path of ["/en/breaking-up-with-a-client/", "/de/trennung-vom-kunden/"]) {
      const { unmount } = await renderApp(path);
      const article = await screen.findByRole("article");
      expect(article.querySelectorAll(".paragraph")).toHaveLength(7);
      expect(within(article).queryByText(/revised after it was translated|nachdem er übersetzt wurde/)).toBeNull();
      unmount();
    }
  });
});
