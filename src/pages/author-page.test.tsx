import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../tests/render-app.tsx";

describe("AuthorPage", () => {
  it("shows avatar, name, bio, website and the essays in this language", async () => {
    await renderApp("/en/author/");
    expect(await screen.findByRole("heading", { level: 1, name: "digital.mensch" })).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "Monogram of digital.mensch" })).toHaveAttribute("width", "112");
    expect(
      screen.getByText("You will be digitized. Resistance is futile. Shaping it is possible."),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "die-denkerei.de" })).toHaveAttribute("href", "https://die-denkerei.de/");
    expect(screen.getByRole("link", { name: "Breaking Up with a Client" })).toHaveAttribute(
      "href",
      "/en/breaking-up-with-a-client/",
    );
    expect(document.title).toBe("digital.mensch – profile");
  });
});
