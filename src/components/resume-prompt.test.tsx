import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderApp } from "../../tests/render-app.tsx";

afterEach(() => localStorage.clear());

describe("ResumePrompt", () => {
  it("offers the stored paragraph, in any language, and forgets it when dismissed", async () => {
    localStorage.setItem("reading-position:trennung-vom-kunden", JSON.stringify({ paragraph: "grown-apart" }));
    const { user } = await renderApp("/en/breaking-up-with-a-client/");
    await user.click(await screen.findByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("button", { name: "Continue where you left off" })).not.toBeInTheDocument();
    expect(localStorage.getItem("reading-position:trennung-vom-kunden")).toBeNull();
  });

  it("offers nothing for the first paragraph, an unknown one, or corrupted storage", async () => {
    for (const stored of [
      JSON.stringify({ paragraph: "private-breakups" }),
      JSON.stringify({ paragraph: "no-such-id" }),
      "{not json",
    ]) {
      localStorage.setItem("reading-position:trennung-vom-kunden", stored);
      const { unmount } = await renderApp("/de/trennung-vom-kunden/");
      await screen.findByRole("article");
      expect(screen.queryByRole("button", { name: "Weiterlesen, wo Sie aufgehört haben" })).not.toBeInTheDocument();
      unmount();
    }
  });
});
