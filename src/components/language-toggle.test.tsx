import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "../../tests/render-app.tsx";

afterEach(() => localStorage.clear());

describe("LanguageToggle", () => {
  it("links to the same page in the other language, as a real link", async () => {
    await renderApp("/de/autor/");
    const link = await screen.findByRole("link", { name: "English" });
    expect(link).toHaveAttribute("href", "/en/author/");
    expect(link).toHaveAttribute("hreflang", "en");
    expect(link).toHaveAttribute("lang", "en");
  });

  it("switches the essay's language in place, remembers it, and keeps focus on the toggle", async () => {
    const { location, user } = await renderApp("/de/trennung-vom-kunden/");
    await screen.findByRole("heading", { level: 1, name: "Trennung vom Kunden" });

    await user.click(screen.getByRole("link", { name: "English" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Breaking Up with a Client" })).toBeInTheDocument();
    expect(location().pathname).toBe("/en/breaking-up-with-a-client/");
    await waitFor(() => expect(document.documentElement.lang).toBe("en"));
    expect(document.title).toBe("Breaking Up with a Client – digital.mensch");
    expect(document.querySelector('meta[name="description"]')).toHaveAttribute(
      "content",
      expect.stringMatching(/^Breakups are part of life/),
    );
    expect(localStorage.getItem("language")).toBe("en");
    await waitFor(() => expect(screen.getByRole("link", { name: "Deutsch" })).toHaveFocus());
  });

  it("works by keyboard", async () => {
    const { location, user } = await renderApp("/en/breaking-up-with-a-client/");
    const toggle = await screen.findByRole("link", { name: "Deutsch" });
    toggle.focus();
    await user.keyboard("{Enter}");
    await screen.findByRole("heading", { level: 1, name: "Trennung vom Kunden" });
    expect(location().pathname).toBe("/de/trennung-vom-kunden/");
  });

  it("still switches when storage is blocked", async () => {
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    const { user } = await renderApp("/de/trennung-vom-kunden/");
    await user.click(await screen.findByRole("link", { name: "English" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Breaking Up with a Client" })).toBeInTheDocument();
  });
});
