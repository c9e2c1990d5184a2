import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../tests/render-app.tsx";

describe("NotFoundPage", () => {
  it("answers in the language of the path's prefix, with a way home", async () => {
    await renderApp("/en/no-such-page/");
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/en/");
  });

  it("answers in every language for paths outside every language, each marked with its own", async () => {
    await renderApp("/fr/quelque-chose");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Seite nicht gefunden · Page not found" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Zur Startseite" })).toHaveAttribute("href", "/de/");
    const english = screen.getByRole("link", { name: "Go to the home page" });
    expect(english).toHaveAttribute("href", "/en/");
    expect(english.closest("[lang]")).toHaveAttribute("lang", "en");
  });

  it("answers an essay address that does not exist in the language of its prefix", async () => {
    await renderApp("/en/trennung-vom-kunden/");
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
    await renderApp("/de/seite/2/");
    expect(await screen.findByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeInTheDocument();
  });

  it("does not serve the German author path in English", async () => {
    await renderApp("/en/autor/");
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
  });
});
