import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "../../tests/render-app.tsx";

afterEach(() => {
  Reflect.deleteProperty(navigator, "share");
});

describe("ShareButton", () => {
  it("uses the system share sheet where there is one", async () => {
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "share", { value: share, configurable: true });
    const { user } = await renderApp("/de/trennung-vom-kunden/");
    await user.click(await screen.findByRole("button", { name: "Teilen" }));
    expect(share).toHaveBeenCalledWith({
      title: "Trennung vom Kunden",
      url: "https://trennung-vom-kunden.example/de/trennung-vom-kunden/",
    });
    expect(screen.queryByText(/Link kopiert/)).not.toBeInTheDocument();
  });

  it("otherwise copies the canonical address and says so", async () => {
    const { user } = await renderApp("/en/breaking-up-with-a-client/");
    const writeText = vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue();
    await user.click(await screen.findByRole("button", { name: "Share" }));
    expect(writeText).toHaveBeenCalledWith("https://trennung-vom-kunden.example/en/breaking-up-with-a-client/");
    expect(
      await screen.findByText("Link copied: https://trennung-vom-kunden.example/en/breaking-up-with-a-client/"),
    ).toBeInTheDocument();
  });

  it("shows the address to copy by hand when the clipboard refuses", async () => {
    const { user } = await renderApp("/en/breaking-up-with-a-client/");
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new DOMException("denied", "NotAllowedError"));
    await user.click(await screen.findByRole("button", { name: "Share" }));
    expect(
      await screen.findByText(
        "Could not copy. Link: https://trennung-vom-kunden.example/en/breaking-up-with-a-client/",
      ),
    ).toBeInTheDocument();
  });
});
